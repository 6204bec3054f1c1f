# esperado: aprobado
# Reparación alternativa: cada proceso cuenta en local y suma una sola vez con el
# candado del Value.
import multiprocessing


def atender_visitas(contador, visitas):
    propias = 0
    for _ in range(visitas):
        propias += 1
    with contador.get_lock():
        contador.value += propias


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
