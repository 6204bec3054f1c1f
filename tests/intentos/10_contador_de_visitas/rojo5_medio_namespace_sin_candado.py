# esperado: carrera
# A medias: Se cambia el Value por Manager().Namespace() «que sí es compartido de verdad» y ns.visitas += 1 sin candado: lectura y escritura son dos viajes al servidor; dos procesos que leen el mismo valor pierden una visita.
import multiprocessing


def atender_visitas(ns, visitas):
    for _ in range(visitas):
        ns.visitas += 1


def main(n_procesos=4, visitas=10000):
    with multiprocessing.Manager() as gestor:
        ns = gestor.Namespace()
        ns.visitas = 0
        procesos = [multiprocessing.Process(target=atender_visitas, args=(ns, visitas)) for _ in range(n_procesos)]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        total = ns.visitas
    print(f"Visitas registradas: {total}")
    return total


if __name__ == "__main__":
    main()
