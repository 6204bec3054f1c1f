# esperado: aprobado
# El módulo arranca un hilo que carga datos, espera su threading.Event y luego
# corre asyncio.run sobre esos datos. Correcto.
import asyncio, threading, time

listo = threading.Event()
datos = []

def cargar():
    time.sleep(0.2)
    datos.extend([1, 2, 3])
    listo.set()

async def procesar():
    await asyncio.sleep(0.1)
    return sum(datos)

t = threading.Thread(target=cargar)
t.start()
listo.wait()
print(asyncio.run(procesar()))
t.join()
