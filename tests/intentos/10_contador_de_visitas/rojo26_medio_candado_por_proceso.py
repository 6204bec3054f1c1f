# esperado: carrera
# Media reparación: cada proceso crea su propio multiprocessing.Lock dentro de atender_visitas; nadie más lo usa, así que no excluye nada: si dos procesos leen value a la vez antes de escribir, se pierde una visita.
import multiprocessing


def atender_visitas(contador, visitas):
    candado = multiprocessing.Lock()
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)

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
