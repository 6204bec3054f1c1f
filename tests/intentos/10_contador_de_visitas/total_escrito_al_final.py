# esperado: sin_concurrencia|carrera
# Esquiva: los procesos cuentan como antes (con su carrera), pero main escribe en el contador `n_procesos * visitas` después de los join: el resultado no sale de los procesos.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    contador.value = n_procesos * visitas
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
