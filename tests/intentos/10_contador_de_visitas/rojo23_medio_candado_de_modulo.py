# esperado: carrera
# A medias: protege el incremento con un Lock creado a nivel de módulo; con spawn cada hijo vuelve a importar el archivo y crea SU propio candado, así que los procesos no se excluyen entre sí y dos pueden leer el mismo valor.
import multiprocessing

candado = multiprocessing.Lock()


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with candado:
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
