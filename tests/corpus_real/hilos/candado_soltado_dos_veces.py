# esperado: excepcion
# acquire()/release() a mano con el release repetido: en el `except` (para
# «soltar cuanto antes») y otra vez en el `finally`. Cuando el dato falla, el
# segundo release() lanza RuntimeError («release unlocked lock»), en todas las
# ejecuciones (el dato "x" siempre falla).
import threading

candado = threading.Lock()
total = 0


def sumar(datos):
    global total
    for d in datos:
        candado.acquire()
        try:
            total += int(d)
        except ValueError:
            candado.release()
            print("dato malo:", d)
        finally:
            candado.release()


hilos = [threading.Thread(target=sumar, args=(["1", "2", "x", "3"],)) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("total:", total)
