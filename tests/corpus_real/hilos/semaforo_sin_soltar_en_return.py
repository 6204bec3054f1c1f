# esperado: interbloqueo
# Un Semaphore(2) limita las conexiones, pero el camino de «petición inválida»
# hace return sin release(). Tras dos peticiones inválidas, los demás hilos
# esperan en acquire() para siempre y el principal en join(). Pasa en cualquier
# orden (hay tres inválidas), no depende de la suerte.
import threading

conexiones = threading.Semaphore(2)
atendidas = []
lock = threading.Lock()


def atender(peticion):
    conexiones.acquire()
    if peticion < 0:
        return
    with lock:
        atendidas.append(peticion)
    conexiones.release()


hilos = [threading.Thread(target=atender, args=(p,)) for p in [-1, 2, -3, 4, -5, 6]]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(atendidas)
