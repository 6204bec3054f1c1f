# esperado: aprobado
# requiere: procesos
# El hijo pone un multiprocessing.Event cuando ya escribió su resultado en un
# Value: el padre espera el evento (no el proceso) y solo entonces lee. El
# join() va al final. Esperar el evento es esperar al trabajo.
from multiprocessing import Event, Process, Value


def calcular(total, listo):
    suma = 0
    for i in range(1, 101):
        suma += i
    total.value = suma
    listo.set()


if __name__ == "__main__":
    total = Value("i", 0)
    listo = Event()
    p = Process(target=calcular, args=(total, listo))
    p.start()
    listo.wait()
    assert total.value == 5050, total.value
    print("total:", total.value)
    p.join()
