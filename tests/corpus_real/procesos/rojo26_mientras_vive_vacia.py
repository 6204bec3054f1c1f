# esperado: incompleto
# requiere: procesos
# Un productor pone tres bloques grandes en una Queue; main lee «mientras el hijo viva» vaciando la cola en cada vuelta, y sale cuando is_alive() es False. Si el hijo pone el último bloque y termina entre el empty() verdadero y el is_alive() de main, ese bloque se queda en la tubería: el assert falla.
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
    productor.join()
    assert len(recibidos) == 3, f"solo llegaron {len(recibidos)} de 3 bloques"
    print("todos los bloques:", len(recibidos))
