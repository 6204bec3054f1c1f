# esperado: aprobado
# requiere: procesos
# Lo mismo, pero tras ver que el hijo ya no vive, main vacía la cola una última vez: un proceso que termina ya volcó en la tubería todo lo que puso (su alimentador acaba antes que él), así que no se pierde nada.
import multiprocessing


def producir(cola, bloques):
    for i in range(bloques):
        cola.put([i] * 2000)


if __name__ == "__main__":
    cola = multiprocessing.Queue()
    productor = multiprocessing.Process(target=producir, args=(cola, 3))
    productor.start()
    recibidos = []
    while productor.is_alive():
        while not cola.empty():
            recibidos.append(cola.get())
    while not cola.empty():
        recibidos.append(cola.get())
    productor.join()
    assert len(recibidos) == 3, f"solo llegaron {len(recibidos)} de 3 bloques"
    print("todos los bloques:", len(recibidos))
