# esperado: interbloqueo
# Main espera al trabajador con join() y solo después pone el Event que el
# trabajador espera para empezar: cada uno espera al otro en cualquier orden.
import threading

empezar = threading.Event()


def trabajador():
    empezar.wait()
    print("trabajando")


h = threading.Thread(target=trabajador)
h.start()
h.join()
empezar.set()
