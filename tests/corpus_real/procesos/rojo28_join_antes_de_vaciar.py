# esperado: cuelgue
# requiere: procesos
# el hijo no puede terminar hasta que su Queue se vacíe (>64 KiB en la tubería) y el principal hace join() antes de leerla
from multiprocessing import Process, Queue


def leer_sensor(cola, n):
    for i in range(n):
        cola.put({"sensor": i % 4, "lectura": i * 0.5, "unidad": "celsius"})


if __name__ == "__main__":
    cola = Queue()
    p = Process(target=leer_sensor, args=(cola, 5000))
    p.start()
    p.join()                       # espera a que el sensor termine...
    lecturas = []
    while not cola.empty():        # ...y después recoge lo que dejó
        lecturas.append(cola.get())
    print("lecturas:", len(lecturas))
