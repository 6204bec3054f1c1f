# esperado: aprobado
# Arreglo correcto: Contador de pendientes protegido por una Condition; main espera a que llegue a 0.
import threading
import time


class Pendientes:
    def __init__(self, n):
        self.n = n
        self.cond = threading.Condition()

    def terminar(self):
        with self.cond:
            self.n -= 1
            if self.n == 0:
                self.cond.notify_all()

    def esperar(self):
        with self.cond:
            self.cond.wait_for(lambda: self.n == 0)


def procesar_solicitud(request_id, duracion, pendientes):
    try:
        print(f"Procesando solicitud {request_id}")
        time.sleep(duracion)
        print(f"Solicitud {request_id} completada")
    finally:
        pendientes.terminar()


def main(n_solicitudes=3, duracion=3):
    pendientes = Pendientes(n_solicitudes)
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion, pendientes)).start()
    pendientes.esperar()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
