# esperado: carrera
# Comprobar-y-actuar sobre una lista: `if nombre not in inscritos:
# inscritos.append(nombre)` desde varios hilos que inscriben a la misma gente.
# Si dos hilos comprueban el mismo nombre antes de que ninguno lo añada, queda
# repetido. Con python3 normal casi nunca se ve (la comprobación y el append
# caben en la misma rodaja del GIL).
import threading

inscritos = []


def inscribir(nombres):
    for nombre in nombres:
        if nombre not in inscritos:
            inscritos.append(nombre)


gente = ["ana", "luis", "eva", "juan"]
hilos = [threading.Thread(target=inscribir, args=(gente,)) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(inscritos)
assert sorted(inscritos) == sorted(gente), inscritos
