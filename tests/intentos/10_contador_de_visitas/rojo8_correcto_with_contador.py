# esperado: aprobado
# Arreglo correcto: un Value sincronizado es él mismo un gestor de contexto (`with contador:` toma su get_lock()), así que leer-sumar-escribir va entero bajo el mismo candado en todos los procesos.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
