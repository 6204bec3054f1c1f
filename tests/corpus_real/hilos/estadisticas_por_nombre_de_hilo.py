# esperado: aprobado
# Estadísticas por hilo en un dict con clave el nombre del hilo
# (`current_thread().name`, único por objeto Thread): cada hilo solo lee y
# escribe su propia clave, y main suma después de join. Un dict compartido con
# claves distintas por hilo no es una carrera. (Con `get_ident()` como clave
# NO sería correcto: CPython reutiliza el identificador de un hilo que ya
# terminó, y dos hilos seguidos sumarían en la misma clave.)
import threading

por_hilo = {}


def trabajar(n):
    yo = threading.current_thread().name
    for _ in range(n):
        por_hilo[yo] = por_hilo.get(yo, 0) + 1


hilos = [threading.Thread(target=trabajar, args=(50,)) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(sorted(por_hilo.values()))
assert sorted(por_hilo.values()) == [50] * 4
