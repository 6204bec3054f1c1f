# esperado: aprobado
# Arreglo correcto: Un multiprocessing.Lock creado en main y pasado a todos; Value sin candado propio (lock=False).
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    candado = multiprocessing.Lock()
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, candado, visitas))
                for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
