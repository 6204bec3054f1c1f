# esperado: bucle_bloqueado
# main hace un `sock.recv` síncrono dentro de la corrutina; quien contesta por el otro extremo es un hilo del propio programa. La llamada congela el bucle de eventos hasta que llega la respuesta (y, bajo el motor, el hilo que contesta espera su turno: el vigía del paso la corta y lo dice).
import asyncio
import socket
import threading

a, b = socket.socketpair()


def eco():
    b.sendall(b.recv(100).upper())


async def main():
    threading.Thread(target=eco).start()
    a.sendall(b"hola")
    return a.recv(100)


print(asyncio.run(main()))
