# esperado: aprobado
# ThreadingTCPServer en 127.0.0.1 puerto libre, serve_forever en un hilo; el cliente lee la respuesta completa y luego shutdown() espera a que serve_forever salga.
import socket
import socketserver
import threading

class Eco(socketserver.StreamRequestHandler):
    def handle(self):
        linea = self.rfile.readline()
        self.wfile.write(linea.upper())

servidor = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Eco)
servidor.daemon_threads = False
hilo = threading.Thread(target=servidor.serve_forever)
hilo.start()

respuestas = []
for palabra in ["hola", "mundo"]:
    with socket.create_connection(servidor.server_address) as s:
        s.sendall(palabra.encode() + b"\n")
        respuestas.append(s.makefile("rb").readline().strip().decode())

servidor.shutdown()
servidor.server_close()
hilo.join()
assert respuestas == ["HOLA", "MUNDO"], respuestas
print(respuestas)
