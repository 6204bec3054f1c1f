# esperado: carrera|sin_concurrencia
# Esquiva: deja el incremento sin proteger y hace que el proceso i duerma i·0,5 s antes de contar, confiando en que cada uno acabe antes de que empiece el siguiente.
import multiprocessing
import time


def atender_visitas(contador, visitas, retraso=0.0):
    time.sleep(retraso)
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)

    procesos = []
    for i in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas, 0.5 * i))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
