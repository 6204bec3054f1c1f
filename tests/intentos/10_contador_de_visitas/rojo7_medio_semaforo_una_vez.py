# esperado: carrera|incompleto
# Medio arreglo: el candado va bien, pero main espera una sola vez al semáforo que
# sube cada proceso al acabar (debía esperar n_procesos veces) y lee el contador:
# en CPython, si un proceso arranca tarde, main lee antes de que cuente.
# Tipo impreciso, aceptado: el juez ve el resultado corto y no siempre sabe si fue una
# actualización perdida o una lectura adelantada (docs/equipo_rojo_s17_rojo7.md, «Después»).
import multiprocessing


def atender_visitas(contador, visitas, terminados):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1
    terminados.release()


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    terminados = multiprocessing.Semaphore(0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas, terminados)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    terminados.acquire()
    total = contador.value
    print(f"Visitas registradas: {total}")
    for proceso in procesos:
        proceso.join()
    return total


if __name__ == "__main__":
    main()
