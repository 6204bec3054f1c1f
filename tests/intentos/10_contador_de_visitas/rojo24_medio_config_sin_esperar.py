# esperado: carrera|excepcion|sin_concurrencia
# A medias: main escribe la configuración en un Value DESPUÉS de arrancar a los hijos, que la leen nada más empezar sin esperar a nadie
import multiprocessing


def atender_visitas(contador, por_proceso):
    for _ in range(por_proceso.value):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    por_proceso = multiprocessing.Value("i", 0)
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, por_proceso))
        procesos.append(proceso)
        proceso.start()
    por_proceso.value = visitas
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
