# esperado: aprobado
# Correcto: main sondea is_alive() con sleep hasta que el daemon acaba y después lee
import threading, time

total = 0

def productor():
    global total
    for i in range(4):
        total = total + i

t = threading.Thread(target=productor, daemon=True)
t.start()
while t.is_alive():
    time.sleep(0.01)
print(total)
assert total == 6
