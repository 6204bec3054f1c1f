# esperado: aprobado
# Correcto: un Lock de _thread usado como señal: main lo toma, el hilo lo suelta al acabar (otro hilo puede soltar un Lock)
import threading, _thread

hecho = _thread.allocate_lock()
hecho.acquire()
resultado = []

def trabajo():
    resultado.append(sum(range(10)))
    hecho.release()

threading.Thread(target=trabajo).start()
hecho.acquire()
assert resultado == [45], resultado
print(resultado)
