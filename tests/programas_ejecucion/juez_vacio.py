"""Juez de prueba sin pruebas: no puede aprobar a nadie."""


def ayuda():
    return None
