# esperado: carrera
# Media reparación: un Lock por cada pareja de procesos (0-1, 2-3...). Con dos procesos
# es correcto; con tres o más, los procesos 0 y 2 no se excluyen y se pierden visitas.
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    candados = [multiprocessing.Lock() for _ in range((n_procesos + 1) // 2)]
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, candados[i // 2], visitas))
                for i in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
