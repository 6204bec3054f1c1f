# esperado: interbloqueo
# requiere: procesos
# El hijo escribe dos veces en el registro con el candado (al empezar y al acabar).
# El principal espera a que empiece y hace join() dentro del with: el segundo
# `with lock` del hijo, en otra línea, ya no puede entrar.
import multiprocessing as mp
import time


def trabajador(lock, empezado):
    with lock:
        print("trabajador: inicio", flush=True)
    empezado.set()
    time.sleep(0.3)
    with lock:
        print("trabajador: fin", flush=True)


if __name__ == "__main__":
    lock = mp.Lock()
    empezado = mp.Event()
    p = mp.Process(target=trabajador, args=(lock, empezado))
    p.start()
    empezado.wait()
    with lock:
        print("principal: esperando", flush=True)
        p.join()
    print("fin")
