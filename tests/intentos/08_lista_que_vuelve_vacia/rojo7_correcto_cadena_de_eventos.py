# esperado: aprobado
# Reparación alternativa: las ventanillas se pasan el turno con eventos (la i
# espera a que la i-1 termine de registrar); main solo espera a la última, que
# termina después de todas las demás. Los demás join van al final, tras leer.
import multiprocessing


def agregar_valores(lista_compartida, lote, anterior, propio):
    if anterior is not None:
        anterior.wait()
    for valor in lote:
        lista_compartida.append(valor)
    propio.set()


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        eventos = [multiprocessing.Event() for _ in lotes]
        procesos = []
        for i, lote in enumerate(lotes):
            anterior = eventos[i - 1] if i > 0 else None
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote, anterior, eventos[i]))
            procesos.append(proceso)
            proceso.start()
        procesos[-1].join()
        resultado = list(lista_compartida)
        for proceso in procesos:
            proceso.join()
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
