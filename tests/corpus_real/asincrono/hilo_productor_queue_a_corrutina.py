# esperado: aprobado
# Un hilo productor llena un queue.Queue y la corrutina lee con
# `await asyncio.to_thread(q.get)` hasta el centinela. Correcto.
import asyncio, threading, queue, time

def productor(q):
    for i in range(5):
        time.sleep(0.05)
        q.put(i)
    q.put(None)

async def main():
    q = queue.Queue()
    t = threading.Thread(target=productor, args=(q,))
    t.start()
    recibidos = []
    while True:
        x = await asyncio.to_thread(q.get)
        if x is None:
            break
        recibidos.append(x)
    t.join()
    assert recibidos == [0, 1, 2, 3, 4], recibidos

asyncio.run(main())
