# esperado: aprobado
# Correcto: main cierra un torniquete (Lock) antes de arrancar y lo abre tras arrancar a todos; cada hijo pasa por él y cuenta con get_lock()
import multiprocessing


def atender_visitas(contador, puerta, visitas):
    with puerta:
        pass
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    puerta = multiprocessing.Lock()
    puerta.acquire()
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, puerta, visitas))
        procesos.append(proceso)
        proceso.start()
    puerta.release()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
