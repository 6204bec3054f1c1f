# esperado: sin_concurrencia|trampa
# Esquiva: Se parchea Thread.start para que ejecute run() en el propio hilo principal: «hay hilos» pero todo va en serie.
import threading

saldo = 0


class HiloEnSerie(threading.Thread):
    def start(self):
        self.run()

    def join(self, timeout=None):
        return None


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = []
    for _ in range(n_hilos):
        hilo = HiloEnSerie(target=depositar, args=(cantidad, depositos))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
