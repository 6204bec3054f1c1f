# esperado: carrera
# A medias: Los procesos pares usan contador.get_lock() y los impares un Lock aparte «para repartir la contención»: dos candados distintos no se excluyen. Planificación: un par y un impar leen el mismo valor y escriben el mismo +1.
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    otro = multiprocessing.Lock()
    procesos = []
    for i in range(n_procesos):
        candado = contador.get_lock() if i % 2 == 0 else otro
        procesos.append(multiprocessing.Process(target=atender_visitas, args=(contador, candado, visitas)))
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
