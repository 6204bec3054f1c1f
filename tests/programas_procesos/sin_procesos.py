"""Hace el trabajo en el proceso principal: no hay concurrencia que juzgar."""


def cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3)):
    return [cuadrado(n) for n in numeros]


if __name__ == "__main__":
    main()
