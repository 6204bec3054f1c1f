# esperado: sin_concurrencia
# Esquiva: los procesos cuentan en local y lo mandan por una cola; main suma y
# escribe el contador él solo: los procesos no cuentan sobre el contador.
import multiprocessing


def atender_visitas(cola, visitas):
    propias = 0
    for _ in range(visitas):
        propias += 1
    cola.put(propias)


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=atender_visitas, args=(cola, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    total = sum(cola.get() for _ in procesos)
    for proceso in procesos:
        proceso.join()
    contador.value = total
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
