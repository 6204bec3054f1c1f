# esperado: carrera
# A medias: Value sin candado propio y un Semaphore(2) compartido «para que al menos dos procesos avancen a la vez»: dos procesos pueden estar dentro a la vez, los dos leen el mismo valor y uno pisa el incremento del otro (con 2 procesos no excluye nada).
import multiprocessing


def atender_visitas(contador, semaforo, visitas):
    for _ in range(visitas):
        with semaforo:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    semaforo = multiprocessing.Semaphore(2)
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, semaforo, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
