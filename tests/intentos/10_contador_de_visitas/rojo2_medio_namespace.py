# esperado: carrera
# Media reparación: el contador pasa a un Manager().Namespace(); cada proceso hace
# `ns.visitas += 1` a través del proxy: leer y escribir son dos llamadas al gestor,
# y entre ellas otro proceso puede escribir: se pierden visitas.
import multiprocessing


def atender_visitas(ns, visitas):
    for _ in range(visitas):
        ns.visitas += 1


def main(n_procesos=4, visitas=10000):
    with multiprocessing.Manager() as gestor:
        ns = gestor.Namespace()
        ns.visitas = 0
        procesos = [multiprocessing.Process(target=atender_visitas, args=(ns, visitas)) for _ in range(n_procesos)]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        total = ns.visitas
    print(f"Visitas registradas: {total}")
    return total


if __name__ == "__main__":
    main()
