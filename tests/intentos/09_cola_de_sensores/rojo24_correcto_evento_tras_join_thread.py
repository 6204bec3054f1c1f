# esperado: aprobado
# Correcto: el hijo, tras enviar todo, hace close()+join_thread() (todo queda en la tubería) y luego pone un Event; main lee con get(timeout) y, si ve el Event, vacía hasta Empty: un solo lector y todo en la tubería, Empty = no queda nada
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola, hecho):
    for lote in lotes:
        cola.put([n * n for n in lote])
    cola.close()
    cola.join_thread()
    hecho.set()


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    hecho = multiprocessing.Event()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola, hecho))
    proceso.start()
    resultados = []
    while True:
        try:
            resultados.append(cola.get(timeout=0.5))
        except queue.Empty:
            if hecho.is_set():
                while True:
                    try:
                        resultados.append(cola.get(timeout=0.5))
                    except queue.Empty:
                        break
                break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
