# esperado: aprobado
# Todos los corredores esperan en un Event de salida; main los crea, pone el
# Event y los une. Cada uno anota su llegada con un candado.
import threading

salida = threading.Event()
llegadas = []
candado = threading.Lock()


def corredor(nombre):
    salida.wait()
    with candado:
        llegadas.append(nombre)


hilos = [threading.Thread(target=corredor, args=(f"c{i}",)) for i in range(6)]
for h in hilos:
    h.start()
salida.set()
for h in hilos:
    h.join()
assert sorted(llegadas) == sorted(f"c{i}" for i in range(6))
print("orden de llegada:", llegadas)
