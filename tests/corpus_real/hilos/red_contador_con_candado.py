# esperado: aprobado
# Lo mismo con un candado alrededor de la suma.
import socket
import socketserver
import threading

visitas = 0
candado = threading.Lock()


class Contador(socketserver.BaseRequestHandler):
    def handle(self):
        global visitas
        self.request.recv(64)
        with candado:
            visitas += 1
        self.request.sendall(b"ok")


servidor = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Contador)
servidor.daemon_threads = False
servidor.block_on_close = True
hilo = threading.Thread(target=servidor.serve_forever)
hilo.start()


def cliente():
    with socket.create_connection(servidor.server_address) as s:
        s.sendall(b"hola")
        s.recv(64)


clientes = [threading.Thread(target=cliente) for _ in range(3)]
for c in clientes:
    c.start()
for c in clientes:
    c.join()
servidor.shutdown()
servidor.server_close()
hilo.join()
assert visitas == 3, visitas
print("visitas:", visitas)
