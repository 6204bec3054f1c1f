# esperado: carrera
# A medias: usa get_lock() para leer y otra vez get_lock() para escribir, en dos bloques: cada acceso va con candado, pero entre la lectura y la escritura otro proceso toma el candado y escribe (A lee 7, B lee 7, A escribe 8, B escribe 8).
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            actual = contador.value
        with contador.get_lock():
            contador.value = actual + 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
