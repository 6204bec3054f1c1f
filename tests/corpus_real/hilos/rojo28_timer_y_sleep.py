# esperado: incompleto
# Se «espera» al autoguardado con sleep(0.2) en vez de join(): con la máquina cargada el Timer puede no haber corrido.
import threading
import time

documento = {"titulo": "Memoria", "lineas": ["Introducción", "Métodos"]}
copias = []


def autoguardar():
    copias.append(dict(documento))
    print("Autoguardado hecho")


temporizador = threading.Timer(0.05, autoguardar)
temporizador.start()

documento["lineas"].append("Resultados")
time.sleep(0.2)  # de sobra para que salte el autoguardado

print("Copias de seguridad:", len(copias))
assert len(copias) == 1, "no se guardó la copia"
