# esperado: aprobado
# requiere: procesos
# Cada proceso escribe una clave distinta del dict del Manager (asignación = una única llamada al servidor); main lee tras join.
from multiprocessing import Process, Manager

def contar_palabras(resultados, nombre, texto):
    resultados[nombre] = len(texto.split())

if __name__ == "__main__":
    textos = {"a": "uno dos tres", "b": "cuatro cinco", "c": "seis"}
    with Manager() as manager:
        resultados = manager.dict()
        procs = [Process(target=contar_palabras, args=(resultados, k, v)) for k, v in textos.items()]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        final = dict(resultados)
    assert final == {"a": 3, "b": 2, "c": 1}, final
    print("Palabras:", sorted(final.items()), "total:", sum(final.values()))
