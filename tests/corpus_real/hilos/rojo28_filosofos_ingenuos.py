# esperado: interbloqueo
# Todos cogen primero el tenedor izquierdo: si los cinco lo cogen a la vez, nadie suelta nunca el suyo.
import random
import threading
import time


class Filosofo(threading.Thread):
    def __init__(self, nombre, izquierdo, derecho):
        super().__init__(name=nombre)
        self.izquierdo = izquierdo
        self.derecho = derecho
        self.comidas = 0

    def run(self):
        for _ in range(3):
            time.sleep(random.uniform(0, 0.002))  # pensar
            with self.izquierdo:
                with self.derecho:
                    self.comidas += 1
                    time.sleep(0.001)  # comer


def main():
    tenedores = [threading.Lock() for _ in range(5)]
    nombres = ["Aristóteles", "Kant", "Spinoza", "Marx", "Russell"]
    filosofos = [
        Filosofo(n, tenedores[i], tenedores[(i + 1) % 5]) for i, n in enumerate(nombres)
    ]
    for f in filosofos:
        f.start()
    for f in filosofos:
        f.join()
    for f in filosofos:
        print(f"{f.name} comió {f.comidas} veces")


if __name__ == "__main__":
    main()
