# esperado: aprobado
# requiere: procesos
# Correcto: la misma comprobación y el append, dentro de un Lock del Manager compartido por los trabajadores
from multiprocessing import Manager, Pool


def rastrear(url, vistas, candado):
    with candado:
        if url in vistas:
            return 0
        vistas.append(url)
    return 1


if __name__ == "__main__":
    urls = ["/", "/acerca", "/", "/blog", "/acerca", "/"]
    with Manager() as gestor:
        vistas = gestor.list()
        candado = gestor.Lock()
        with Pool(2) as pool:
            rastreadas = pool.starmap(rastrear, [(u, vistas, candado) for u in urls])
        print("vistas:", sorted(vistas))
        assert sum(rastreadas) == len(set(urls)), "alguna página se rastreó dos veces"
