# esperado: excepcion
# Medio arreglo: el Pool ya se crea dentro de main (funciona con spawn), pero «para que no se vuelva a colgar nunca» cada resultado se pide con next(timeout=5) sobre un imap. Si un trabajador tarda más de 5 s en entregar un cuadrado (arrancar un intérprete con spawn en una máquina cargada, un antivirus en Windows), next lanza multiprocessing.TimeoutError y main falla.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        pendientes = pool.imap(calcular_cuadrado, numeros)
        resultados = [pendientes.next(timeout=5) for _ in numeros]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
