# esperado: aprobado
# executor.map con dos ceros: el primero corta el bucle y se trata; el segundo no importa.
from concurrent.futures import ThreadPoolExecutor


def inversa(x):
    return 1 / x


with ThreadPoolExecutor(2) as ex:
    try:
        print(list(ex.map(inversa, [1, 0, 2, 0])))
    except ZeroDivisionError:
        print("un cero en los datos")
