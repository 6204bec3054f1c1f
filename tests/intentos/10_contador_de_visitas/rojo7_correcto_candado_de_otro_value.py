# esperado: aprobado
# Reparación alternativa (rara pero correcta): todas las visitas se suman con un
# mismo candado compartido, que resulta ser el de otro Value.
import multiprocessing


def atender_visitas(contador, cerrojo, visitas):
    for _ in range(visitas):
        with cerrojo.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    cerrojo = multiprocessing.Value("b", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, cerrojo, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
