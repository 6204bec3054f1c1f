"""Derivación de semillas estable entre procesos, máquinas y versiones de Python.

`hash()` cambia con PYTHONHASHSEED y entre versiones; una semilla que el
alumno copia de un informe (`verificar reto 2 --semilla 8123`) tiene que dar
exactamente las mismas repeticiones mañana y en otra máquina. Por eso se
deriva con SHA-256 sobre una codificación canónica de las partes.
"""

from __future__ import annotations

import hashlib

# Las semillas derivadas caben en 63 bits: enteros positivos que SQLite y JSON
# guardan sin pérdida.
_MASCARA_63_BITS = (1 << 63) - 1


def _codificar(parte: int | str) -> bytes:
    # El prefijo de tipo evita que el entero 1 y el texto "1" den la misma semilla.
    if isinstance(parte, bool) or not isinstance(parte, (int, str)):
        raise TypeError(f"derivar_semilla solo acepta int o str, no {type(parte).__name__}")
    if isinstance(parte, int):
        return b"i" + str(parte).encode("ascii")
    return b"s" + parte.encode("utf-8")


def derivar_semilla(base: int, *partes: int | str) -> int:
    """Semilla determinista para `base` y `partes` (p. ej. el número de repetición).

    Invariantes: la misma entrada da siempre la misma salida, en cualquier
    proceso; el resultado está en [0, 2**63).
    """
    resumen = hashlib.sha256()
    for parte in (base, *partes):
        trozo = _codificar(parte)
        # Longitud delante de cada trozo: ("ab", "c") y ("a", "bc") no colisionan.
        resumen.update(len(trozo).to_bytes(4, "big"))
        resumen.update(trozo)
    return int.from_bytes(resumen.digest()[:8], "big") & _MASCARA_63_BITS
