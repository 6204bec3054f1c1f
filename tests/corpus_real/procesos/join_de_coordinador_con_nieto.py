# esperado: interbloqueo
# requiere: procesos
# El principal tiene el candado y espera al coordinador, que espera a su propio
# hijo, que pide el candado: nadie puede seguir.
import multiprocessing as mp


def nieto(lock):
    with lock:
        print("nieto escribe", flush=True)


def coordinador(lock):
    p = mp.Process(target=nieto, args=(lock,))
    p.start()
    p.join()


if __name__ == "__main__":
    lock = mp.Lock()
    c = mp.Process(target=coordinador, args=(lock,))
    with lock:
        c.start()
        c.join()
    print("fin")
