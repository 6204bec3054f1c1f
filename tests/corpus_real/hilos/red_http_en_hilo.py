# esperado: aprobado
# Un servidor HTTP en un hilo y urlopen desde el principal.
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer


class Hola(BaseHTTPRequestHandler):
    def do_GET(self):
        cuerpo = b"hola"
        self.send_response(200)
        self.send_header("Content-Length", str(len(cuerpo)))
        self.end_headers()
        self.wfile.write(cuerpo)

    def log_message(self, *args):
        pass


servidor = HTTPServer(("127.0.0.1", 0), Hola)
hilo = threading.Thread(target=servidor.serve_forever)
hilo.start()
url = f"http://127.0.0.1:{servidor.server_port}/"
with urllib.request.urlopen(url, timeout=2) as r:
    print(r.read().decode())
servidor.shutdown()
servidor.server_close()
hilo.join()
