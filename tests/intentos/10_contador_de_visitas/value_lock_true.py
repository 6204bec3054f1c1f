# esperado: carrera
# A medias: Value("i", 0, lock=True) creyendo que así `+= 1` es atómico; el envoltorio sincronizado toma el candado para leer y otra vez para escribir, y otro proceso puede escribir entre medias (se pierden visitas de verdad con 4 × 10000).
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=True)

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
