# esperado: aprobado
# requiere: procesos
# Pipe dúplex pregunta-respuesta (el principal envía y luego espera cada respuesta) y Pipe(duplex=False) para el informe final
from multiprocessing import Pipe, Process


def servidor(conn, informe):
    atendidas = 0
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg * 2)
        atendidas += 1
    informe.send(atendidas)
    informe.close()
    conn.close()


if __name__ == "__main__":
    mio, suyo = Pipe()                      # dúplex
    lector, escritor = Pipe(duplex=False)   # solo en un sentido
    p = Process(target=servidor, args=(suyo, escritor))
    p.start()
    respuestas = []
    for x in range(10):
        mio.send(x)
        respuestas.append(mio.recv())
    mio.send(None)
    atendidas = lector.recv()
    p.join()
    print("respuestas:", respuestas, "atendidas:", atendidas)
    assert respuestas == [2 * x for x in range(10)] and atendidas == 10
