# esperado: carrera
# Media reparación: protege el incremento con un Lock, pero crea una lista con un candado distinto para cada proceso; cada uno tiene el suyo, así que dos procesos pueden leer el mismo valor a la vez y una visita se pierde.
import multiprocessing


def atender_visitas(contador, visitas, candado):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)

    candados = [multiprocessing.Lock() for _ in range(n_procesos)]  # uno por ventanilla

    procesos = []
    for candado in candados:
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas, candado))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
