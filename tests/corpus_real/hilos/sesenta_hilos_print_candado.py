# esperado: aprobado
# 60 hilos que imprimen en cada vuelta y suman a un contador global con un
# candado. Muchos print, pero el único dato compartido está protegido.
import threading

contador = 0
candado = threading.Lock()


def trabajador(n):
    global contador
    for i in range(3):
        print(f"hilo {n} vuelta {i}")
        with candado:
            contador += 1


hilos = [threading.Thread(target=trabajador, args=(n,)) for n in range(60)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("total", contador)
assert contador == 180
