# esperado: carrera
# A medias: ProcessPoolExecutor creado en main (ya funciona con spawn), pero recoge con as_completed: los cuadrados salen en el orden en que terminan, y basta que un trabajador acabe su número antes que el de una tarea enviada antes (planificación normal) para que la lista no conserve el orden.
from concurrent.futures import ProcessPoolExecutor, as_completed


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with ProcessPoolExecutor(max_workers=2) as ejecutor:
        futuros = [ejecutor.submit(calcular_cuadrado, n) for n in numeros]
        resultados = [f.result() for f in as_completed(futuros)]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
