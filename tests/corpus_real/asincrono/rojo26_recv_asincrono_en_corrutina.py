# esperado: aprobado
# Lo mismo con E/S asíncrona: el socket en modo no bloqueante y `await loop.sock_recv(...)`, así el bucle sigue libre mientras el hilo contesta.
import asyncio
import socket
import threading

a, b = socket.socketpair()


def eco():
    b.sendall(b.recv(100).upper())


async def main():
    bucle = asyncio.get_running_loop()
    a.setblocking(False)
    hilo = threading.Thread(target=eco)
    hilo.start()
    await bucle.sock_sendall(a, b"hola")
    respuesta = await bucle.sock_recv(a, 100)
    await asyncio.to_thread(hilo.join)
    return respuesta


assert asyncio.run(main()) == b"HOLA"
print("ok")
