"""Variantes de los archivos de un reto para las pruebas (atajos, arreglos a medias...)."""

from __future__ import annotations

from pathlib import Path


def escribir_variante(origen: Path, destino: Path, archivo: str, cambios: list[tuple[str, str]] | str) -> Path:
    """Escribe en `destino/archivo` una variante de `origen/archivo` y devuelve `destino`.

    `cambios` es el archivo entero o una lista de sustituciones, y cada una
    tiene que aplicarse: si el reto cambia, la variante no se vuelve inocua en
    silencio.
    """
    if isinstance(cambios, str):
        texto = cambios
    else:
        texto = (origen / archivo).read_text(encoding="utf-8")
        for viejo, nuevo in cambios:
            assert viejo in texto, f"la variante ya no se aplica: falta {viejo!r} en {archivo}"
            texto = texto.replace(viejo, nuevo)
    destino.mkdir(parents=True, exist_ok=True)
    (destino / archivo).write_text(texto, encoding="utf-8")
    return destino
