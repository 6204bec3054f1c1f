# esperado: sin_concurrencia
# Esquiva: Los procesos arrancan a la vez, pero un candado compartido se toma para TODO el bucle de visitas: cuentan uno detrás de otro (sin solaparse nunca en el trabajo), solo que con los procesos «vivos» a la vez.
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
