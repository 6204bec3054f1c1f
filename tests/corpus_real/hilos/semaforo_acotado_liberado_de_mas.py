# esperado: excepcion
# BoundedSemaphore como límite de conexiones: el `finally` suelta el semáforo
# y el código de error también lo suelta antes de relanzar. Si la descarga
# falla (n == 3 siempre falla), hay un release() de más y BoundedSemaphore lanza
# ValueError("Semaphore released too many times") en ese hilo.
import threading

limite = threading.BoundedSemaphore(2)


def descargar(n):
    limite.acquire()
    try:
        if n == 3:
            limite.release()
            raise IOError("fallo de red")
        print("descargado", n)
    except IOError:
        print("reintento más tarde", n)
    finally:
        limite.release()


hilos = [threading.Thread(target=descargar, args=(n,)) for n in range(5)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
