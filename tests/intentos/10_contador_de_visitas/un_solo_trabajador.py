# esperado: sin_concurrencia
# Esquiva: arranca n procesos, pero el primero atiende todas las visitas (con candado) y los demás son de adorno.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = []
    for i in range(n_procesos):
        encargo = n_procesos * visitas if i == 0 else 0
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, encargo))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
