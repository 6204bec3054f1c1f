"""El consumidor muere con una excepción y el principal espera su respuesta para siempre."""
import multiprocessing


def consumir(cola, salida):
    elemento = cola.get()
    salida.put(10 / elemento)


def main(valor=0):
    cola = multiprocessing.Queue()
    salida = multiprocessing.Queue()
    consumidor = multiprocessing.Process(target=consumir, args=(cola, salida))
    consumidor.start()
    cola.put(valor)
    resultado = salida.get()
    consumidor.join()
    return resultado


if __name__ == "__main__":
    main()
