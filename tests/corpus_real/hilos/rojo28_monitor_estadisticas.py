# esperado: excepcion
# El monitor recorre el diccionario mientras los trabajadores añaden claves: «dictionary changed size during iteration».
import threading


class Monitor(threading.Thread):
    def __init__(self, estadisticas, parar):
        super().__init__(name="monitor")
        self.estadisticas = estadisticas
        self.parar = parar
        self.informes = 0

    def run(self):
        while not self.parar.is_set():
            total = 0
            for pagina, visitas in self.estadisticas.items():
                total += visitas
            self.informes += 1
            self.parar.wait(0.001)


def trabajador(estadisticas, candado, inicio):
    for i in range(inicio, inicio + 200):
        with candado:
            pagina = f"/articulo/{i}"
            estadisticas[pagina] = estadisticas.get(pagina, 0) + 1


if __name__ == "__main__":
    estadisticas = {}
    candado = threading.Lock()
    parar = threading.Event()
    monitor = Monitor(estadisticas, parar)
    monitor.start()
    hilos = [threading.Thread(target=trabajador, args=(estadisticas, candado, k * 200)) for k in range(3)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    parar.set()
    monitor.join()
    print("Páginas distintas:", len(estadisticas))
