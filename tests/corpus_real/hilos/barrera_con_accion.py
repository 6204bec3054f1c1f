# esperado: aprobado
# Barrier con `action`: el último hilo en llegar ejecuta la acción (sumar los
# parciales) antes de soltar a nadie, así que todos los parciales están escritos
# (cada hilo escribe el suyo antes de wait()) y todos leen el total ya hecho.
import threading

N = 4
parciales = [0] * N
total = []


def combinar():
    total.append(sum(parciales))


barrera = threading.Barrier(N, action=combinar)
vistos = [None] * N


def trabajador(i):
    parciales[i] = sum(range(i * 100, (i + 1) * 100))
    barrera.wait()
    vistos[i] = total[0]


hilos = [threading.Thread(target=trabajador, args=(i,)) for i in range(N)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("total:", total[0], vistos)
assert vistos == [sum(range(400))] * N
