# esperado: excepcion
# requiere: procesos
# se lee la Manager().list() justo después de start(), antes de esperar a los hijos
from multiprocessing import Manager, Process


def descargar(pagina, resultados):
    contenido = f"<html>pagina {pagina}</html>" * 50
    resultados.append((pagina, len(contenido)))


if __name__ == "__main__":
    with Manager() as gestor:
        resultados = gestor.list()
        procesos = [Process(target=descargar, args=(i, resultados)) for i in range(5)]
        for p in procesos:
            p.start()
        descargadas = sorted(resultados)
        print("Descargadas:", len(descargadas), "páginas")
        assert len(descargadas) == 5, "faltan páginas"
        for p in procesos:
            p.join()
