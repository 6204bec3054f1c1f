# esperado: aprobado
# requiere: procesos
# El productor envía por Queue y termina con un centinela; main vacía la cola ANTES de join (evita el interbloqueo documentado) y recibe el resumen por Pipe.
from multiprocessing import Process, Queue, Pipe

def productor(q, n):
    for i in range(n):
        q.put(i * 3)
    q.put(None)

def resumidor(conn, datos):
    conn.send((len(datos), sum(datos)))
    conn.close()

if __name__ == "__main__":
    q = Queue()
    p = Process(target=productor, args=(q, 10))
    p.start()
    recibidos = []
    while True:
        x = q.get()
        if x is None:
            break
        recibidos.append(x)
    p.join()
    padre, hijo = Pipe()
    r = Process(target=resumidor, args=(hijo, recibidos))
    r.start()
    resumen = padre.recv()
    r.join()
    assert resumen == (10, 135), resumen
    print("Resumen:", resumen)
