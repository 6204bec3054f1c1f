# esperado: incompleto
# «Todas las descargas completadas» sale antes de que terminen las descargas.
import threading
import time


def descargar(archivo):
    print(f"Descargando {archivo}...")
    time.sleep(0.5)
    print(f"{archivo} descargado")


for archivo in ["a.zip", "b.zip", "c.zip"]:
    threading.Thread(target=descargar, args=(archivo,)).start()
print("Todas las descargas completadas")
