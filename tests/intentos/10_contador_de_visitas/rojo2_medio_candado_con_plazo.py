# esperado: carrera
# Media reparación: candado del Value con plazo «para que no se cuelgue»: si no se
# consigue en 10 ms se cuenta igualmente sin él. Con contención (otro proceso lo
# tiene y se retrasa) ese incremento sin candado pisa el de otro proceso.
import multiprocessing


def atender_visitas(contador, visitas):
    candado = contador.get_lock()
    for _ in range(visitas):
        if candado.acquire(timeout=0.01):
            try:
                contador.value += 1
            finally:
                candado.release()
        else:
            contador.value += 1


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
