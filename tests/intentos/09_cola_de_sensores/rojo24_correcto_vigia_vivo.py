# esperado: aprobado
# Correcto: además del productor hay un hijo vigía que vive hasta el final; main lee con get(timeout=0.5) y, cuando ve al productor terminado (is_alive), vacía hasta Empty: todo lo del productor ya está en la tubería y main es el único lector
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def vigia(parar, registro):
    latidos = 0
    while not parar.wait(0.05):
        latidos += 1
    registro.put(latidos)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    registro = multiprocessing.Queue()
    parar = multiprocessing.Event()
    guardia = multiprocessing.Process(target=vigia, args=(parar, registro))
    guardia.start()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while True:
        try:
            resultados.append(cola.get(timeout=0.5))
        except queue.Empty:
            if not proceso.is_alive():
                while True:
                    try:
                        resultados.append(cola.get(timeout=0.5))
                    except queue.Empty:
                        break
                break
    proceso.join()
    parar.set()
    latidos = registro.get()
    guardia.join()
    print(f"{len(resultados)} lotes procesados (vigía: {latidos} latidos)")
    return resultados


if __name__ == "__main__":
    main()
