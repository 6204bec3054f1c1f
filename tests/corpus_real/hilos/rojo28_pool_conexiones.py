# esperado: aprobado
# BoundedSemaphore(2) limita las conexiones simultáneas; threading.local guarda el estado de cada hilo.
import threading
import time

MAX_CONEXIONES = 2
pool = threading.BoundedSemaphore(MAX_CONEXIONES)
local = threading.local()
estado = threading.Lock()
en_uso = 0
maximo_visto = 0
consultas_por_hilo = {}


def consulta(sql):
    global en_uso, maximo_visto
    with pool:
        with estado:
            en_uso += 1
            maximo_visto = max(maximo_visto, en_uso)
        time.sleep(0.002)  # la base de datos responde
        local.consultas = getattr(local, "consultas", 0) + 1
        with estado:
            en_uso -= 1


def cliente(nombre, n):
    for i in range(n):
        consulta(f"SELECT * FROM pedidos WHERE id = {i}")
    with estado:
        consultas_por_hilo[nombre] = local.consultas


hilos = [threading.Thread(target=cliente, args=(f"cliente-{i}", 3)) for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()

assert maximo_visto <= MAX_CONEXIONES, maximo_visto
assert consultas_por_hilo == {f"cliente-{i}": 3 for i in range(4)}
print("Consultas por hilo:", dict(sorted(consultas_por_hilo.items())))
