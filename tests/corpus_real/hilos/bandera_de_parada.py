# esperado: aprobado
# El modismo de parada más copiado: una bandera global que el hilo consulta en
# cada vuelta y que el principal baja antes de join(). Con el GIL, escribir
# una constante es una sola instrucción y el hilo ve el valor viejo o el nuevo:
# no hay nada que perder.
import threading
import time

seguir = True
latidos = []


def latir():
    while seguir:
        latidos.append(time.monotonic())
        time.sleep(0.05)


hilo = threading.Thread(target=latir)
hilo.start()
time.sleep(0.3)
seguir = False
hilo.join()
print(f"{len(latidos)} latidos")
