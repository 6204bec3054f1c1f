# esperado: aprobado
# Reparación: contador y candado del Manager (proxies), el mismo candado para
# todos los procesos alrededor de cada incremento.
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    with multiprocessing.Manager() as gestor:
        contador = gestor.Value("i", 0)
        candado = gestor.Lock()
        procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, candado, visitas))
                    for _ in range(n_procesos)]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        total = contador.value
    print(f"Visitas registradas: {total}")
    return total


if __name__ == "__main__":
    main()
