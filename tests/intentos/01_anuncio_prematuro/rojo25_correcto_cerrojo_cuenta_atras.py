# esperado: aprobado
# Arreglo correcto: cuenta atrás protegida por una Condition; cada hilo descuenta tras su "completada" y main espera con wait_for a que llegue a cero.
import threading
import time


class CuentaAtras:
    def __init__(self, n):
        self.pendientes = n
        self.cond = threading.Condition()

    def descontar(self):
        with self.cond:
            self.pendientes -= 1
            if self.pendientes == 0:
                self.cond.notify_all()

    def esperar(self):
        with self.cond:
            self.cond.wait_for(lambda: self.pendientes == 0)


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    cuenta = CuentaAtras(n_solicitudes)

    def atender(i):
        try:
            procesar_solicitud(i, duracion)
        finally:
            cuenta.descontar()

    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=atender, args=(i,))
        hilos.append(hilo)
        hilo.start()

    cuenta.esperar()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
