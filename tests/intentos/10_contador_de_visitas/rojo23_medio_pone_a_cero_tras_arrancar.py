# esperado: carrera
# A medias: el candado compartido está bien puesto, pero el contador se pone a cero DESPUÉS de arrancar los procesos. Un proceso que empiece a contar antes de esa línea (el principal puede quedarse sin CPU justo tras start()) pierde las visitas que ya había contado.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [
        multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        for _ in range(n_procesos)
    ]
    for proceso in procesos:
        proceso.start()
    with contador.get_lock():
        contador.value = 0
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
