# esperado: aprobado
# requiere: procesos
# Saludo con multiprocessing.Event: el hijo prepara su «modelo», pone `listo`
# y espera pedidos en una cola hasta el centinela None; el padre espera a
# `listo` antes de enviar y lee las respuestas antes de join() (así la cola de
# respuestas se vacía y el hijo puede terminar).
from multiprocessing import Event, Process, Queue


def servidor(listo, pedidos, respuestas):
    modelo = {n: n * n for n in range(10)}
    listo.set()
    while True:
        n = pedidos.get()
        if n is None:
            break
        respuestas.put(modelo[n])


if __name__ == "__main__":
    listo = Event()
    pedidos, respuestas = Queue(), Queue()
    p = Process(target=servidor, args=(listo, pedidos, respuestas))
    p.start()
    assert listo.wait(timeout=30)
    for n in (2, 3, 4):
        pedidos.put(n)
    pedidos.put(None)
    resultados = [respuestas.get() for _ in range(3)]
    p.join()
    print(resultados)
    assert resultados == [4, 9, 16]
