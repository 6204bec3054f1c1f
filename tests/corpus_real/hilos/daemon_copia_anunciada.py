# esperado: incompleto
# La copia de seguridad corre en un hilo daemon «para no bloquear»; el programa
# anuncia que terminó y sale: el intérprete mata la copia a medias.
import threading
import time


def copiar(archivos):
    for nombre in archivos:
        time.sleep(0.02)  # «escribir el archivo»
        print("copiado", nombre)


threading.Thread(target=copiar, args=(["a.txt", "b.txt", "c.txt"],), daemon=True).start()
time.sleep(0.01)
print("Copia de seguridad completada")
