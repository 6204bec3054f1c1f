# esperado: incompleto
# Nunca se hace join(): el mensaje final y el recuento se leen mientras las descargas siguen en marcha.
import threading
import time

archivos = ["informe.pdf", "foto.jpg", "datos.csv", "video.mp4"]
descargados = []


def descargar(nombre):
    time.sleep(0.05)  # simula la red
    descargados.append(nombre)


for nombre in archivos:
    threading.Thread(target=descargar, args=(nombre,)).start()

print("Todas las descargas completadas")
print(f"Descargados {len(descargados)} de {len(archivos)} archivos")
