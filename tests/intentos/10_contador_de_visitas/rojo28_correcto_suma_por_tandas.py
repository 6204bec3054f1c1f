# esperado: aprobado
# Arreglo correcto: cada proceso cuenta sus visitas de tandas de 100 en una variable local y vuelca cada tanda al contador compartido dentro de with contador.get_lock(); menos viajes al candado, mismo total exacto.
import multiprocessing

TANDA = 100


def atender_visitas(contador, visitas):
    pendientes = 0
    for _ in range(visitas):
        pendientes += 1  # visita atendida por este proceso
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
