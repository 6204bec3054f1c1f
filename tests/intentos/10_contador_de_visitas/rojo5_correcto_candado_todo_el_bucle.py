# esperado: aprobado
# Correcto (grueso): un candado compartido envuelve todo el bucle de visitas de cada proceso; los procesos arrancan a la vez y cuentan por turnos. La cuenta es correcta en cualquier orden: un candado alrededor de todo el trabajo es exclusión mutua, no una esquiva (decisión de la sesión 16).
import multiprocessing


def atender_visitas(contador, turno, visitas):
    with turno:
        for _ in range(visitas):
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    turno = multiprocessing.Lock()
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, turno, visitas)) for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
