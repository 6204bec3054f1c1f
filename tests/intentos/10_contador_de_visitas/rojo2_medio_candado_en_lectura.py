# esperado: carrera
# Media reparación: get_lock() protege la lectura pero la escritura queda fuera;
# dos procesos leen el mismo valor y uno de los incrementos se pierde.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            actual = contador.value
        contador.value = actual + 1


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
