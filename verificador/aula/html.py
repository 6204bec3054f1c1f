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

from verificador.aula.modelo import Calificacion, EstadoCaso, ResultadoAlumno, ResultadoCaso
from verificador.veredictos import Veredicto

__all__ = ["a_html"]

_MEDALLAS = {1: ("oro", "Oro"), 2: ("plata", "Plata"), 3: ("bronce", "Bronce")}

# El tamaño de letra sale de cuántas filas y columnas hay que enseñar, para que la
# tabla entera quepa en la ventana (un proyector de 1280×720 con 40 alumnos y 30 casos).
_CSS = """
:root { color-scheme: light; --filas: 10; --casos: 10; --ancho: 2.4; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; padding: 1.2vh 1.2vw; background: #f7f7f2; color: #111;
  display: flex; flex-direction: column; overflow: hidden;
  font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
header { display: flex; justify-content: space-between; align-items: baseline;
  gap: 1rem; margin-bottom: 0.6vh; }
h1 { font-size: clamp(1.1rem, 3.2vh, 3rem); margin: 0; letter-spacing: -0.02em; }
.datos { font-size: clamp(0.75rem, 1.8vh, 1.5rem); color: #444; }
main { flex: 1 1 auto; min-height: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed;
  font-size: min(calc(84vh / (var(--filas) + 1) / 1.42),
                 calc(96vw / (var(--casos) * var(--ancho) + 25.3)), 2.2rem); }
col.c-puesto { width: 2.6em; } col.c-puntos { width: 3.9em; } col.c-num { width: 3.9em; }
col.c-caso { width: calc(var(--ancho) * 1em); }
th { font-size: 0.8em; }
th, td { padding: 0.06em 0.2em; text-align: center; border-bottom: 1px solid #ccc;
  line-height: 1.2; white-space: nowrap; overflow: hidden; }
th { background: #1f2a44; color: #fff; font-weight: 700; }
td.alumno, th.alumno { text-align: left; text-overflow: ellipsis; }
td.alumno { font-weight: 700; }
td.puntos { font-weight: 800; }
tr:nth-child(even) td { background: #eef0f4; }
tr.podio td { background: #fff8dc; }
tr.sin-trabajo td { color: #777; }
.medalla { display: inline-flex; align-items: center; justify-content: center;
  width: 1.15em; height: 1.15em; border-radius: 50%; font-weight: 800; color: #222;
  border: 1px solid rgba(0,0,0,0.3); line-height: 1; }
.oro { background: #f2c230; } .plata { background: #c9ced6; } .bronce { background: #d99150; }
.puesto { font-weight: 700; }
.marca { display: inline-block; min-width: 1.1em; font-weight: 800; border-radius: 0.25em; }
.ok { color: #0a7a2f; } .mal { color: #c0162c; } .nada { color: #aaa; } .vacio { color: #888; }
.serie { color: #8a5a00; }
.trampa { color: #fff; background: #7a1fa2; padding: 0 0.15em; }
.interno, .duda { color: #fff; background: #666; padding: 0 0.15em; }
.nota { font-size: 0.7em; font-weight: 400; color: #a33; margin-left: 0.4em; }
footer { margin-top: 0.6vh; font-size: clamp(0.7rem, 1.6vh, 1.2rem); color: #333;
  display: flex; flex-wrap: wrap; gap: 0.2em 1.4em; }
footer span { white-space: nowrap; }
"""

# estado del caso -> (clase CSS, símbolo, texto de la leyenda)
_MARCAS = {
    EstadoCaso.APROBADO: ("ok", "✓", "aprobado"),
    EstadoCaso.CON_FALLO: ("mal", "✗", "con fallo"),
    EstadoCaso.SIN_CONCURRENCIA: ("serie", "≡", "en serie (sin concurrencia)"),
    EstadoCaso.TRAMPA: ("trampa", "T", "trampa (manipula al verificador)"),
    EstadoCaso.NO_CONCLUYENTE: ("duda", "?", "no concluyente"),
    EstadoCaso.SIN_INTENTAR: ("vacio", "○", "sin intentar"),
    EstadoCaso.SIN_ENTREGA: ("nada", "–", "sin entregar"),
}


def _marca(caso: ResultadoCaso | None) -> str:
    estado = caso.estado if caso is not None else EstadoCaso.SIN_ENTREGA
    clase, simbolo, leyenda = _MARCAS[estado]
    if caso is not None and caso.veredicto == Veredicto.ERROR_INTERNO.value:
        clase, simbolo, leyenda = "interno", "!", "fallo del verificador"
    titulo = leyenda if caso is None else f"{leyenda}: {caso.resumen}"
    return f'<span class="marca {clase}" title="{escape(titulo)}">{simbolo}</span>'


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
        nota = (f'<span class="nota" title="{escape(alumno.situacion.descripcion)}">'
                "entrega rechazada</span>")
    elif alumno.sin_trabajo:
        nota = '<span class="nota">sin intentar</span>'
    celdas.append(f'<td class="alumno" title="{escape(alumno.alumno)}">'
                  f'{escape(alumno.alumno)}{nota}</td>')
    celdas.append(f'<td class="puntos">{alumno.puntos}</td>')
    for reto in calificacion.retos:
        celdas.append(f"<td>{_marca(alumno.caso(reto.numero))}</td>")
    celdas.append(f"<td>{alumno.pistas}</td><td>{alumno.fallidos}</td>")
    clase = ' class="podio"' if podio else (' class="sin-trabajo"' if alumno.sin_trabajo else "")
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
    columnas = ('<colgroup><col class="c-puesto"><col class="c-alumno"><col class="c-puntos">'
                + '<col class="c-caso">' * len(calificacion.retos)
                + '<col class="c-num"><col class="c-num"></colgroup>')
    # Ancho de una columna de caso (em): más estrecha cuantos más casos. La del alumno
    # se queda con el resto, al menos 11em (25.3em con las columnas fijas).
    ancho = 2.4 if len(calificacion.retos) <= 12 else 1.7
    variables = (f"--filas: {max(len(calificacion.alumnos), 10)}; "
                 f"--casos: {max(len(calificacion.retos), 1)}; --ancho: {ancho};")
    leyenda = "".join(
        f'<span><span class="marca {clase}">{simbolo}</span> {escape(texto)}</span>'
        for clase, simbolo, texto in _MARCAS.values()
    )
    filas = "\n".join(_fila(calificacion, a) for a in calificacion.alumnos)
    if not calificacion.alumnos:
        filas = (f'<tr><td colspan="{len(calificacion.retos) + 5}">No había entregas que '
                 "calificar.</td></tr>")
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
<main>
<table style="{variables}">
{columnas}
<thead><tr><th title="Puesto">Nº</th><th class="alumno">Alumno</th><th>Puntos</th>{cabeceras}<th>Pistas</th><th title="Intentos fallidos">Fallos</th></tr></thead>
<tbody>
{filas}
</tbody>
</table>
</main>
<footer>
{leyenda}
<span>Orden: puntos; quien lo intentó va antes de quien no; luego menos pistas y menos intentos fallidos.</span>
<span id="generado">Generado el {escape(generado)} · semilla {calificacion.semilla}</span>
</footer>
</body>
</html>
"""
