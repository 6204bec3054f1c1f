# esperado: aprobado
# Arreglo correcto: cada proceso cuenta sus visitas en tandas locales y vuelca cada tanda al Value compartido con su get_lock(); el leer-sumar-escribir del contador siempre es indivisible y se toma el candado 1 vez por tanda en vez de por visita.
import multiprocessing

TANDA = 64


def atender_visitas(contador, visitas):
    pendientes = 0
    for _ in range(visitas):
        pendientes += 1
        if pendientes == TANDA:
            with contador.get_lock():
                contador.value += pendientes
            pendientes = 0
    if pendientes:
        with contador.get_lock():
            contador.value += pendientes


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
