"""El consumidor espera un centinela (None) que el productor nunca envía."""
import multiprocessing


def consumir(cola, salida):
    total = 0
    while True:
        elemento = cola.get()
        if elemento is None:
            break
        total += elemento
    salida.put(total)


def main(valores=(1, 2, 3), centinela=False):
    cola = multiprocessing.Queue()
    salida = multiprocessing.Queue()
    consumidor = multiprocessing.Process(target=consumir, args=(cola, salida))
    consumidor.start()
    for v in valores:
        cola.put(v)
    if centinela:
        cola.put(None)
    total = salida.get()
    consumidor.join()
    return total


if __name__ == "__main__":
    main()
