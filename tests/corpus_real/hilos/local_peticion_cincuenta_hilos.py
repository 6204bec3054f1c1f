# esperado: aprobado
# threading.local para el «contexto de la petición»: cada uno de los 50 hilos
# guarda su id en `contexto.peticion`, duerme un poco y comprueba que sigue
# viendo el suyo. Cada hilo tiene su propio diccionario: no hay dato compartido
# salvo la lista de resultados, donde cada hilo escribe su casilla.
import threading
import time

contexto = threading.local()
ok = [False] * 50


def atender(i):
    contexto.peticion = i
    time.sleep(0.001)
    ok[i] = contexto.peticion == i


hilos = [threading.Thread(target=atender, args=(i,)) for i in range(50)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert all(ok), ok
print("todas las peticiones vieron su contexto")
