# esperado: aprobado
# Buffer acotado con Condition y while (no if) alrededor de cada wait.
import threading

buffer = []
capacidad = 2
cv = threading.Condition()
consumidos = []


def producir(n):
    for i in range(n):
        with cv:
            while len(buffer) >= capacidad:
                cv.wait()
            buffer.append(i)
            cv.notify_all()


def consumir(n):
    for _ in range(n):
        with cv:
            while not buffer:
                cv.wait()
            consumidos.append(buffer.pop(0))
            cv.notify_all()


hs = [threading.Thread(target=producir, args=(6,)), threading.Thread(target=producir, args=(6,)),
      threading.Thread(target=consumir, args=(4,)), threading.Thread(target=consumir, args=(8,))]
for h in hs:
    h.start()
for h in hs:
    h.join()
assert sorted(consumidos) == sorted(list(range(6)) * 2)
