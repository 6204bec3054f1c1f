"""Exportar una calificación: CSV, JSON, JUnit XML, Gradescope, GitHub y PrairieLearn.

Cada formato es una función pura `Calificacion -> texto` (fácil de probar) y
`escribir_salidas` los deja en la carpeta `--salida`. Los campos de cada uno
están documentados con un ejemplo en docs/calificar.md; las pruebas los leen
con el analizador de cada formato.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from verificador.aula.modelo import (
    SIN_ENTREGA,
    SIN_INTENTAR,
    Calificacion,
    EstadoCaso,
    ResultadoAlumno,
    ResultadoCaso,
    Situacion,
)
from verificador.veredictos import Veredicto

__all__ = [
    "FORMATOS",
    "a_classroom",
    "a_csv",
    "a_gradescope",
    "a_json",
    "a_junit",
    "escribir_salidas",
    "nombre_seguro",
]

FORMATOS = ("csv", "json", "junit", "gradescope", "classroom", "html", "github", "prairielearn")
MAX_SALIDA_CASO = 4000  # caracteres de evidencia por caso en JUnit/Gradescope/Classroom

# XML 1.0 no admite estos caracteres de control (la salida de un alumno puede traerlos).
_NO_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PELIGRO_HOJA = ("=", "+", "-", "@", "\t", "\r")


def nombre_seguro(alumno: str) -> str:
    """Un nombre de archivo para el alumno (sin barras ni rutas especiales)."""
    limpio = re.sub(r"[^\w.\-]+", "_", alumno).strip("._") or "alumno"
    return limpio[:120]


def _celda(valor: object) -> object:
    """Evita que una hoja de cálculo ejecute un identificador como fórmula (=, +, -, @)."""
    if isinstance(valor, str) and valor.startswith(_PELIGRO_HOJA):
        return "'" + valor
    return valor


def a_csv(calificacion: Calificacion) -> str:
    """Una fila por alumno; una columna de puntos por caso (`NN_slug`) y el total.

    Detrás del total, el estado de cada caso (`NN_slug_estado`: aprobado, con_fallo,
    sin_concurrencia, trampa, no_concluyente, sin_intentar, sin_entrega), para
    distinguir «sin intentar» de «con fallo», que valen los mismos 0 puntos.
    """
    salida = io.StringIO()
    escritor = csv.writer(salida, lineterminator="\n")
    cabecera = ["puesto", "alumno", "puntos", "aprobados", "con_fallo", "sin_intentar",
                "pistas", "intentos_fallidos", "situacion"]
    escritor.writerow(cabecera + [r.nombre for r in calificacion.retos] + ["total"]
                      + [f"{r.nombre}_estado" for r in calificacion.retos])
    for alumno in calificacion.alumnos:
        puntos_caso, estados = [], []
        for reto in calificacion.retos:
            caso = alumno.caso(reto.numero)
            puntos_caso.append(caso.puntos if caso else 0)
            estados.append(caso.estado.value if caso else EstadoCaso.SIN_ENTREGA.value)
        escritor.writerow([
            alumno.puesto, _celda(alumno.alumno), alumno.puntos, alumno.aprobados,
            alumno.cuenta(EstadoCaso.CON_FALLO), alumno.cuenta(EstadoCaso.SIN_INTENTAR),
            alumno.pistas, alumno.fallidos, alumno.situacion.value, *puntos_caso, alumno.puntos,
            *estados,
        ])
    return salida.getvalue()


def a_json(calificacion: Calificacion) -> str:
    return json.dumps(calificacion.a_dict(), ensure_ascii=False, indent=2) + "\n"


def _texto_caso(caso: ResultadoCaso) -> str:
    """La evidencia de un caso en texto llano, acotada."""
    partes = [caso.resumen]
    evidencia = caso.evidencia
    if evidencia is not None:
        if evidencia.esperado is not None:
            partes.append(f"Esperado: {evidencia.esperado}")
        if evidencia.obtenido is not None:
            partes.append(f"Obtenido: {evidencia.obtenido}")
        if evidencia.explicacion:
            partes.append(evidencia.explicacion)
        if evidencia.traza:
            partes.append(evidencia.traza)
    if caso.descuento:
        partes.append(f"Descuento por pistas: {caso.descuento} puntos.")
    if caso.repetir and not caso.aprobado:
        partes.append(f"Para repetirlo: {caso.repetir}")
    texto = "\n".join(p for p in partes if p)
    if len(texto) > MAX_SALIDA_CASO:
        texto = texto[: MAX_SALIDA_CASO - 20] + "\n[... recortado]"
    return texto


def _xml(texto: str) -> str:
    return _NO_XML.sub("?", texto)


def a_junit(calificacion: Calificacion) -> str:
    """Un `testsuite` por alumno, un `testcase` por caso.

    aprobado: sin hijos; fallo del alumno: `failure` (type = veredicto);
    error_interno: `error`; sin_entrega: `skipped`.
    """
    raiz = ET.Element("testsuites", name="verificador", timestamp=calificacion.momento)
    totales = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    tiempo_total = 0.0
    for alumno in calificacion.alumnos:
        cuenta = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        suite = ET.SubElement(raiz, "testsuite", name=_xml(alumno.alumno),
                              timestamp=calificacion.momento)
        propiedades = ET.SubElement(suite, "properties")
        for nombre, valor in (("puesto", alumno.puesto), ("puntos", alumno.puntos),
                              ("puntos_maximos", calificacion.puntos_maximos),
                              ("pistas", alumno.pistas), ("intentos_fallidos", alumno.fallidos),
                              ("situacion", alumno.situacion.value),
                              ("semilla", calificacion.semilla)):
            ET.SubElement(propiedades, "property", name=nombre, value=_xml(str(valor)))
        tiempo = 0.0
        for caso in alumno.casos:
            cuenta["tests"] += 1
            tiempo += caso.duracion_s
            elemento = ET.SubElement(suite, "testcase", classname=_xml(alumno.alumno),
                                     name=caso.nombre, time=f"{caso.duracion_s:.3f}")
            if caso.aprobado:
                continue
            if caso.veredicto in (SIN_ENTREGA, SIN_INTENTAR):
                cuenta["skipped"] += 1
                ET.SubElement(elemento, "skipped", message=_xml(caso.resumen))
            elif caso.veredicto == Veredicto.ERROR_INTERNO.value:
                cuenta["errors"] += 1
                nodo = ET.SubElement(elemento, "error", type=caso.veredicto,
                                     message=_xml(caso.resumen))
                nodo.text = _xml(_texto_caso(caso))
            else:
                cuenta["failures"] += 1
                nodo = ET.SubElement(elemento, "failure", type=caso.veredicto,
                                     message=_xml(caso.resumen))
                nodo.text = _xml(_texto_caso(caso))
        for clave, valor in cuenta.items():
            suite.set(clave, str(valor))
            totales[clave] += valor
        suite.set("time", f"{tiempo:.3f}")
        tiempo_total += tiempo
    for clave, valor in totales.items():
        raiz.set(clave, str(valor))
    raiz.set("time", f"{tiempo_total:.3f}")
    ET.indent(raiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(raiz, encoding="unicode") + "\n"


def _salida_alumno(alumno: ResultadoAlumno, maximo: int) -> str:
    texto = f"{alumno.puntos} de {maximo} puntos; {alumno.aprobados} casos aprobados."
    if alumno.situacion is not Situacion.VALIDA:
        texto = f"{alumno.situacion.descripcion} {alumno.motivo or ''}".strip()
    if alumno.nota_progreso:
        texto += f"\n{alumno.nota_progreso}"
    return texto


def gradescope_alumno(calificacion: Calificacion, alumno: ResultadoAlumno) -> dict[str, Any]:
    """El `results.json` de Gradescope para un alumno (especificación de autograders)."""
    titulos = {r.numero: r.titulo for r in calificacion.retos}
    return {
        "score": alumno.puntos,
        "max_score": calificacion.puntos_maximos,
        "execution_time": round(sum(c.duracion_s for c in alumno.casos), 3),
        "output": _salida_alumno(alumno, calificacion.puntos_maximos),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": [
            {
                "name": f"Reto {c.numero}: {titulos.get(c.numero, c.nombre)}",
                "number": str(c.numero),
                "score": c.puntos,
                "max_score": c.puntos_reto,
                "status": "passed" if c.aprobado else "failed",
                "output": _texto_caso(c),
                "tags": [c.veredicto],
                "visibility": "visible",
            }
            for c in alumno.casos
        ],
        "leaderboard": [
            {"name": "Puntos", "value": alumno.puntos, "order": "desc"},
            {"name": "Pistas", "value": alumno.pistas, "order": "asc"},
            {"name": "Intentos fallidos", "value": alumno.fallidos, "order": "asc"},
        ],
    }


def a_gradescope(calificacion: Calificacion, alumno: ResultadoAlumno) -> str:
    return json.dumps(gradescope_alumno(calificacion, alumno), ensure_ascii=False, indent=2) + "\n"


def classroom_alumno(calificacion: Calificacion, alumno: ResultadoAlumno) -> dict[str, Any]:
    """El resultado que lee `classroom-resources/autograding-grading-reporter` (antes de base64)."""
    titulos = {r.numero: r.titulo for r in calificacion.retos}
    pruebas = []
    for caso in alumno.casos:
        if caso.aprobado:
            estado = "pass"
        elif caso.veredicto == Veredicto.ERROR_INTERNO.value:
            estado = "error"
        else:
            estado = "fail"
        pruebas.append({
            "name": f"Reto {caso.numero}: {titulos.get(caso.numero, caso.nombre)}",
            "status": estado,
            "score": caso.puntos,
            "message": _texto_caso(caso),
            "test_code": caso.repetir or f"verificar reto {caso.numero}",
            "filename": "",
            "line_no": 0,
            "execution_time": f"{caso.duracion_s:.1f}s",
        })
    if alumno.situacion is not Situacion.VALIDA or any(p["status"] == "error" for p in pruebas):
        estado_global = "error"
    elif all(p["status"] == "pass" for p in pruebas):
        estado_global = "pass"
    else:
        estado_global = "fail"
    return {"version": 1, "status": estado_global, "max_score": calificacion.puntos_maximos,
            "tests": pruebas}


def a_classroom(calificacion: Calificacion, alumno: ResultadoAlumno) -> str:
    """JSON en base64 (una línea): lo que va en `steps.<id>.outputs.result`."""
    datos = json.dumps(classroom_alumno(calificacion, alumno), ensure_ascii=False)
    return base64.b64encode(datos.encode("utf-8")).decode("ascii")


def escribir_salidas(calificacion: Calificacion, carpeta: Path,
                     formatos: Sequence[str]) -> list[Path]:
    """Escribe los formatos pedidos en `carpeta` y devuelve las rutas creadas.

    Gradescope y Classroom son por alumno (`gradescope/<alumno>/results.json`,
    `classroom/<alumno>.b64`); con una sola entrega se escriben además
    `results.json` y `classroom.b64` en la raíz, que es lo que copian el
    `run_autograder` de Gradescope y el flujo de GitHub Classroom (y
    `prairielearn.json`, que el calificador de PrairieLearn copia a
    `/grade/results/results.json`). `github/` tiene el resumen y las anotaciones.
    """
    from verificador.aula.html import a_html
    from verificador.aula.plataformas import a_prairielearn, anotaciones_github, resumen_github

    carpeta.mkdir(parents=True, exist_ok=True)
    escritos: list[Path] = []

    def escribir(ruta: Path, texto: str) -> None:
        ruta.parent.mkdir(parents=True, exist_ok=True)
        ruta.write_text(texto, encoding="utf-8")
        escritos.append(ruta)

    unico = calificacion.alumnos[0] if len(calificacion.alumnos) == 1 else None
    nombres = _nombres_unicos(calificacion.alumnos)
    for formato in formatos:
        if formato == "csv":
            escribir(carpeta / "calificaciones.csv", a_csv(calificacion))
        elif formato == "json":
            escribir(carpeta / "calificaciones.json", a_json(calificacion))
        elif formato == "junit":
            escribir(carpeta / "junit.xml", a_junit(calificacion))
        elif formato == "html":
            escribir(carpeta / "clasificacion.html", a_html(calificacion))
        elif formato == "gradescope":
            for alumno in calificacion.alumnos:
                escribir(carpeta / "gradescope" / nombres[alumno.alumno] / "results.json",
                         a_gradescope(calificacion, alumno))
            if unico is not None:
                escribir(carpeta / "results.json", a_gradescope(calificacion, unico))
        elif formato == "github":
            escribir(carpeta / "github" / "resumen.md", resumen_github(calificacion))
            escribir(carpeta / "github" / "anotaciones.txt", anotaciones_github(calificacion))
        elif formato == "prairielearn":
            for alumno in calificacion.alumnos:
                escribir(carpeta / "prairielearn" / nombres[alumno.alumno] / "results.json",
                         a_prairielearn(calificacion, alumno))
            if unico is not None:
                escribir(carpeta / "prairielearn.json", a_prairielearn(calificacion, unico))
        elif formato == "classroom":
            for alumno in calificacion.alumnos:
                escribir(carpeta / "classroom" / f"{nombres[alumno.alumno]}.b64",
                         a_classroom(calificacion, alumno))
            if unico is not None:
                escribir(carpeta / "classroom.b64", a_classroom(calificacion, unico))
        else:
            raise ValueError(f"formato desconocido: {formato!r}")
    return escritos


def _nombres_unicos(alumnos: Sequence[ResultadoAlumno]) -> dict[str, str]:
    """Nombre de archivo por alumno; si dos se limpian igual, se numeran."""
    usados: set[str] = set()
    nombres: dict[str, str] = {}
    for alumno in sorted(alumnos, key=lambda a: a.alumno):
        base = nombre_seguro(alumno.alumno)
        nombre, n = base, 2
        while nombre.lower() in usados:
            nombre, n = f"{base}_{n}", n + 1
        usados.add(nombre.lower())
        nombres[alumno.alumno] = nombre
    return nombres
