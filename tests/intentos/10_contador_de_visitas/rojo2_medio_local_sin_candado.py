# esperado: carrera
# Media reparación: cuenta en local y suma el total al final, pero sin candado.
# Son pocas escrituras (una por proceso), pero dos procesos que terminan a la
# vez leen el mismo valor y se pierde el total de uno.
import multiprocessing


def atender_visitas(contador, visitas):
    atendidas = 0
    for _ in range(visitas):
        atendidas += 1
    contador.value += atendidas


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
