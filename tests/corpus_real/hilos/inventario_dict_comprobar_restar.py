# esperado: carrera
# Comprobar-y-actuar sobre un dict sin candado: dos compradores ven stock 1,
# los dos restan y el stock queda en -1. Hace falta que el segundo compruebe
# entre el `if` y el `-=` del primero.
import threading

stock = {"teclado": 1, "raton": 3}
vendidos = []


def comprar(articulo):
    if stock[articulo] > 0:
        stock[articulo] -= 1
        vendidos.append(articulo)


hilos = [threading.Thread(target=comprar, args=("teclado",)) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(stock, vendidos)
assert stock["teclado"] >= 0, stock
