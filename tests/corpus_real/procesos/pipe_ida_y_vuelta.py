# esperado: aprobado
# requiere: procesos
# Pipe() dúplex: el padre envía números y un None final; el hijo responde con
# el cuadrado de cada uno y termina con el None. El padre recibe exactamente
# una respuesta por envío antes de mandar el siguiente, así que nunca se
# quedan los dos esperando a la vez.
from multiprocessing import Pipe, Process


def servidor(conexion):
    while True:
        x = conexion.recv()
        if x is None:
            break
        conexion.send(x * x)
    conexion.close()


if __name__ == "__main__":
    padre, hijo = Pipe()
    p = Process(target=servidor, args=(hijo,))
    p.start()
    respuestas = []
    for n in range(5):
        padre.send(n)
        respuestas.append(padre.recv())
    padre.send(None)
    p.join()
    print(respuestas)
    assert respuestas == [0, 1, 4, 9, 16]
