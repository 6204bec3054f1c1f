# esperado: aprobado
# Arreglo correcto: el contador es un Value sin candado propio (lock=False) y la exclusión la da un multiprocessing.Semaphore(1) creado en main y pasado a todos los procesos; cada incremento (leer-sumar-escribir) se hace con el semáforo tomado.
import multiprocessing


def atender_visitas(contador, visitas, turno):
    for _ in range(visitas):
        turno.acquire()
        try:
            contador.value += 1
        finally:
            turno.release()


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    turno = multiprocessing.Semaphore(1)

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas, turno))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
