"""El esquema de la base de progreso y su fila, `Registro` (de `verificador.progreso`).

`VERSION_ESQUEMA` va en `PRAGMA user_version`. Cada cambio de esquema sube la
versión y añade su migración a `_MIGRACIONES` (de la N-1 a la N); `Progreso`
las aplica en orden al abrir una base vieja.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from verificador.puntuacion import Evento

VERSION_ESQUEMA = 2  # 1 -> 2: columna `parametros` (JSON) en eventos
_TIPOS = ("intento", "pista", "rendicion")

_ESQUEMA = """
CREATE TABLE eventos (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uid          TEXT NOT NULL UNIQUE,
    momento      TEXT NOT NULL,
    reto         TEXT NOT NULL,
    numero       INTEGER NOT NULL,
    tipo         TEXT NOT NULL CHECK (tipo IN ('intento', 'pista', 'rendicion')),
    veredicto    TEXT,
    semilla      INTEGER,
    repeticiones INTEGER,
    duracion_s   REAL,
    puntos       INTEGER,
    indice       INTEGER,
    coste        INTEGER,
    parametros   TEXT
);
CREATE UNIQUE INDEX eventos_pista_unica ON eventos (reto, indice) WHERE tipo = 'pista';
CREATE UNIQUE INDEX eventos_rendicion_unica ON eventos (reto) WHERE tipo = 'rendicion';
CREATE INDEX eventos_por_reto ON eventos (reto, momento);
"""

_COLUMNAS = (
    "uid", "momento", "reto", "numero", "tipo", "veredicto", "semilla",
    "repeticiones", "duracion_s", "puntos", "indice", "coste", "parametros",
)
# Migraciones: de la versión N-1 a la N, en orden (cada una en la misma transacción
# que sube `user_version`).
_MIGRACIONES = {
    2: ("ALTER TABLE eventos ADD COLUMN parametros TEXT",),
}


@dataclass(frozen=True)
class Registro:
    """Una fila de `eventos`, tal cual se exporta."""

    uid: str
    momento: str
    reto: str
    numero: int
    tipo: str
    veredicto: str | None = None
    semilla: int | None = None
    repeticiones: int | None = None
    duracion_s: float | None = None
    puntos: int | None = None
    indice: int | None = None
    coste: int | None = None
    parametros: str | None = None  # JSON: lista de {"repeticion", "semilla", ...} del juez

    def evento(self) -> Evento:
        return Evento(
            tipo=self.tipo, momento=self.momento, veredicto=self.veredicto, coste=self.coste or 0
        )

    def a_dict(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in _COLUMNAS}

    def parametros_probados(self) -> list[dict[str, Any]]:
        """Los parámetros de cada repetición (vacío si el intento es de antes de guardarlos)."""
        if not self.parametros:
            return []
        try:
            datos = json.loads(self.parametros)
        except ValueError:
            return []
        return [p for p in datos if isinstance(p, dict)] if isinstance(datos, list) else []
