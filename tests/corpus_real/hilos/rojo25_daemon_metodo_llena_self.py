# esperado: incompleto
# A medias: el daemon es un método que llena self.resultados; main lee el atributo sin esperarlo
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
print("recibidos:", len(w.resultados))
