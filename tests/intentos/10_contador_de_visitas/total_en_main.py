# esperado: sin_concurrencia|carrera
# Esquiva: los hijos cuentan sin candado (pierden visitas) y al final el principal pone el total calculado.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
                for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    contador.value = n_procesos * visitas
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
