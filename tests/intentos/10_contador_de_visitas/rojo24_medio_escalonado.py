# esperado: carrera
# A medias: cada proceso duerme i*0.5 s antes de contar "para no pisarse"; el incremento sigue sin candado
import multiprocessing
import time


def atender_visitas(i, contador, visitas):
    time.sleep(i * 0.5)
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = []
    for i in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(i, contador, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
