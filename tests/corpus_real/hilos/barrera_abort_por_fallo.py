# esperado: aprobado
# Un trabajador que falla antes de llegar a la barrera llama a
# `barrera.abort()`: los que ya esperaban (y los que lleguen después) reciben
# BrokenBarrierError, que capturan y apuntan. Nadie se queda colgado, sea cual
# sea el orden en que lleguen.
import threading

barrera = threading.Barrier(3)
estados = [None] * 3


def trabajar(i):
    try:
        if i == 2:
            raise ValueError("dato corrupto")
        barrera.wait()
        estados[i] = "sincronizado"
    except ValueError:
        estados[i] = "fallo"
        barrera.abort()
    except threading.BrokenBarrierError:
        estados[i] = "abortado"


hilos = [threading.Thread(target=trabajar, args=(i,)) for i in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(estados)
assert estados == ["abortado", "abortado", "fallo"]
