# esperado: aprobado
# requiere: procesos
# multiprocessing.shared_memory: cada hijo abre el bloque por su nombre y
# escribe SOLO su tramo de bytes; el padre lee tras join(). No hay dos
# procesos que escriban el mismo byte, así que no hace falta candado.
from multiprocessing import Process, shared_memory

TRAMO = 8


def rellenar(nombre, indice):
    shm = shared_memory.SharedMemory(name=nombre)
    for i in range(TRAMO):
        shm.buf[indice * TRAMO + i] = indice + 1
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=4 * TRAMO)
    try:
        ps = [Process(target=rellenar, args=(shm.name, k)) for k in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        datos = bytes(shm.buf[:4 * TRAMO])
        print(list(datos))
        assert datos == bytes([1] * 8 + [2] * 8 + [3] * 8 + [4] * 8)
    finally:
        shm.close()
        shm.unlink()
