# esperado: carrera
# Cada pedido toma un número de un contador de clase. Los pedidos se crean desde
# varios hilos y `Pedido.siguiente += 1` no es atómico: dos pedidos pueden salir
# con el mismo número aunque nadie lo compruebe.
import threading


class Pedido:
    siguiente = 1

    def __init__(self, producto):
        self.producto = producto
        self.numero = Pedido.siguiente
        Pedido.siguiente += 1


pedidos = []
candado_lista = threading.Lock()


def tienda(nombre):
    for i in range(50):
        p = Pedido(f"{nombre}-{i}")
        with candado_lista:
            pedidos.append(p)


hilos = [threading.Thread(target=tienda, args=(n,)) for n in ("norte", "sur")]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(len(pedidos), "pedidos; último número:", Pedido.siguiente - 1)
