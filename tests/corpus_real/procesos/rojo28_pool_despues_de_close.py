# esperado: excepcion
# requiere: procesos
# procesar_lote cierra el Pool en su finally; el segundo lote lo usa ya cerrado (ValueError: Pool not running)
from multiprocessing import Pool


def limpiar(linea):
    return linea.strip().lower()


def procesar_lote(pool, lote):
    try:
        return pool.map(limpiar, lote)
    finally:
        pool.close()
        pool.join()


if __name__ == "__main__":
    pool = Pool(2)
    lote1 = procesar_lote(pool, ["  Hola ", "MUNDO  "])
    lote2 = procesar_lote(pool, [" Adiós", " AMIGOS "])
    print(lote1 + lote2)
