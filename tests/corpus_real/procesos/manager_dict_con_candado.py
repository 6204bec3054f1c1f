# esperado: aprobado
# requiere: procesos
# El mismo recuento con un Manager().Lock() compartido alrededor de cada `+= 1`.
from multiprocessing import Manager, Process


def votar(votos, candado, n):
    for _ in range(n):
        with candado:
            votos["si"] += 1


if __name__ == "__main__":
    with Manager() as m:
        votos = m.dict({"si": 0})
        candado = m.Lock()
        ps = [Process(target=votar, args=(votos, candado, 50)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("votos:", votos["si"])
        assert votos["si"] == 150, votos["si"]
