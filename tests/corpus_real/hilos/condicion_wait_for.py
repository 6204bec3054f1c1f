# esperado: aprobado
# Condition.wait_for con un predicado: el consumidor no puede perderse el aviso
# aunque el productor notifique antes de que él llegue a esperar.
import threading

cond = threading.Condition()
pedidos = []
atendidos = []


def cocinero():
    for i in range(5):
        with cond:
            cond.wait_for(lambda: len(pedidos) > 0)
            atendidos.append(pedidos.pop(0))


def camarero():
    for i in range(5):
        with cond:
            pedidos.append(f"plato {i}")
            cond.notify()


hilos = [threading.Thread(target=cocinero), threading.Thread(target=camarero)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(atendidos)
assert atendidos == [f"plato {i}" for i in range(5)]
