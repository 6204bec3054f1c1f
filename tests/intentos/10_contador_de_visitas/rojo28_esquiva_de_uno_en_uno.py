# esperado: sin_concurrencia
# Esquiva: arranca cada proceso y hace join antes de arrancar el siguiente; nunca hay dos contando a la vez, así que el total cuadra sin entender el problema.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()
        proceso.join()  # que termine antes de lanzar el siguiente, por si acaso

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
