# esperado: sin_concurrencia
# Esquiva: los procesos arrancan sin hacer nada y el principal cuenta todas las visitas.
import multiprocessing


def atender_visitas(contador, visitas):
    return visitas


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for _ in range(n_procesos * visitas):
        contador.value += 1
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
