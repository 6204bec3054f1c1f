# esperado: aprobado
# Reparación alternativa: el contador se pone a cero con el candado ANTES de arrancar los procesos (escribir en el principal antes de start() es seguro) y cada visita se cuenta con get_lock().
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 1234)
    procesos = [
        multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        for _ in range(n_procesos)
    ]
    with contador.get_lock():
        contador.value = 0
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
