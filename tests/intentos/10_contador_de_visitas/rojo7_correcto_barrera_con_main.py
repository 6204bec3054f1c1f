# esperado: aprobado
# Reparación alternativa: cada visita con el candado del Value; main espera en una
# Barrier de n_procesos + 1 a que todos hayan contado y luego hace join.
import multiprocessing


def atender_visitas(contador, visitas, barrera):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1
    barrera.wait()


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    barrera = multiprocessing.Barrier(n_procesos + 1)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas, barrera)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    barrera.wait()
    total = contador.value
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {total}")
    return total


if __name__ == "__main__":
    main()
