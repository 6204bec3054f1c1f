# esperado: carrera
# Media reparación: protege el incremento con un multiprocessing.Lock, pero cada proceso crea el suyo al empezar atender_visitas; cada proceso solo se excluye a sí mismo, así que dos procesos pueden leer el mismo valor y escribir los dos valor+1.
import multiprocessing


def atender_visitas(contador, visitas):
    candado = multiprocessing.Lock()
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
