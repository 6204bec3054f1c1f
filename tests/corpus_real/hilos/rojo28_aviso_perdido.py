# esperado: interbloqueo
# El consumidor mira la bandera sin el candado: si el aviso llega entre la comprobación y wait(), espera para siempre.
import threading

condicion = threading.Condition()
datos_listos = False
datos = []


def consumidor():
    if not datos_listos:
        with condicion:
            condicion.wait()
    print("Procesando", len(datos), "registros")


def productor():
    global datos_listos
    registros = [{"id": i, "valor": i * 10} for i in range(100)]
    with condicion:
        datos.extend(registros)
        datos_listos = True
        condicion.notify_all()


c = threading.Thread(target=consumidor)
p = threading.Thread(target=productor)
c.start()
p.start()
c.join()
p.join()
print("Fin")
