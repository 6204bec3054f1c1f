# esperado: incompleto
# Un Timer calcula un informe dentro de 0,2 s, pero el principal lo imprime
# enseguida, sin esperar (ni join ni Event): en cualquier ejecución normal sale
# «None» porque el Timer todavía está durmiendo cuando se lee `informe`.
import threading

informe = None


def generar():
    global informe
    informe = {"ventas": 42}


threading.Timer(0.2, generar).start()
print("Informe:", informe)
