# esperado: carrera
# requiere: procesos
# Un contador de un byte en shared_memory incrementado desde dos procesos:
# `buf[0] = buf[0] + 1` lee y escribe por separado y no hay candado, así que
# un proceso puede escribir encima del incremento del otro.
from multiprocessing import Process, shared_memory


def sumar(nombre, veces):
    shm = shared_memory.SharedMemory(name=nombre)
    for _ in range(veces):
        shm.buf[0] = (shm.buf[0] + 1) % 256
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=1)
    try:
        shm.buf[0] = 0
        ps = [Process(target=sumar, args=(shm.name, 100)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(shm.buf[0])
        assert shm.buf[0] == 200, shm.buf[0]
    finally:
        shm.close()
        shm.unlink()
