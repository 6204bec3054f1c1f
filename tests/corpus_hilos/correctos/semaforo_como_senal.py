import threading

dato = {}
senal = threading.Semaphore(0)

def escritor():
    dato["valor"] = 42
    dato["listo"] = True
    senal.release()

def lector(salida):
    senal.acquire()
    salida.append((dato["valor"], dato["listo"]))

salida = []
a = threading.Thread(target=lector, args=(salida,))
b = threading.Thread(target=escritor)
a.start(); b.start(); a.join(); b.join()
assert salida == [(42, True)]
