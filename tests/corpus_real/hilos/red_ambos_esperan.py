# esperado: cuelgue
# Los dos lados esperan a que hable el otro: ninguno envía nada y el programa no acaba nunca.
import socket
import threading

a, b = socket.socketpair()


def lado_b():
    print("b recibe", b.recv(16))
    b.sendall(b"adios")


hilo = threading.Thread(target=lado_b)
hilo.start()
print("a recibe", a.recv(16))
a.sendall(b"hola")
hilo.join()
