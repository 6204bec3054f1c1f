# esperado: aprobado
# requiere: procesos
# Espera por los `sentinel` de los procesos con multiprocessing.connection.wait:
# el padre atiende a cada hijo en cuanto termina (en cualquier orden) y lee su
# parte de la lista del Manager solo cuando ya terminaron todos.
from multiprocessing import Manager, Process
from multiprocessing.connection import wait


def trabajar(lista, base):
    for k in range(3):
        lista.append(base * 10 + k)


if __name__ == "__main__":
    with Manager() as gestor:
        lista = gestor.list()
        procesos = [Process(target=trabajar, args=(lista, b)) for b in range(1, 4)]
        for p in procesos:
            p.start()
        pendientes = {p.sentinel: p for p in procesos}
        while pendientes:
            for listo in wait(list(pendientes)):
                pendientes.pop(listo).join()
        valores = sorted(lista)
        assert len(valores) == 9, valores
        print("valores:", valores)
