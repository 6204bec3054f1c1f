# esperado: aprobado
# requiere: procesos
# Correcto: cada proceso comprueba y crea solo su propia clave del Manager().dict(); nadie más la toca
from multiprocessing import Manager, Process


def contar(nombre, palabras, cuentas):
    for palabra in palabras:
        if nombre not in cuentas:
            cuentas[nombre] = 0
        cuentas[nombre] = cuentas[nombre] + len(palabra)


if __name__ == "__main__":
    textos = {"ana": ["hola", "mundo"], "luis": ["adios"], "eva": ["a", "bb", "ccc"]}
    with Manager() as gestor:
        cuentas = gestor.dict()
        procesos = [Process(target=contar, args=(n, p, cuentas)) for n, p in textos.items()]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        print(dict(cuentas))
        assert dict(cuentas) == {"ana": 9, "luis": 5, "eva": 6}
