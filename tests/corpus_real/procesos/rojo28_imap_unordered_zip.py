# esperado: carrera
# requiere: procesos
# se empareja la salida de imap_unordered con la entrada por posición: los tamaños acaban en el fichero que no es
from multiprocessing import Pool

FICHEROS = {
    "grande.txt": 200000,
    "mediano.txt": 20000,
    "chico.txt": 200,
    "vacio.txt": 0,
}


def medir(nombre):
    n = FICHEROS[nombre]
    return sum(1 for _ in range(n))    # "lee" el fichero


if __name__ == "__main__":
    nombres = list(FICHEROS)
    with Pool(4) as pool:
        tamanos = list(pool.imap_unordered(medir, nombres))
    informe = dict(zip(nombres, tamanos))
    for nombre, tam in informe.items():
        print(f"{nombre}: {tam} bytes")
    assert informe == FICHEROS, "tamaños cambiados de fichero"
