# esperado: aprobado
# Arreglo correcto: RawValue (sin candado propio) y un multiprocessing.Lock compartido que se pasa como argumento; el incremento completo (leer y escribir) va dentro.
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        candado.acquire()
        try:
            contador.value += 1
        finally:
            candado.release()


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.RawValue("i", 0)
    candado = multiprocessing.Lock()
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, candado, visitas)) for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
