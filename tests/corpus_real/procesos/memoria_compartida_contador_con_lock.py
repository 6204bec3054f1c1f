# esperado: aprobado
# requiere: procesos
# El contador de un byte en shared_memory, con un multiprocessing.Lock que
# reciben todos los procesos: leer y escribir el byte va dentro del candado.
from multiprocessing import Lock, Process, shared_memory


def sumar(nombre, candado, veces):
    shm = shared_memory.SharedMemory(name=nombre)
    for _ in range(veces):
        with candado:
            shm.buf[0] = (shm.buf[0] + 1) % 256
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=1)
    candado = Lock()
    try:
        shm.buf[0] = 0
        ps = [Process(target=sumar, args=(shm.name, candado, 100)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(shm.buf[0])
        assert shm.buf[0] == 200, shm.buf[0]
    finally:
        shm.close()
        shm.unlink()
