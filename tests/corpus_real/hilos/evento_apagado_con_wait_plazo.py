# esperado: aprobado
# Apagado limpio con Event: los trabajadores repiten `while not parar.is_set()`
# y duermen con parar.wait(0.01) (se despiertan en cuanto main lo pone). Cada
# uno cuenta en su propia variable local y entrega el total con un candado.
import threading

parar = threading.Event()
totales = []
candado = threading.Lock()


def trabajador():
    hechas = 0
    while not parar.is_set():
        hechas += 1
        parar.wait(0.01)
    with candado:
        totales.append(hechas)


hilos = [threading.Thread(target=trabajador) for _ in range(3)]
for h in hilos:
    h.start()
parar.wait(0.05)
parar.set()
for h in hilos:
    h.join()
assert len(totales) == 3
print("vueltas por hilo:", totales)
