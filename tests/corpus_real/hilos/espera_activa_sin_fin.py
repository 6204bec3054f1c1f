# esperado: cuelgue
# Espera activa de una bandera que nadie pone: el productor marca otra variable.
import threading

listo = False
preparado = False


def productor():
    global preparado
    preparado = True  # debía ser `listo`


def consumidor():
    while not listo:
        pass
    print("consumido")


threading.Thread(target=productor).start()
c = threading.Thread(target=consumidor)
c.start()
c.join()
