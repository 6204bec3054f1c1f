# esperado: aprobado
# Correcto: el candado propio del Value con acquire/release en try/finally.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        candado = contador.get_lock()
        candado.acquire()
        try:
            contador.value += 1
        finally:
            candado.release()


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
