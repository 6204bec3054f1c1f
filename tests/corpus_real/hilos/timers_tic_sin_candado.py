# esperado: carrera
# Tres threading.Timer y el principal suman a `tics` sin candado. Los Timer
# corren en sus propios hilos: si uno es expropiado entre leer y escribir
# `tics`, el incremento del otro se pierde.
import threading

tics = 0


def tic():
    global tics
    for _ in range(50):
        tics += 1


timers = [threading.Timer(0.01, tic) for _ in range(3)]
for t in timers:
    t.start()
for _ in range(50):
    tics += 1
for t in timers:
    t.join()
print(tics)
assert tics == 200, tics
