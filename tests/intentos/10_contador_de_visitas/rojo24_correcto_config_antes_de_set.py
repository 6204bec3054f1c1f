# esperado: aprobado
# Correcto: main arranca a los hijos, escribe la configuración (visitas por proceso) en un Value y DESPUÉS hace arranque.set(); los hijos esperan el Event antes de leerla
import multiprocessing


def atender_visitas(contador, por_proceso, arranque):
    arranque.wait()
    for _ in range(por_proceso.value):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    por_proceso = multiprocessing.Value("i", 0)
    arranque = multiprocessing.Event()
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, por_proceso, arranque))
        procesos.append(proceso)
        proceso.start()
    por_proceso.value = visitas
    arranque.set()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
