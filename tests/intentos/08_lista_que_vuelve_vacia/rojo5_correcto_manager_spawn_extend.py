# esperado: aprobado
# Arreglo correcto: Manager de un contexto spawn explícito; cada proceso añade su lote con un solo extend (una operación en el servidor del Manager).
import multiprocessing


def agregar_valores(lista_compartida, lote):
    lista_compartida.extend(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    contexto = multiprocessing.get_context("spawn")
    gestor = contexto.Manager()
    try:
        lista_compartida = gestor.list()
        procesos = [contexto.Process(target=agregar_valores, args=(lista_compartida, lote)) for lote in lotes]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        resultado = list(lista_compartida)
    finally:
        gestor.shutdown()
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
