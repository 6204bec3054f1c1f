"""Error de sintaxis en la línea 5."""


def main(:
    return 1
