# esperado: excepcion
# Barrier con timeout=1 y un trabajador que tarda 2 s en llegar: los que
# esperan ven vencer el plazo, la barrera se rompe y todos (también el lento al
# llegar) reciben BrokenBarrierError sin capturar. Pasa siempre.
import threading
import time

barrera = threading.Barrier(3, timeout=1)


def trabajador(i):
    time.sleep(2 if i == 2 else 0.1)
    barrera.wait()
    print("trabajador", i, "pasó")


hilos = [threading.Thread(target=trabajador, args=(i,)) for i in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
