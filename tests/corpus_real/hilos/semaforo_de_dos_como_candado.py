# esperado: carrera
# Un Semaphore(2) usado como si fuera un candado: deja entrar a DOS hilos a la
# vez en la sección crítica, y `saldo += c` de los dos se puede pisar.
import threading

saldo = 0
guardia = threading.Semaphore(2)


def ingresar(c, veces):
    global saldo
    for _ in range(veces):
        with guardia:
            saldo += c


hilos = [threading.Thread(target=ingresar, args=(5, 20)) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("saldo:", saldo)
assert saldo == 300, saldo
