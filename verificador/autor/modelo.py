"""Los datos de una revisión de `verificar autor comprobar`: reglas, faltas y veredictos.

Las reglas son un enum con su descripción en español en un solo sitio; el
valor es el nombre público (salida de texto y JSON).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from verificador.autor.plantillas import MARCA_PENDIENTE
from verificador.casos import FuenteCatalogo, Reto
from verificador.veredictos import Veredicto

__all__ = ["MINIMO_PISTAS", "Falta", "Prueba", "Regla", "ResultadoIntento", "Revision",
           "RevisionReto"]

MINIMO_PISTAS = 3  # el juego promete al menos tres pistas por caso


class Regla(str, enum.Enum):
    """Las reglas de un caso; el valor es su nombre público (salida y JSON)."""

    METADATOS = "metadatos"
    PISTAS = "pistas"
    CASO = "caso"
    PENDIENTES = "pendientes"
    ARCHIVOS = "archivos"
    JUEZ = "juez"
    SOLUCION = "solucion"
    SOBRANTES = "sobrantes"
    CATALOGO = "catalogo"
    ROTO_FALLA = "roto_falla"
    SOLUCION_APRUEBA = "solucion_aprueba"
    INTENTOS = "intentos"

    @property
    def descripcion(self) -> str:
        return _DESCRIPCIONES[self]


_DESCRIPCIONES = {
    Regla.METADATOS: "reto.toml completo y válido",
    Regla.PISTAS: f"al menos {MINIMO_PISTAS} pistas con coste, que no se coman todos los puntos",
    Regla.CASO: "caso.md presente y con una historia",
    Regla.PENDIENTES: f"ninguna marca {MARCA_PENDIENTE} pendiente",
    Regla.ARCHIVOS: "los archivos .py del alumno exponen main(...) y se pueden ejecutar",
    Regla.JUEZ: "test_juez.py con una prueba que usa la fixture de su motor",
    Regla.SOLUCION: "la solución tiene los mismos archivos, reparados, y EXPLICACION.md",
    Regla.SOBRANTES: "sin archivos sobrantes en el caso ni en su solución",
    Regla.CATALOGO: "números únicos y cada carpeta de soluciones con su caso",
    Regla.ROTO_FALLA: "la versión rota falla en cada veredicto",
    Regla.SOLUCION_APRUEBA: "la solución aprueba en cada veredicto",
    Regla.INTENTOS: "cada intento de intentos/NN_slug/ recibe el veredicto que espera",
}


@dataclass(frozen=True)
class Falta:
    """Una regla incumplida: `mensaje` dice qué pasa y qué hacer, en español."""

    regla: Regla
    mensaje: str


@dataclass(frozen=True)
class Prueba:
    """Un veredicto pedido durante la revisión."""

    version: str  # "rota" | "solucion" | "intento:<nombre>"
    semilla: int
    veredicto: Veredicto
    resumen: str


@dataclass
class RevisionReto:
    nombre: str
    directorio: Path
    reto: Reto | None = None
    faltas: list[Falta] = field(default_factory=list)
    pruebas: list[Prueba] = field(default_factory=list)
    esperados: dict[str, frozenset[Veredicto]] = field(default_factory=dict)  # por intento

    @property
    def correcto(self) -> bool:
        return not self.faltas

    def intentos(self) -> list[ResultadoIntento]:
        """Por intento, en orden de nombre: qué esperaba y qué veredictos recibió."""
        obtenidos: dict[str, list[Prueba]] = {n: [] for n in sorted(self.esperados)}
        for prueba in self.pruebas:
            nombre = prueba.version.removeprefix("intento:")
            if prueba.version.startswith("intento:") and nombre in obtenidos:
                obtenidos[nombre].append(prueba)
        return [ResultadoIntento(n, self.esperados[n], p) for n, p in obtenidos.items()]

    def a_dict(self) -> dict[str, object]:
        return {
            "nombre": self.nombre,
            "numero": self.reto.numero if self.reto else None,
            "titulo": self.reto.titulo if self.reto else None,
            "correcto": self.correcto,
            "faltas": [{"regla": f.regla.value, "mensaje": f.mensaje} for f in self.faltas],
            "veredictos": [
                {"version": p.version, "semilla": p.semilla, "veredicto": p.veredicto.value}
                for p in self.pruebas
            ],
            "intentos": [i.a_dict() for i in self.intentos()],
        }


@dataclass(frozen=True)
class ResultadoIntento:
    """Un intento de intentos/NN_slug/: el veredicto que espera y los que recibió."""

    nombre: str
    esperados: frozenset[Veredicto]
    pruebas: list[Prueba]

    @property
    def esperado(self) -> str:
        """«carrera», o «carrera o interbloqueo» si vale cualquiera de los dos."""
        return " o ".join(sorted(v.value for v in self.esperados))

    @property
    def acierta(self) -> bool:
        return all(p.veredicto in self.esperados for p in self.pruebas)

    def linea(self) -> str:
        """«nombre: espera X; recibió X (semilla 1), Y (semilla 2)», en español."""
        recibidos = ", ".join(f"{p.veredicto.value} (semilla {p.semilla})" for p in self.pruebas)
        return f"{self.nombre}: espera {self.esperado}; recibió {recibidos or 'nada'}"

    def a_dict(self) -> dict[str, object]:
        return {"nombre": self.nombre, "esperado": self.esperado, "acierta": self.acierta,
                "obtenidos": [{"semilla": p.semilla, "veredicto": p.veredicto.value}
                              for p in self.pruebas]}


@dataclass
class Revision:
    fuente: FuenteCatalogo
    veredictos: int
    semilla: int
    retos: list[RevisionReto] = field(default_factory=list)
    generales: list[Falta] = field(default_factory=list)

    @property
    def correcta(self) -> bool:
        return not self.generales and all(r.correcto for r in self.retos)

    def a_dict(self) -> dict[str, object]:
        return {
            "retos": str(self.fuente.retos),
            "soluciones": str(self.fuente.soluciones),
            "veredictos": self.veredictos,
            "semilla": self.semilla,
            "correcta": self.correcta,
            "generales": [{"regla": f.regla.value, "mensaje": f.mensaje} for f in self.generales],
            "casos": [r.a_dict() for r in self.retos],
        }
