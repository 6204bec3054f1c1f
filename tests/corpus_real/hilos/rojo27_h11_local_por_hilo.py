# esperado: aprobado
# threading.local da a cada hilo su propia "conexión" y acumulador; solo el volcado final al dict compartido se hace, y bajo Lock.
import threading

local = threading.local()
totales = {}
lock = threading.Lock()

def conectar(nombre):
    local.conexion = f"conn-{nombre}"
    local.consultas = 0

def consultar(n):
    local.consultas += 1
    return n * 2

def trabajador(nombre):
    conectar(nombre)
    suma = 0
    for i in range(50):
        suma += consultar(i)
    with lock:
        totales[local.conexion] = (local.consultas, suma)

hilos = [threading.Thread(target=trabajador, args=(f"h{i}",)) for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert all(v == (50, 2450) for v in totales.values()) and len(totales) == 4, totales
print(sorted(totales.items()))
