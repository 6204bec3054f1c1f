# esperado: aprobado
# Correcto: el mismo trabajador que llena self.resultados, esperado con join
import threading


class Trabajador:
    def __init__(self):
        self.resultados = []

    def correr(self):
        for i in range(5):
            self.resultados.append(i * 10)


w = Trabajador()
t = threading.Thread(target=w.correr, daemon=True)
t.start()
t.join()
print("recibidos:", len(w.resultados))
