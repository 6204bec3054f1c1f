# esperado: aprobado
# Correcto (derrochador): los hijos esperan en un bucle activo SIN sleep a que main ponga la bandera; main la pone tras arrancarlos
import multiprocessing


def atender_visitas(contador, salida, visitas):
    while not salida.value:
        pass
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    salida = multiprocessing.Value("b", 0)
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, salida, visitas))
        procesos.append(proceso)
        proceso.start()
    salida.value = 1
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
