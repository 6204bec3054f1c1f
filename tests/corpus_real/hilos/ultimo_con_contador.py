# esperado: aprobado
# La forma correcta de «el último avisa»: un contador de pendientes protegido por un
# candado; quien lo deja a cero pone el Event. Main espera el Event y después hace
# join() de todos.
import threading
import time

pendientes = 3
candado = threading.Lock()
fin = threading.Event()


def trabajar(n):
    global pendientes
    time.sleep(1)
    print(f"trabajo {n} hecho")
    with candado:
        pendientes -= 1
        if pendientes == 0:
            fin.set()


hilos = [threading.Thread(target=trabajar, args=(n,)) for n in range(3)]
for h in hilos:
    h.start()
fin.wait()
for h in hilos:
    h.join()
print("todos terminaron")
