"""La copia de seguridad de la base de progreso y el nombre de cada fallo de SQLite.

Tras cada escritura que termina bien, `hacer_copia` vuelca la base con la API
de copia de SQLite (`Connection.backup`, coherente aunque haya otro lector) a
un temporal, la comprueba (`PRAGMA quick_check`) y la pone en su sitio con un
renombrado atómico: `progreso.sqlite3.copia` es siempre una base válida de
algún momento. Si la base desaparece o se daña, `restaurar_copia` la repone
desde ahí y el llamante avisa con una línea.

`causa` distingue lo que SQLite mezcla en `DatabaseError`: disco lleno, solo
lectura y E/S no son "dañado" (apartar una base sana porque el disco está
lleno perdía el progreso).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
import os
import sqlite3
import sys
from pathlib import Path

__all__ = ["Causa", "avisar", "causa", "hacer_copia", "restaurar_copia", "ruta_copia"]

SUFIJO_COPIA = ".copia"


class Causa(enum.Enum):
    """Por qué falló una operación de SQLite, con su explicación para el alumno."""

    LLENO = "lleno"
    SOLO_LECTURA = "solo_lectura"
    DANADO = "dañado"
    ENTRADA_SALIDA = "entrada_salida"
    BLOQUEADO = "bloqueado"
    OTRA = "otra"

    @property
    def descripcion(self) -> str:
        return _DESCRIPCIONES[self]


_DESCRIPCIONES = {
    Causa.LLENO: "el disco está lleno; libera espacio y vuelve a intentarlo",
    Causa.SOLO_LECTURA: "el archivo o su carpeta son de solo lectura; revisa sus permisos",
    Causa.DANADO: "el archivo está dañado o no es una base SQLite",
    Causa.ENTRADA_SALIDA: "el sistema no deja leer o escribir el archivo (error de disco)",
    Causa.BLOQUEADO: "otro programa lo tiene bloqueado",
    Causa.OTRA: "SQLite no pudo completar la operación",
}

# Códigos primarios de SQLite (https://sqlite.org/rescode.html).
_CODIGOS = {13: Causa.LLENO, 8: Causa.SOLO_LECTURA, 11: Causa.DANADO, 26: Causa.DANADO,
            10: Causa.ENTRADA_SALIDA, 14: Causa.ENTRADA_SALIDA, 5: Causa.BLOQUEADO,
            6: Causa.BLOQUEADO}
_TEXTOS = (("full", Causa.LLENO), ("readonly", Causa.SOLO_LECTURA),
           ("read-only", Causa.SOLO_LECTURA), ("malformed", Causa.DANADO),
           ("not a database", Causa.DANADO), ("disk i/o", Causa.ENTRADA_SALIDA),
           ("unable to open", Causa.ENTRADA_SALIDA), ("locked", Causa.BLOQUEADO))


def causa(error: BaseException) -> Causa:
    """La causa de un error de SQLite o del sistema (código si lo hay, si no el texto)."""
    if isinstance(error, OSError):
        import errno

        if error.errno == errno.ENOSPC:
            return Causa.LLENO
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return Causa.SOLO_LECTURA
        return Causa.ENTRADA_SALIDA
    codigo = getattr(error, "sqlite_errorcode", None)
    if isinstance(codigo, int) and (codigo & 0xFF) in _CODIGOS:
        return _CODIGOS[codigo & 0xFF]
    texto = str(error).lower()
    for clave, encontrada in _TEXTOS:
        if clave in texto:
            return encontrada
    return Causa.OTRA


def avisar(texto: str) -> None:
    """Un aviso de una línea por la salida de errores (no interrumpe la orden)."""
    sys.stderr.write(f"Aviso: {texto}\n")
    sys.stderr.flush()


def ruta_copia(ruta: Path) -> Path:
    return ruta.with_name(ruta.name + SUFIJO_COPIA)


def _valida(ruta: Path) -> bool:
    try:
        conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        fila = conexion.execute("PRAGMA quick_check").fetchone()
        return fila is not None and fila[0] == "ok"
    except sqlite3.Error:
        return False
    finally:
        conexion.close()


def hacer_copia(conexion: sqlite3.Connection, ruta: Path) -> Causa | None:
    """Copia verificada de la base abierta en `conexion` junto a `ruta`; None si fue bien."""
    destino = ruta_copia(ruta)
    temporal = destino.with_name(f".{destino.name}.{os.getpid()}.tmp")
    try:
        copia = sqlite3.connect(temporal)
        try:
            conexion.backup(copia)
            copia.execute("PRAGMA journal_mode = DELETE")
        finally:
            copia.close()
        if not _valida(temporal):
            return Causa.DANADO
        with open(temporal, "rb") as archivo:
            os.fsync(archivo.fileno())
        os.replace(temporal, destino)
    except (sqlite3.Error, OSError) as error:
        return causa(error)
    finally:
        with contextlib.suppress(OSError):
            temporal.unlink()
    return None


def restaurar_copia(ruta: Path) -> str | None:
    """Pone la copia válida en `ruta` (que ya no está o se apartó); su fecha, o None si no hay."""
    copia = ruta_copia(ruta)
    if not copia.is_file() or not _valida(copia):
        return None
    momento = _dt.datetime.fromtimestamp(copia.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    temporal = ruta.with_name(f".{ruta.name}.{os.getpid()}.restaurando")
    try:
        conexion = sqlite3.connect(f"file:{copia}?mode=ro", uri=True)
        destino = sqlite3.connect(temporal)
        try:
            conexion.backup(destino)
        finally:
            destino.close()
            conexion.close()
        for sufijo in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                ruta.with_name(ruta.name + sufijo).unlink()
        os.replace(temporal, ruta)
    except (sqlite3.Error, OSError):
        with contextlib.suppress(OSError):
            temporal.unlink()
        return None
    return momento
