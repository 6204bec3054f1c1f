# esperado: aprobado
# Reparación alternativa: cada proceso delega sus visitas en un nieto y le hace join.
import multiprocessing


def contar(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def atender_visitas(contador, visitas):
    nieto = multiprocessing.Process(target=contar, args=(contador, visitas))
    nieto.start()
    nieto.join()


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
