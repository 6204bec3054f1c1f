# esperado: carrera
# A medias: cambia el Value por multiprocessing.Array("i", 1, lock=False) «que es más rápido» y suma en contador[0] += 1: el mismo contador compartido, sin ningún candado; dos procesos leen el mismo valor y uno pisa al otro.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        contador[0] += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Array("i", 1, lock=False)
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador[0]}")
    return contador[0]


if __name__ == "__main__":
    main()
