# esperado: aprobado
# Correcto: contador de clase protegido por un Lock de clase
import threading

class Contador(threading.Thread):
    total = 0
    candado = threading.Lock()

    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        for _ in range(self.n):
            with Contador.candado:
                Contador.total += 1

hilos = [Contador(200) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(Contador.total)
assert Contador.total == 600
