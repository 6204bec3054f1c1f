# esperado: aprobado
# Correcto: varios daemons rellenan un dict; main hace join de todos y después lee
import threading

tabla = {}

def calcula(k):
    tabla[k] = k * 10

hs = [threading.Thread(target=calcula, args=(k,), daemon=True) for k in range(3)]
for h in hs: h.start()
for h in hs: h.join()
print(tabla)
assert tabla == {0: 0, 1: 10, 2: 20}
