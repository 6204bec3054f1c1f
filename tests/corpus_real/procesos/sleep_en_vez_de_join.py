# esperado: incompleto
# requiere: procesos
# Error: un time.sleep en vez de join(). «Medio segundo sobra para que los hijos
# acaben»... salvo cuando un hijo arranca tarde (una máquina cargada, un
# antivirus, un disco lento). Dormir no es esperar: el padre lee la lista del
# Manager cuando el sueño acaba, hayan terminado o no.
import time
from multiprocessing import Manager, Process


def anotar(lista, x):
    lista.append(x * x)


if __name__ == "__main__":
    with Manager() as gestor:
        lista = gestor.list()
        procesos = [Process(target=anotar, args=(lista, x)) for x in range(4)]
        for p in procesos:
            p.start()
        time.sleep(0.5)
        print("cuadrados:", sorted(lista))
        for p in procesos:
            p.join()
