# esperado: carrera|sin_concurrencia
# Esquiva: los procesos cuentan sin candado (carrera) y main no lee el contador:
# escribe y devuelve la cuenta n_procesos * visitas calculada por él.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    total = n_procesos * visitas
    print(f"Visitas registradas: {total}")
    return total


if __name__ == "__main__":
    main()
