# esperado: aprobado
# Arreglo correcto con otro modismo: un Array("i", 1, lock=False) (memoria compartida sin candado propio) y un multiprocessing.Lock común que protege cada suma; todos los procesos usan el mismo candado.
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador[0] += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Array("i", 1, lock=False)
    candado = multiprocessing.Lock()
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, candado, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador[0]}")
    return contador[0]


if __name__ == "__main__":
    main()
