"""La clasificación en una página HTML autocontenida, para proyectar en clase.

Sin red: ni CDN, ni fuentes externas, ni JavaScript; el CSS va en la página.
Letra grande y alto contraste (se lee desde el fondo del aula), medallas para
los tres primeros puestos (también en empate), una marca por caso y la hora
en que se generó. Todo texto que viene de una entrega (el nombre del alumno,
los resúmenes) se escapa.
"""

from __future__ import annotations

import datetime as _dt
from html import escape

from verificador.aula.modelo import SIN_ENTREGA, Calificacion, ResultadoAlumno, ResultadoCaso
from verificador.veredictos import Veredicto

__all__ = ["a_html"]

_MEDALLAS = {1: ("oro", "Oro"), 2: ("plata", "Plata"), 3: ("bronce", "Bronce")}

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 2.5vw 3vw; background: #f7f7f2; color: #111;
  font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
header { display: flex; justify-content: space-between; align-items: baseline;
  flex-wrap: wrap; gap: 1rem; margin-bottom: 1.5rem; }
h1 { font-size: clamp(2rem, 4.5vw, 4rem); margin: 0; letter-spacing: -0.02em; }
.datos { font-size: clamp(1rem, 1.6vw, 1.5rem); color: #444; }
table { width: 100%; border-collapse: collapse; font-size: clamp(1.1rem, 2.1vw, 2rem); }
th, td { padding: 0.45em 0.5em; text-align: center; border-bottom: 2px solid #ddd; }
th { background: #1f2a44; color: #fff; font-weight: 700; position: sticky; top: 0; }
td.alumno, th.alumno { text-align: left; }
td.alumno { font-weight: 700; overflow-wrap: anywhere; }
td.puntos { font-weight: 800; font-size: 1.15em; }
tr:nth-child(even) td { background: #eef0f4; }
tr.podio td { background: #fff8dc; }
.medalla { display: inline-flex; align-items: center; justify-content: center;
  width: 2.1em; height: 2.1em; border-radius: 50%; font-weight: 800; color: #222;
  border: 3px solid rgba(0,0,0,0.25); }
.oro { background: #f2c230; } .plata { background: #c9ced6; } .bronce { background: #d99150; }
.puesto { font-weight: 700; }
.marca { display: inline-block; min-width: 1.6em; font-weight: 800; border-radius: 0.3em; }
.ok { color: #0a7a2f; } .mal { color: #c0162c; } .nada { color: #999; }
.trampa { color: #fff; background: #7a1fa2; padding: 0 0.2em; }
.interno { color: #fff; background: #555; padding: 0 0.2em; }
.nota { display: block; font-size: 0.55em; font-weight: 400; color: #666; }
footer { margin-top: 1.5rem; font-size: clamp(0.9rem, 1.3vw, 1.2rem); color: #444; }
footer span { margin-right: 1.5em; white-space: nowrap; }
"""


def _marca(caso: ResultadoCaso | None) -> str:
    if caso is None or caso.veredicto == SIN_ENTREGA:
        return '<span class="marca nada" title="sin entregar">–</span>'
    titulo = escape(f"{caso.veredicto}: {caso.resumen}")
    if caso.aprobado:
        return f'<span class="marca ok" title="{titulo}">✓</span>'
    if caso.veredicto == Veredicto.TRAMPA.value:
        return f'<span class="marca trampa" title="{titulo}">T</span>'
    if caso.veredicto == Veredicto.ERROR_INTERNO.value:
        return f'<span class="marca interno" title="{titulo}">!</span>'
    return f'<span class="marca mal" title="{titulo}">✗</span>'


def _puesto(alumno: ResultadoAlumno) -> str:
    if alumno.puesto in _MEDALLAS and alumno.puntos > 0:
        clase, nombre = _MEDALLAS[alumno.puesto]
        return (f'<span class="medalla {clase}" role="img" aria-label="{nombre}" '
                f'title="{nombre}">{alumno.puesto}</span>')
    return f'<span class="puesto">{alumno.puesto}</span>'


def _fila(calificacion: Calificacion, alumno: ResultadoAlumno) -> str:
    podio = alumno.puesto in _MEDALLAS and alumno.puntos > 0
    celdas = [f"<td>{_puesto(alumno)}</td>"]
    nota = ""
    if alumno.situacion.value != "valida":
        nota = f'<span class="nota">{escape(alumno.situacion.descripcion)}</span>'
    celdas.append(f'<td class="alumno">{escape(alumno.alumno)}{nota}</td>')
    celdas.append(f'<td class="puntos">{alumno.puntos}</td>')
    for reto in calificacion.retos:
        celdas.append(f"<td>{_marca(alumno.caso(reto.numero))}</td>")
    celdas.append(f"<td>{alumno.pistas}</td><td>{alumno.fallidos}</td>")
    clase = ' class="podio"' if podio else ""
    return f"<tr{clase} data-alumno=\"{escape(alumno.alumno)}\">" + "".join(celdas) + "</tr>"


def _hora(momento: str) -> str:
    try:
        fecha = _dt.datetime.fromisoformat(momento)
    except ValueError:
        return momento
    return fecha.strftime("%d/%m/%Y %H:%M") + (" UTC" if fecha.utcoffset() is not None
                                               and not fecha.utcoffset() else "")


def a_html(calificacion: Calificacion, titulo: str = "Clasificación") -> str:
    """La página completa (un único archivo, abrible sin conexión)."""
    cabeceras = "".join(
        f'<th title="{escape(r.titulo)} ({r.puntos} puntos)">{r.numero}</th>'
        for r in calificacion.retos
    )
    filas = "\n".join(_fila(calificacion, a) for a in calificacion.alumnos)
    if not calificacion.alumnos:
        columnas = len(calificacion.retos) + 5
        filas = f'<tr><td colspan="{columnas}">No había entregas que calificar.</td></tr>'
    generado = _hora(calificacion.momento)
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="verificador calificar">
<title>{escape(titulo)}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>{escape(titulo)}</h1>
<div class="datos">{len(calificacion.alumnos)} participantes · máximo
{calificacion.puntos_maximos} puntos</div>
</header>
<table>
<thead><tr><th>Puesto</th><th class="alumno">Alumno</th><th>Puntos</th>{cabeceras}<th>Pistas</th><th>Fallos</th></tr></thead>
<tbody>
{filas}
</tbody>
</table>
<footer>
<span>✓ aprobado</span><span>✗ con fallo</span><span>T trampa</span><span>– sin entregar</span>
<span>Orden: puntos, luego menos pistas, luego menos intentos fallidos; los empates comparten puesto.</span>
<span id="generado">Generado el {escape(generado)} · semilla {calificacion.semilla}</span>
</footer>
</body>
</html>
"""
