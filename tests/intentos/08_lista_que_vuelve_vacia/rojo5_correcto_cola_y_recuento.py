# esperado: aprobado
# Arreglo correcto: Cada proceso manda sus inscripciones por una multiprocessing.Queue y un centinela al acabar; el padre lee hasta ver un centinela por proceso y después hace join (vaciar antes de join evita el cuelgue con lotes grandes).
import multiprocessing

FIN = None


def agregar_valores(cola, lote):
    for valor in lote:
        cola.put(valor)
    cola.put(FIN)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=agregar_valores, args=(cola, lote)) for lote in lotes]
    for p in procesos:
        p.start()
    lista_compartida = []
    vivos = len(procesos)
    while vivos:
        valor = cola.get()
        if valor is FIN:
            vivos -= 1
        else:
            lista_compartida.append(valor)
    for p in procesos:
        p.join()
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()
