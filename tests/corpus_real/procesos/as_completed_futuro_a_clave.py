# esperado: aprobado
# requiere: procesos
# ProcessPoolExecutor + as_completed con un diccionario futuro -> entrada: cada
# resultado se empareja con su propia entrada, lleguen en el orden que lleguen.
import concurrent.futures


def longitud(palabra):
    return len(palabra)


if __name__ == "__main__":
    palabras = ["sol", "luna", "estrella", "mar", "nube"]
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        futuros = {ex.submit(longitud, p): p for p in palabras}
        longitudes = {}
        for futuro in concurrent.futures.as_completed(futuros):
            longitudes[futuros[futuro]] = futuro.result()
    print(longitudes)
    assert all(longitudes[p] == len(p) for p in palabras), longitudes
