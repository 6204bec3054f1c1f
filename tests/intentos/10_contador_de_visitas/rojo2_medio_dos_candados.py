# esperado: carrera
# Media reparación: la mitad de los procesos usa el candado del Value (get_lock)
# y la otra mitad un Lock aparte, compartido entre ellos: son dos candados
# distintos, así que un proceso de cada mitad puede incrementar a la vez y perder uno.
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
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
