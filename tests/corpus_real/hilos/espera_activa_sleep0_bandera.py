# esperado: aprobado
# Espera activa con time.sleep(0) sobre una bandera: el productor escribe el
# dato y DESPUÉS pone `listo = True` (una constante); el consumidor gira con
# sleep(0) hasta verla y entonces lee el dato. Con el GIL esto es correcto
# (ineficiente, pero correcto): lo escrito antes de la bandera se ve después.
import threading
import time

listo = False
dato = None
leido = []


def productor():
    global dato, listo
    dato = sum(range(1000))
    listo = True


def consumidor():
    while not listo:
        time.sleep(0)
    leido.append(dato)


c = threading.Thread(target=consumidor)
p = threading.Thread(target=productor)
c.start()
p.start()
c.join()
p.join()
assert leido == [499500], leido
print("leído", leido[0])
