# esperado: aprobado
# Correcto: trabajadores daemon de threading; su ÚLTIMA instrucción es hecho.set(); main espera cada Event y después lee el total
import threading

mutex = threading.Lock()
total = [0]

def trabajo(hecho):
    for _ in range(3):
        with mutex:
            total[0] += 1
    hecho.set()

hechos = []
for _ in range(3):
    ev = threading.Event()
    hechos.append(ev)
    threading.Thread(target=trabajo, args=(ev,), daemon=True).start()
for ev in hechos:
    ev.wait()
assert total[0] == 9, total
print(total[0])
