# esperado: carrera
# 2000 incrementos con candado y un solo `puntos += bono` sin él: el bono puede
# pisar (o ser pisado por) un incremento de otro hilo. Candados inconsistentes.
import threading

puntos = 0
candado = threading.Lock()


def jugar(rondas, bono):
    global puntos
    for _ in range(rondas):
        with candado:
            puntos += 1
    if bono:
        puntos += bono


hilos = [threading.Thread(target=jugar, args=(1000, 50 if i == 1 else 0)) for i in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Puntos:", puntos)
