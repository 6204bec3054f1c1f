# esperado: aprobado
# Un «pool» de 2 conexiones: un Semaphore(2) limita cuántos hilos usan una a la
# vez y un Lock protege la lista de conexiones libres. Nunca hay más de 2 en uso.
import threading
import time

libres = ["conn-A", "conn-B"]
candado = threading.Lock()
cupo = threading.Semaphore(2)
en_uso = 0
max_en_uso = 0
hechas = []


def consulta(n):
    global en_uso, max_en_uso
    with cupo:
        with candado:
            conn = libres.pop()
            en_uso += 1
            max_en_uso = max(max_en_uso, en_uso)
        time.sleep(0.01)
        with candado:
            hechas.append((n, conn))
            en_uso -= 1
            libres.append(conn)


hilos = [threading.Thread(target=consulta, args=(i,)) for i in range(6)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("consultas:", len(hechas), "máximo a la vez:", max_en_uso)
assert len(hechas) == 6 and max_en_uso <= 2 and sorted(libres) == ["conn-A", "conn-B"]
