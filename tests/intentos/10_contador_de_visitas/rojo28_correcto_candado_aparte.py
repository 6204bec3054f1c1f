# esperado: aprobado
# Arreglo correcto: el Value se crea sin candado propio (lock=False) y se reparte a todos los procesos un único multiprocessing.Lock como argumento, que rodea cada leer-sumar-escribir.
import multiprocessing


def atender_visitas(contador, visitas, candado):
    for _ in range(visitas):
        with candado:  # el mismo candado para todos los procesos
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    candado = multiprocessing.Lock()
    contador = multiprocessing.Value("i", 0, lock=False)

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas, candado))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
