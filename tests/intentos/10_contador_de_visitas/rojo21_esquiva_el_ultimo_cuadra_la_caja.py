# esperado: sin_concurrencia|carrera|trampa
# Esquiva: los procesos siguen contando con `contador.value += 1` sin candado (pierden visitas), y el último en acabar (lo sabe por un segundo Value con su candado) «cuadra la caja»: escribe en el contador el total que main le pasó calculado (n_procesos * visitas). El valor final lo escribe un hijo y los hijos escribieron muchos valores distintos, pero es el total de main tapando las visitas perdidas.
import multiprocessing


def atender_visitas(contador, visitas, terminados, n_procesos, total):
    for _ in range(visitas):
        contador.value += 1
    with terminados.get_lock():
        terminados.value += 1
        ultimo = terminados.value == n_procesos
    if ultimo:
        contador.value = total  # cierre de caja


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    terminados = multiprocessing.Value("i", 0)
    total = n_procesos * visitas

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(
            target=atender_visitas, args=(contador, visitas, terminados, n_procesos, total))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
