# esperado: aprobado
# Reparación alternativa: cuenta atrás con Condition (un «latch»).
import threading
import time


class CuentaAtras:
    def __init__(self, n):
        self._n = n
        self._cond = threading.Condition()

    def bajar(self):
        with self._cond:
            self._n -= 1
            if self._n == 0:
                self._cond.notify_all()

    def esperar(self):
        with self._cond:
            self._cond.wait_for(lambda: self._n == 0)


def procesar_solicitud(request_id, duracion=3, latch=None):
    try:
        print(f"Procesando solicitud {request_id}")
        time.sleep(duracion)
        print(f"Solicitud {request_id} completada")
    finally:
        if latch is not None:
            latch.bajar()


def main(n_solicitudes=3, duracion=3):
    latch = CuentaAtras(n_solicitudes)
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion, latch)).start()
    latch.esperar()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
