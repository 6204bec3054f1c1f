# esperado: aprobado
# requiere: procesos
# ProcessPoolExecutor con add_done_callback que apunta cada tamaño en una lista; el informe se imprime después del with, cuando el ejecutor ya esperó a todos sus procesos.
import zlib
from concurrent.futures import ProcessPoolExecutor


def tamano_comprimido(texto):
    return len(zlib.compress(texto.encode() * 200))


if __name__ == "__main__":
    textos = [f"documento {i} " * (i + 1) for i in range(8)]
    tamanos = []
    with ProcessPoolExecutor(max_workers=2) as ex:
        for t in textos:
            fut = ex.submit(tamano_comprimido, t)
            fut.add_done_callback(lambda f: tamanos.append(f.result()))
    print(f"comprimidos {len(tamanos)} de {len(textos)}: {sum(tamanos)} bytes")
    assert len(tamanos) == len(textos)
