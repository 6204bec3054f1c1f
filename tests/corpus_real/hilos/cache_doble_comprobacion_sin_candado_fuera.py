# esperado: carrera
# «Double-checked locking» mal copiado: la primera comprobación fuera del
# candado está bien, pero la segunda falta (dentro del candado se carga sin
# volver a mirar). Dos hilos que ven la clave ausente cargan los dos, uno detrás
# del otro: la carga «cara» se hace dos veces y `cargas` lo delata.
import threading

cache = {}
cargas = []
candado = threading.Lock()


def obtener(clave):
    if clave not in cache:
        with candado:
            cargas.append(clave)
            cache[clave] = clave.upper()
    return cache[clave]


hilos = [threading.Thread(target=obtener, args=("config",)) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("cargas:", cargas)
assert cargas == ["config"], cargas
