# esperado: aprobado
# requiere: procesos
# Pipe(duplex=False): el hijo envía tres mensajes y cierra su extremo; el
# padre cierra su copia del extremo de escritura (si no, recv() nunca vería el
# final) y lee hasta EOFError.
from multiprocessing import Pipe, Process


def emisor(escritura):
    for i in range(3):
        escritura.send(f"mensaje {i}")
    escritura.close()


if __name__ == "__main__":
    lectura, escritura = Pipe(duplex=False)
    p = Process(target=emisor, args=(escritura,))
    p.start()
    escritura.close()
    recibidos = []
    while True:
        try:
            recibidos.append(lectura.recv())
        except EOFError:
            break
    p.join()
    print(recibidos)
    assert recibidos == ["mensaje 0", "mensaje 1", "mensaje 2"]
