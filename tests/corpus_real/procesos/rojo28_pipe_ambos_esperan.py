# esperado: cuelgue
# requiere: procesos
# protocolo mal ordenado sobre un Pipe dúplex: el hijo espera el saludo y el principal espera el "listo" del hijo
from multiprocessing import Pipe, Process


def servidor(conn):
    saludo = conn.recv()             # espera "hola" antes de anunciarse
    conn.send("listo")
    while True:
        peticion = conn.recv()
        if peticion is None:
            break
        conn.send(peticion.upper())


if __name__ == "__main__":
    mio, suyo = Pipe()
    p = Process(target=servidor, args=(suyo,))
    p.start()
    estado = mio.recv()              # espera "listo"...
    mio.send("hola")                 # ...y solo después saluda
    mio.send("eco")
    print(mio.recv())
    mio.send(None)
    p.join()
