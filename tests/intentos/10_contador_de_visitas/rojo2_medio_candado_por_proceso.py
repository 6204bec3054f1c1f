# esperado: carrera
# Media reparación: Value sin candado y un Lock creado DENTRO de cada proceso:
# cada uno se excluye a sí mismo y a nadie más; se pierden incrementos.
import multiprocessing


def atender_visitas(contador, visitas):
    candado = multiprocessing.Lock()
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
