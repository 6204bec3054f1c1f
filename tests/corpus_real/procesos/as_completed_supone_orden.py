# esperado: carrera
# requiere: procesos
# ProcessPoolExecutor + as_completed: los futuros salen según acaban, no en el
# orden en que se enviaron; el programa empareja el i-ésimo resultado con la
# i-ésima entrada.
import concurrent.futures


def longitud(palabra):
    return len(palabra)


if __name__ == "__main__":
    palabras = ["sol", "luna", "estrella", "mar", "nube"]
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        futuros = [ex.submit(longitud, p) for p in palabras]
        longitudes = {}
        for palabra, futuro in zip(palabras, concurrent.futures.as_completed(futuros)):
            longitudes[palabra] = futuro.result()
    print(longitudes)
    assert all(longitudes[p] == len(p) for p in palabras), longitudes
