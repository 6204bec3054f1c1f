# esperado: interbloqueo
# requiere: procesos
# Dos procesos y dos multiprocessing.Lock tomados en orden inverso: el primero
# toma `inventario` y luego `caja`; el segundo, `caja` y luego `inventario`.
# Si cada uno toma su primer candado antes de que el otro pida el segundo (la
# pausa de «preparar el asiento» lo hace casi seguro), se esperan para siempre
# y el padre se queda en join().
import time
from multiprocessing import Lock, Process


def vender(inventario, caja):
    with inventario:
        time.sleep(0.05)
        with caja:
            print("venta apuntada")


def devolver(inventario, caja):
    with caja:
        time.sleep(0.05)
        with inventario:
            print("devolución apuntada")


if __name__ == "__main__":
    inventario, caja = Lock(), Lock()
    ps = [Process(target=vender, args=(inventario, caja)),
          Process(target=devolver, args=(inventario, caja))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
