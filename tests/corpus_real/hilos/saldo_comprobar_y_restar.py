# esperado: carrera
# Comprobar y luego actuar: el candado solo cubre la resta, así que dos
# retiradas pueden ver el mismo saldo y dejarlo en negativo.
import threading

saldo = 100
candado = threading.Lock()


def retirar(cantidad):
    global saldo
    if saldo >= cantidad:
        with candado:
            saldo -= cantidad


hs = [threading.Thread(target=retirar, args=(80,)) for _ in range(2)]
for h in hs:
    h.start()
for h in hs:
    h.join()
assert saldo >= 0, f"saldo negativo: {saldo}"
