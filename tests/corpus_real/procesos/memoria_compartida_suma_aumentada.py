# esperado: carrera
# requiere: procesos
# Tres procesos cuentan en el mismo byte de un bloque de shared_memory con
# `shm.buf[0] += 1`: el += sobre un memoryview lee y escribe por separado, y
# sin candado un proceso puede pisar el incremento de otro.
from multiprocessing import Process, shared_memory


def contar(nombre, veces):
    shm = shared_memory.SharedMemory(name=nombre)
    for _ in range(veces):
        shm.buf[0] += 1
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=4)
    try:
        shm.buf[0] = 0
        ps = [Process(target=contar, args=(shm.name, 50)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(shm.buf[0])
        assert shm.buf[0] == 150, shm.buf[0]
    finally:
        shm.close()
        shm.unlink()
