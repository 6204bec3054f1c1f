# esperado: interbloqueo
# Sin join, al estilo PyMOTW: el interbloqueo ocurre después de que el módulo
# termine (el intérprete espera a los hilos y se queda colgado para siempre).
import threading

recursos = threading.Lock()
registro = threading.Lock()


def escribir_log():
    with registro:
        print("log: abierto")
        with recursos:
            print("log: recurso")


def usar_recurso():
    with recursos:
        print("recurso: en uso")
        with registro:
            print("recurso: anotado")


threading.Thread(target=escribir_log).start()
threading.Thread(target=usar_recurso).start()
