# esperado: aprobado
# Correcto: start_new_thread; cada hilo pone un threading.Event como última instrucción; main espera todos y lee
import _thread, threading

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
    _thread.start_new_thread(trabajo, (ev,))
for ev in hechos:
    ev.wait()
assert total[0] == 9, total
print(total[0])
