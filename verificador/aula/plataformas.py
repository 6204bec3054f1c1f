"""Calificar en plataformas vivas: GitHub Actions (resumen y anotaciones) y PrairieLearn.

- **GitHub Actions**, para cursos con un repositorio por alumno (con o sin
  Classroom): `resumen_github` es el Markdown del resumen del trabajo (lo que
  se añade a `$GITHUB_STEP_SUMMARY`) y `anotaciones_github` las líneas
  `::error file=…,line=…,title=…::mensaje` que GitHub pinta sobre el archivo
  del alumno. Formato: «Workflow commands for GitHub Actions» (`::error`,
  `::warning`, `::notice`; `%`, `\\r`, `\\n` se escapan en el mensaje y además
  `:` y `,` en las propiedades).
- **PrairieLearn**, calificador externo: `prairielearn_alumno` es el
  `results.json` que el contenedor deja en `/grade/results/results.json`:
  `gradable`, `score` (de 0 a 1), `message`, `output` y `tests` con `name`,
  `description`, `points`, `max_points`, `message` y `output`.

Funciones puras `Calificacion -> texto/datos`, como las de `formatos`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from verificador.aula.modelo import (
    Calificacion,
    EstadoCaso,
    ResultadoAlumno,
    ResultadoCaso,
    Situacion,
)
from verificador.redaccion import redactar
from verificador.veredictos import Veredicto

__all__ = [
    "a_prairielearn",
    "anotaciones_github",
    "prairielearn_alumno",
    "resumen_github",
]

MAX_MENSAJE = 1500  # caracteres de una anotación o de un `output` de PrairieLearn por caso

# Nivel de la anotación de GitHub por estado del caso (los aprobados no se anotan).
_NIVEL = {
    EstadoCaso.CON_FALLO: "error",
    EstadoCaso.TRAMPA: "error",
    EstadoCaso.SIN_CONCURRENCIA: "warning",
    EstadoCaso.NO_CONCLUYENTE: "warning",
    EstadoCaso.SIN_INTENTAR: "notice",
    EstadoCaso.SIN_ENTREGA: "notice",
}
_ICONO = {
    EstadoCaso.APROBADO: "✅",
    EstadoCaso.CON_FALLO: "❌",
    EstadoCaso.TRAMPA: "⛔",
    EstadoCaso.SIN_CONCURRENCIA: "⚠️",
    EstadoCaso.NO_CONCLUYENTE: "❔",
    EstadoCaso.SIN_INTENTAR: "⚪",
    EstadoCaso.SIN_ENTREGA: "➖",
}


def _recortar(texto: str) -> str:
    return texto if len(texto) <= MAX_MENSAJE else texto[: MAX_MENSAJE - 15] + " [… recortado]"


def _titulos(calificacion: Calificacion) -> dict[int, str]:
    return {r.numero: r.titulo for r in calificacion.retos}


def _detalle(caso: ResultadoCaso) -> str:
    """Qué pasó y cómo repetirlo, en texto llano y en español."""
    partes = [redactar(caso.resumen)]
    evidencia = caso.evidencia
    if evidencia is not None and not caso.aprobado:
        if evidencia.esperado is not None:
            partes.append(f"Esperado: {redactar(str(evidencia.esperado))}")
        if evidencia.obtenido is not None:
            partes.append(f"Obtenido: {redactar(str(evidencia.obtenido))}")
    if caso.descuento:
        partes.append(f"Descuento por pistas: {caso.descuento} puntos.")
    if caso.repetir and not caso.aprobado:
        partes.append(f"Para repetirlo: {caso.repetir}")
    return _recortar("\n".join(p for p in partes if p))


# -- GitHub Actions ------------------------------------------------------------------------


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # la salida de un alumno puede traerlos


def _escapar_dato(texto: str) -> str:
    texto = _CONTROL.sub("?", texto)
    return texto.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escapar_propiedad(texto: str) -> str:
    return _escapar_dato(texto).replace(":", "%3A").replace(",", "%2C")


def _celda_md(texto: str) -> str:
    return texto.replace("|", "\\|").replace("\n", " ")


def resumen_github(calificacion: Calificacion) -> str:
    """El Markdown del resumen del trabajo: una tabla por alumno (uno, en un repositorio)."""
    titulos = _titulos(calificacion)
    lineas = ["## verificador: calificación", ""]
    for alumno in calificacion.alumnos:
        if len(calificacion.alumnos) > 1:
            lineas += [f"### {alumno.puesto}. {_celda_md(alumno.alumno)}", ""]
        lineas.append(f"**{alumno.puntos} de {calificacion.puntos_maximos} puntos** · "
                      f"{alumno.aprobados} de {len(calificacion.retos)} retos aprobados · "
                      f"semilla {calificacion.semilla}")
        if alumno.situacion is not Situacion.VALIDA:
            lineas += ["", f"> {alumno.situacion.descripcion} {alumno.motivo or ''}".rstrip()]
        lineas += ["", "| | Reto | Estado | Puntos | Qué pasó |", "|---|---|---|---:|---|"]
        for caso in alumno.casos:
            estado = caso.estado
            lineas.append(
                f"| {_ICONO[estado]} | {caso.numero}. {_celda_md(titulos.get(caso.numero, ''))} "
                f"| {estado.descripcion} | {caso.puntos}/{caso.puntos_reto} "
                f"| {_celda_md(redactar(caso.resumen))}"
                + (f" `{caso.repetir}`" if caso.repetir and not caso.aprobado else "") + " |")
        lineas.append("")
    return "\n".join(lineas) + "\n"


def _archivo_y_linea(caso: ResultadoCaso, alumno: ResultadoAlumno, varios: bool,
                     archivos: dict[int, str]) -> tuple[str, int | None]:
    """La ruta (desde la raíz del repositorio) y la línea de la evidencia, si la hay."""
    prefijo = f"{alumno.origen}/" if varios else ""
    base = f"{prefijo}retos/{caso.nombre}/"
    ubicacion = caso.evidencia.ubicacion if caso.evidencia is not None else None
    if ubicacion:
        nombre, _, linea = ubicacion.rpartition(":")
        if nombre and linea.isdigit():
            return base + nombre, int(linea)
    return base + archivos.get(caso.numero, ""), None


def anotaciones_github(calificacion: Calificacion, archivos: dict[int, str] | None = None
                       ) -> str:
    """Una línea `::error|warning|notice ...::mensaje` por caso no aprobado.

    archivos: reto -> su primer archivo del alumno, para anotar cuando la
    evidencia no trae `archivo:línea`.
    """
    archivos = archivos or {}
    titulos = _titulos(calificacion)
    varios = len(calificacion.alumnos) > 1
    lineas = []
    for alumno in calificacion.alumnos:
        for caso in alumno.casos:
            if caso.aprobado:
                continue
            nivel = _NIVEL[caso.estado]
            if caso.veredicto == Veredicto.ERROR_INTERNO.value:
                nivel = "warning"
            ruta, linea = _archivo_y_linea(caso, alumno, varios, archivos)
            propiedades = [f"file={_escapar_propiedad(ruta)}"]
            if linea is not None:
                propiedades.append(f"line={linea}")
            titulo = f"Reto {caso.numero}: {titulos.get(caso.numero, '')} · {caso.estado.descripcion}"
            propiedades.append(f"title={_escapar_propiedad(titulo)}")
            lineas.append(f"::{nivel} {','.join(propiedades)}::{_escapar_dato(_detalle(caso))}")
    return "\n".join(lineas) + ("\n" if lineas else "")


# -- PrairieLearn --------------------------------------------------------------------------


def prairielearn_alumno(calificacion: Calificacion, alumno: ResultadoAlumno) -> dict[str, Any]:
    """El `results.json` de un calificador externo de PrairieLearn para un alumno.

    `gradable` es False si la entrega no se pudo abrir o si el verificador falló
    (PrairieLearn no cuenta entonces el intento); `score` va de 0 a 1.
    """
    titulos = _titulos(calificacion)
    interno = any(c.veredicto == Veredicto.ERROR_INTERNO.value for c in alumno.casos)
    gradable = alumno.situacion is Situacion.VALIDA and not interno
    maximo = sum(c.puntos_reto for c in alumno.casos) or calificacion.puntos_maximos
    if not gradable:
        mensaje = (f"{alumno.situacion.descripcion} {alumno.motivo or ''}".strip()
                   if alumno.situacion is not Situacion.VALIDA
                   else "Fallo del verificador: no se puede calificar este intento "
                   "(no cuenta). Por favor, avisa al docente.")
    else:
        mensaje = (f"{alumno.puntos} de {maximo} puntos: {alumno.aprobados} de "
                   f"{len(alumno.casos)} retos aprobados.")
    return {
        "gradable": gradable,
        "score": round(alumno.puntos / maximo, 4) if maximo and gradable else 0.0,
        "message": mensaje,
        "output": f"semilla {calificacion.semilla}",
        "tests": [
            {
                "name": f"Reto {c.numero}: {titulos.get(c.numero, c.nombre)}",
                "description": c.estado.descripcion,
                "points": c.puntos,
                "max_points": c.puntos_reto,
                "message": _recortar(redactar(c.resumen)),
                "output": _detalle(c),
            }
            for c in alumno.casos
        ],
    }


def a_prairielearn(calificacion: Calificacion, alumno: ResultadoAlumno) -> str:
    return json.dumps(prairielearn_alumno(calificacion, alumno), ensure_ascii=False,
                      indent=2) + "\n"
