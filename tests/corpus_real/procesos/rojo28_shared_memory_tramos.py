# esperado: aprobado
# requiere: procesos
# shared_memory.SharedMemory: cada hijo escribe solo su tramo; el principal lee tras join() y libera el bloque
import struct
from multiprocessing import Process, shared_memory

N = 40
PARTES = 4


def rellenar(nombre, inicio, fin):
    shm = shared_memory.SharedMemory(name=nombre)
    for i in range(inicio, fin):
        struct.pack_into("i", shm.buf, i * 4, i * i)
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=N * 4)
    try:
        tam = N // PARTES
        procs = [Process(target=rellenar, args=(shm.name, k * tam, (k + 1) * tam))
                 for k in range(PARTES)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        valores = [struct.unpack_from("i", shm.buf, i * 4)[0] for i in range(N)]
    finally:
        shm.close()
        shm.unlink()
    print("suma de cuadrados:", sum(valores))
    assert valores == [i * i for i in range(N)]
