# esperado: aprobado
# El reintento bien hecho: si no consigue el segundo candado, suelta el primero,
# espera un rato distinto cada vez y vuelve a empezar; tras unos cuantos intentos
# fallidos toma los dos en un orden fijo (sin reintentos), así que siempre acaba.
import threading
import time

a, b = threading.Lock(), threading.Lock()
hechos = []


def mover(primero, segundo, nombre, espera):
    for _ in range(5):
        with primero:
            if segundo.acquire(blocking=False):
                try:
                    hechos.append(nombre)
                    return
                finally:
                    segundo.release()
        time.sleep(espera)
    with a:  # orden fijo: sin ciclo posible
        with b:
            hechos.append(nombre)


h1 = threading.Thread(target=mover, args=(a, b, "uno", 0.01))
h2 = threading.Thread(target=mover, args=(b, a, "dos", 0.013))
h1.start(); h2.start()
h1.join(); h2.join()
assert sorted(hechos) == ["dos", "uno"], hechos
