"""Lo que el alumno declara en su progreso: se lee con desconfianza y solo puede restar.

La base `.verificador/progreso.sqlite3` de una entrega la escribió la máquina
del alumno: puede estar falsificada. Regla (docs/calificar.md):

- De ella solo se toman las pistas reveladas (por índice), las rendiciones y
  los intentos fallidos. Los costes salen SIEMPRE del catálogo del docente
  (un coste 0 falsificado no sirve) y los puntos del juez de hoy, nunca de la
  columna `puntos`.
- Sus aprobados solo sirven para lo que dice la regla de puntos del alumno
  (las pistas pedidas después de aprobar no cuestan); nunca aprueban un caso.
- Por tanto, cualquier base da como mucho los puntos que daría no entregar
  base: falsificarla no sube nota. Borrarla sí quita los descuentos; eso es
  un límite honesto de un progreso local (docs/calificar.md lo cuenta).
- Una base ilegible o rara se ignora entera (y se anota), sin tocar la entrega:
  se lee una copia en un temporal.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verificador.casos import Reto
from verificador.puntuacion import Evento

__all__ = ["Declaracion", "leer_declaracion"]

_CONSULTA = "SELECT momento, reto, tipo, veredicto, indice FROM eventos"
LIMITE_EVENTOS = 200_000  # filas leídas como mucho: una base más grande no es de un alumno


@dataclass
class Declaracion:
    """Eventos declarados por reto (nombre de carpeta), con los costes del catálogo.

    estado: "leido", "ausente" o "ilegible" (motivo en `nota`).
    """

    estado: str
    nota: str | None = None
    eventos: dict[str, list[Evento]] = field(default_factory=dict)


def _momento(valor: object) -> str | None:
    if not isinstance(valor, str):
        return None
    try:
        momento = _dt.datetime.fromisoformat(valor)
    except ValueError:
        return None
    if momento.tzinfo is None:
        momento = momento.replace(tzinfo=_dt.timezone.utc)
    return momento.astimezone(_dt.timezone.utc).isoformat(timespec="microseconds")


def leer_declaracion(raiz: Path, retos: Sequence[Reto], temporal: Path) -> Declaracion:
    """Lee el progreso de la entrega en `raiz` (copiado antes a `temporal`)."""
    base = raiz / ".verificador" / "progreso.sqlite3"
    if not base.is_file() or base.is_symlink():
        return Declaracion("ausente")
    temporal.mkdir(parents=True, exist_ok=True)
    copia = temporal / "progreso.sqlite3"
    try:
        shutil.copyfile(base, copia)
        wal = base.with_name(base.name + "-wal")
        if wal.is_file() and not wal.is_symlink():
            shutil.copyfile(wal, copia.with_name(copia.name + "-wal"))
        filas = _leer_filas(copia)
    except (OSError, sqlite3.Error, ValueError) as error:
        return Declaracion("ilegible", f"progreso ilegible, ignorado ({error})")
    por_nombre = {r.nombre: r for r in retos}
    eventos: dict[str, list[Evento]] = {}
    # Una pista repetida (mismo índice, solo posible en una base falsificada) cuesta una vez.
    pistas_vistas: set[tuple[str, int]] = set()
    for momento_bruto, nombre, tipo, veredicto, indice in sorted(filas, key=_orden):
        reto = por_nombre.get(nombre) if isinstance(nombre, str) else None
        momento = _momento(momento_bruto)
        if reto is None or momento is None:
            continue
        if tipo == "pista":
            if isinstance(indice, bool) or not isinstance(indice, int) \
                    or not 0 <= indice < len(reto.pistas):
                continue
            if (reto.nombre, indice) in pistas_vistas:
                continue
            pistas_vistas.add((reto.nombre, indice))
            evento = Evento("pista", momento, coste=reto.pistas[indice].coste)
        elif tipo == "rendicion":
            evento = Evento("rendicion", momento)
        elif tipo == "intento" and isinstance(veredicto, str):
            evento = Evento("intento", momento, veredicto=veredicto)
        else:
            continue
        eventos.setdefault(reto.nombre, []).append(evento)
    return Declaracion("leido", None, eventos)


def _orden(fila: tuple[object, ...]) -> str:
    return _momento(fila[0]) or ""


def _leer_filas(copia: Path) -> list[tuple[object, ...]]:
    conexion = sqlite3.connect(copia, timeout=1.0)
    try:
        conexion.execute("PRAGMA trusted_schema = OFF")
        tipo = conexion.execute(
            "SELECT type FROM sqlite_master WHERE name = 'eventos'"
        ).fetchone()
        if tipo is None or tipo[0] != "table":
            raise ValueError("no tiene la tabla de eventos")
        filas = conexion.execute(_CONSULTA + f" LIMIT {LIMITE_EVENTOS + 1}").fetchall()
        if len(filas) > LIMITE_EVENTOS:
            raise ValueError(f"más de {LIMITE_EVENTOS} eventos")
        return filas
    finally:
        conexion.close()
