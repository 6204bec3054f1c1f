"""Huellas de un dato: para saber si más tarde recibió algo nuevo.

Las usan los dos motores que ven lecturas adelantadas (el de hilos,
`motor/cierre.py`, y el de asyncio, `asincrono/lecturas.py`): el programa leyó un
resultado y, después, ese dato recibió algo nuevo (otro número, un elemento
nuevo, otro objeto). Solo quitar elementos no es nuevo: una lista de trabajo
que se consume.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

MAX_ELEMENTOS_HUELLA = 10_000  # con más elementos se compara solo la identidad del contenedor
ESCALARES = (int, float, complex, str, bytes, bool, type(None))


def huella(valor: Any) -> tuple[str, Any]:
    """Lo que se compara para saber si un dato recibió algo nuevo más tarde."""
    if isinstance(valor, ESCALARES):
        return ("valor", valor)
    if isinstance(valor, (list, tuple)) or type(valor).__name__ == "deque":
        if len(valor) > MAX_ELEMENTOS_HUELLA:
            return ("id", id(valor))
        return ("elementos", (id(valor), Counter(id(x) for x in valor)))
    if isinstance(valor, dict):
        if len(valor) > MAX_ELEMENTOS_HUELLA:
            return ("id", id(valor))
        return ("elementos", (id(valor), Counter((id(k), id(v)) for k, v in list(valor.items()))))
    if isinstance(valor, (set, frozenset)):
        if len(valor) > MAX_ELEMENTOS_HUELLA:
            return ("id", id(valor))
        return ("elementos", (id(valor), Counter(id(x) for x in valor)))
    return ("id", id(valor))


def algo_nuevo(antes: tuple[str, Any], despues: tuple[str, Any]) -> bool:
    """¿Recibió el dato algo nuevo? (Solo quitar elementos no lo es.)"""
    if antes[0] != despues[0]:
        return True
    if antes[0] == "elementos":
        (id_a, elems_a), (id_b, elems_b) = antes[1], despues[1]
        return id_a != id_b or bool(elems_b - elems_a)
    if antes[0] == "valor":
        a, b = antes[1], despues[1]
        if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
            return False
        return type(a) is not type(b) or a != b
    return bool(antes[1] != despues[1])
