# esperado: carrera
# requiere: procesos
# `votos[k] += 1` sobre un Manager().dict() desde varios procesos: es un
# __getitem__ y un __setitem__ por el proxy, dos viajes al gestor; otro proceso
# puede escribir entre los dos y su voto se pierde (pasa de verdad con 3
# procesos × 200 votos: el total suele quedar por debajo de 600).
from multiprocessing import Manager, Process


def votar(votos, n):
    for _ in range(n):
        votos["si"] += 1


if __name__ == "__main__":
    with Manager() as m:
        votos = m.dict({"si": 0})
        ps = [Process(target=votar, args=(votos, 200)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("votos:", votos["si"])
        assert votos["si"] == 600, votos["si"]
