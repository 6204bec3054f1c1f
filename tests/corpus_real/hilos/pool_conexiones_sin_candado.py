# esperado: carrera
# El mismo pool con Semaphore(2), pero sin candado en la lista ni en el contador:
# el semáforo deja entrar a DOS hilos a la vez, y `en_uso += 1` de los dos se
# puede pisar (lee uno, lee el otro, escriben ambos el mismo valor). Al final
# `en_uso` no vuelve a 0.
import threading
import time

libres = ["conn-A", "conn-B"]
cupo = threading.Semaphore(2)
en_uso = 0


def consulta(n):
    global en_uso
    with cupo:
        conn = libres.pop()
        en_uso += 1
        time.sleep(0.01)
        en_uso -= 1
        libres.append(conn)


hilos = [threading.Thread(target=consulta, args=(i,)) for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("en uso al final:", en_uso)
assert en_uso == 0, en_uso
