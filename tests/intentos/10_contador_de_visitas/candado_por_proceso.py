# esperado: carrera
# A medias: un Lock distinto para cada proceso; ninguno excluye a los demás (cualquier orden con dos lecturas seguidas).
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    candados = [multiprocessing.Lock() for _ in range(n_procesos)]
    procesos = [
        multiprocessing.Process(target=atender_visitas, args=(contador, candado, visitas))
        for candado in candados
    ]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
