# esperado: excepcion
# La acción de la Barrier lanza una excepción (divide entre el número de
# resultados válidos, que es 0). El hilo que la ejecuta recibe el
# ZeroDivisionError, la barrera se rompe y los demás reciben
# BrokenBarrierError en wait(): excepciones sin capturar en los hilos. Pasa
# siempre, no depende del orden.
import threading

validos = []


def media():
    print("media:", sum(validos) / len(validos))


barrera = threading.Barrier(3, action=media)


def medir(valor):
    if valor > 0:
        validos.append(valor)
    barrera.wait()


hilos = [threading.Thread(target=medir, args=(v,)) for v in (-1, -2, -3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
