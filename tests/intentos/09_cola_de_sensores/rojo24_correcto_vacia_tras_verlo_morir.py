# esperado: aprobado
# Correcto: get(timeout=0.5); ante Empty pregunta is_alive(); si el hijo ya acabó, vacía la tubería (todo lo enviado ya está dentro)
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
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
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
