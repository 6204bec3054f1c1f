# esperado: interbloqueo
# acquire()/release() a mano y un `return` temprano en la rama de «saldo
# insuficiente» que se salta el release(). El primer retiro que no cabe deja el
# candado tomado y el siguiente retiro (de cualquier hilo) espera para siempre.
# La cuenta empieza en 50 y se retiran 4 × 20: la tercera retirada siempre falla.
import threading

candado = threading.Lock()
saldo = 50


def retirar(cantidad):
    global saldo
    candado.acquire()
    if saldo < cantidad:
        print("saldo insuficiente")
        return False
    saldo -= cantidad
    candado.release()
    return True


def cliente():
    for _ in range(2):
        retirar(20)


hilos = [threading.Thread(target=cliente) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("saldo final", saldo)
