# esperado: excepcion
# El servidor tarda 1 s en contestar y el cliente espera como mucho 0,3 s: TimeoutError siempre.
import socket
import threading
import time

escucha = socket.socket()
escucha.bind(("127.0.0.1", 0))
escucha.listen()


def servidor():
    conexion, _ = escucha.accept()
    with conexion:
        conexion.recv(16)
        time.sleep(1)
        conexion.sendall(b"tarde")


hilo = threading.Thread(target=servidor)
hilo.start()
with socket.create_connection(escucha.getsockname(), timeout=0.3) as s:
    s.sendall(b"hola")
    print(s.recv(16))
hilo.join()
escucha.close()
