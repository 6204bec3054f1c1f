# esperado: excepcion
# requiere: procesos
# apply_async sin get() ni error_callback: el ZeroDivisionError del trabajador se pierde y se anuncia éxito
from multiprocessing import Pool


def media(nombre, valores):
    return nombre, sum(valores) / len(valores)


if __name__ == "__main__":
    grupos = {"a": [1, 2, 3], "b": [4, 5], "c": [], "d": [10]}
    medias = {}
    pool = Pool(2)
    for nombre, valores in grupos.items():
        pool.apply_async(media, (nombre, valores),
                         callback=lambda par: medias.__setitem__(*par))
    pool.close()
    pool.join()
    print(f"Procesados {len(grupos)} grupos")
    for nombre in sorted(medias):
        print(nombre, medias[nombre])
