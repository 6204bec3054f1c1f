# esperado: aprobado
# requiere: procesos
# imap_unordered devuelve en cualquier orden, por eso se ordena; el hijo conversa por Pipe dúplex con petición/respuesta estricta y un "fin" explícito.
from multiprocessing import Pool, Process, Pipe

def inicializar(base):
    global BASE
    BASE = base

def sumar_base(x):
    return BASE + x

def eco(conn):
    while True:
        msg = conn.recv()
        if msg == "fin":
            break
        conn.send(msg * 2)
    conn.close()

if __name__ == "__main__":
    with Pool(2, initializer=inicializar, initargs=(1000,)) as pool:
        r = sorted(pool.imap_unordered(sumar_base, range(5)))
    padre, hijo = Pipe()
    p = Process(target=eco, args=(hijo,))
    p.start()
    respuestas = []
    for n in [1, 2, 3]:
        padre.send(n)
        respuestas.append(padre.recv())
    padre.send("fin")
    p.join()
    assert r == [1000, 1001, 1002, 1003, 1004] and respuestas == [2, 4, 6]
    print(r, respuestas)
