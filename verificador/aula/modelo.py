"""Los datos de una calificación: qué se entregó, qué veredicto tuvo cada caso y los puntos.

Todo son clases de datos sin click ni rich; los exportadores (`formatos`,
`html`) y la terminal (`verificador.informe_aula`) leen solo esto.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from verificador.redaccion import redactar
from verificador.veredictos import Evidencia, Veredicto

__all__ = [
    "SIN_ENTREGA",
    "SIN_INTENTAR",
    "Calificacion",
    "EstadoCaso",
    "ResultadoAlumno",
    "ResultadoCaso",
    "RetoCalificado",
    "Situacion",
]

# Veredicto de un caso cuyos archivos no están en la entrega (o se rechazaron sin ejecutarlos).
SIN_ENTREGA = "sin_entrega"
# Veredicto de un caso entregado tal cual: sus archivos son los originales (rotos) del catálogo.
SIN_INTENTAR = "sin_intentar"


class EstadoCaso(str, enum.Enum):
    """Cómo queda un caso en la tabla: lo que distingue «sin intentar» de «con fallo»."""

    APROBADO = "aprobado"
    CON_FALLO = "con_fallo"
    SIN_CONCURRENCIA = "sin_concurrencia"  # error honesto: quitó o serializó la concurrencia
    TRAMPA = "trampa"  # manipuló al verificador
    NO_CONCLUYENTE = "no_concluyente"  # el verificador no pudo decidir (o falló él)
    SIN_INTENTAR = "sin_intentar"
    SIN_ENTREGA = "sin_entrega"

    @property
    def descripcion(self) -> str:
        return _DESCRIPCIONES_ESTADO[self]

    @property
    def intentado(self) -> bool:
        return self not in (EstadoCaso.SIN_INTENTAR, EstadoCaso.SIN_ENTREGA)


_DESCRIPCIONES_ESTADO = {
    EstadoCaso.APROBADO: "aprobado",
    EstadoCaso.CON_FALLO: "con fallo",
    EstadoCaso.SIN_CONCURRENCIA: "sin concurrencia (en serie)",
    EstadoCaso.TRAMPA: "trampa",
    EstadoCaso.NO_CONCLUYENTE: "no concluyente",
    EstadoCaso.SIN_INTENTAR: "sin intentar",
    EstadoCaso.SIN_ENTREGA: "sin entregar",
}


class Situacion(str, enum.Enum):
    """Qué es una entrada de la carpeta de entregas, antes de juzgar ningún caso."""

    VALIDA = "valida"
    NO_ES_ESPACIO = "no_es_espacio"
    ZIP_INVALIDO = "zip_invalido"
    ZIP_PELIGROSO = "zip_peligroso"

    @property
    def descripcion(self) -> str:
        return _DESCRIPCIONES[self]


_DESCRIPCIONES = {
    Situacion.VALIDA: "Entrega válida.",
    Situacion.NO_ES_ESPACIO: "No es un espacio de trabajo de verificador (falta "
    "verificador.toml): no se juzgó ningún caso.",
    Situacion.ZIP_INVALIDO: "El zip está dañado o no es un zip: no se juzgó ningún caso.",
    Situacion.ZIP_PELIGROSO: "El zip es peligroso (rutas que salen de la carpeta, enlaces "
    "simbólicos o una bomba de descompresión): no se abrió ni se juzgó nada.",
}


@dataclass(frozen=True)
class RetoCalificado:
    """Lo que se muestra de un reto del catálogo del docente."""

    numero: int
    nombre: str
    titulo: str
    puntos: int


@dataclass
class ResultadoCaso:
    """El veredicto de un caso de un alumno.

    veredicto: el valor público de `Veredicto` o `SIN_ENTREGA`.
    descuento: lo que restaron las pistas declaradas en el progreso del alumno.
    semilla: la que recibió el juez; `verificar reto N --semilla S` lo repite.
    """

    numero: int
    nombre: str
    puntos_reto: int
    veredicto: str
    puntos: int = 0
    descuento: int = 0
    semilla: int | None = None
    duracion_s: float = 0.0
    repeticiones: int = 0
    evidencia: Evidencia | None = None
    motivo: str | None = None
    parametros: list[dict[str, Any]] = field(default_factory=list)  # lo que probó cada repetición

    @property
    def aprobado(self) -> bool:
        return self.veredicto == Veredicto.APROBADO.value

    @property
    def estado(self) -> EstadoCaso:
        if self.veredicto == SIN_ENTREGA:
            return EstadoCaso.SIN_ENTREGA
        if self.veredicto == SIN_INTENTAR:
            return EstadoCaso.SIN_INTENTAR
        try:
            veredicto = Veredicto(self.veredicto)
        except ValueError:
            return EstadoCaso.CON_FALLO
        if veredicto is Veredicto.APROBADO:
            return EstadoCaso.APROBADO
        if veredicto is Veredicto.SIN_CONCURRENCIA:
            return EstadoCaso.SIN_CONCURRENCIA
        if veredicto is Veredicto.TRAMPA:
            return EstadoCaso.TRAMPA
        if not veredicto.es_concluyente:
            return EstadoCaso.NO_CONCLUYENTE
        return EstadoCaso.CON_FALLO

    @property
    def resumen(self) -> str:
        """Una línea en español: por qué este caso tiene estos puntos."""
        if self.motivo:
            return self.motivo
        if self.evidencia is not None and self.evidencia.resumen:
            texto = redactar(self.evidencia.resumen)  # sin inglés de pytest ni del compilador
            if self.evidencia.ubicacion:
                texto += f" ({self.evidencia.ubicacion})"
            return texto
        if self.veredicto == SIN_INTENTAR:
            return "Sin intentar: los archivos son los originales del caso."
        try:
            return Veredicto(self.veredicto).descripcion
        except ValueError:
            return "No se entregó."

    @property
    def repetir(self) -> str | None:
        if self.semilla is None:
            return None
        return f"verificar reto {self.numero} --semilla {self.semilla}"

    def a_dict(self) -> dict[str, Any]:
        return {
            "reto": self.numero,
            "nombre": self.nombre,
            "veredicto": self.veredicto,
            "estado": self.estado.value,
            "aprobado": self.aprobado,
            "puntos": self.puntos,
            "puntos_reto": self.puntos_reto,
            "descuento_pistas": self.descuento,
            "semilla": self.semilla,
            "repeticiones": self.repeticiones,
            "duracion_s": round(self.duracion_s, 4),
            "resumen": self.resumen,
            "repetir": self.repetir,
            "parametros": self.parametros,
            "evidencia": self.evidencia.a_dict() if self.evidencia else None,
        }


@dataclass
class ResultadoAlumno:
    """Todo lo de un alumno.

    pistas y fallidos salen de su progreso (lo que declara él mismo): se usan
    para descontar y desempatar, nunca para sumar. progreso: "leido",
    "ausente", "ignorado" o "ilegible" (con motivo en `nota_progreso`).
    """

    alumno: str
    origen: str
    situacion: Situacion
    motivo: str | None = None
    casos: list[ResultadoCaso] = field(default_factory=list)
    pistas: int = 0
    fallidos: int = 0
    progreso: str = "ausente"
    nota_progreso: str | None = None
    puesto: int = 0

    @property
    def puntos(self) -> int:
        return sum(c.puntos for c in self.casos)

    @property
    def aprobados(self) -> int:
        return sum(1 for c in self.casos if c.aprobado)

    @property
    def intentados(self) -> int:
        """Casos con trabajo: entregados y cambiados respecto al original."""
        return sum(1 for c in self.casos if c.estado.intentado)

    @property
    def sin_trabajo(self) -> bool:
        """Nada intentado (o una entrega que no se pudo abrir): va detrás de quien lo intentó."""
        return self.situacion is not Situacion.VALIDA or self.intentados == 0

    def cuenta(self, estado: EstadoCaso) -> int:
        return sum(1 for c in self.casos if c.estado is estado)

    def caso(self, numero: int) -> ResultadoCaso | None:
        for caso in self.casos:
            if caso.numero == numero:
                return caso
        return None

    def a_dict(self) -> dict[str, Any]:
        return {
            "alumno": self.alumno,
            "origen": self.origen,
            "puesto": self.puesto,
            "situacion": self.situacion.value,
            "motivo": self.motivo or (None if self.situacion is Situacion.VALIDA
                                      else self.situacion.descripcion),
            "puntos": self.puntos,
            "aprobados": self.aprobados,
            "con_fallo": self.cuenta(EstadoCaso.CON_FALLO),
            "sin_intentar": self.cuenta(EstadoCaso.SIN_INTENTAR),
            "sin_trabajo": self.sin_trabajo,
            "pistas": self.pistas,
            "intentos_fallidos": self.fallidos,
            "progreso": self.progreso,
            "nota_progreso": self.nota_progreso,
            "casos": [c.a_dict() for c in self.casos],
        }


@dataclass
class Calificacion:
    """El resultado de `verificar calificar`: alumnos ya ordenados por la clasificación."""

    retos: list[RetoCalificado]
    alumnos: list[ResultadoAlumno]
    semilla: int
    momento: str
    trabajos: int
    duracion_s: float
    catalogo: str
    ignorados: list[str] = field(default_factory=list)

    @property
    def puntos_maximos(self) -> int:
        return sum(r.puntos for r in self.retos)

    def a_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "momento": self.momento,
            "semilla": self.semilla,
            "trabajos": self.trabajos,
            "duracion_s": round(self.duracion_s, 3),
            "catalogo": self.catalogo,
            "puntos_maximos": self.puntos_maximos,
            "retos": [
                {"reto": r.numero, "nombre": r.nombre, "titulo": r.titulo, "puntos": r.puntos}
                for r in self.retos
            ],
            "alumnos": [a.a_dict() for a in self.alumnos],
            "ignorados": list(self.ignorados),
        }
