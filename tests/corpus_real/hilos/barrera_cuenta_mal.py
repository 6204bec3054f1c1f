# esperado: interbloqueo
# Barrier(3) pero solo se arrancan 2 trabajadores (se olvidó contar al
# principal, o se quitó un hilo): la barrera nunca se llena y los dos esperan
# para siempre; el principal, en join(). Pasa siempre.
import threading

barrera = threading.Barrier(3)
fases = []


def trabajador(i):
    fases.append((i, "carga"))
    barrera.wait()
    fases.append((i, "cálculo"))


hilos = [threading.Thread(target=trabajador, args=(i,)) for i in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(fases)
