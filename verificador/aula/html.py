"""La clasificación en una página HTML autocontenida, para proyectar en clase.

Sin red: ni CDN, ni fuentes externas, ni JavaScript; el CSS va en la página.
Letra grande y alto contraste (se lee desde el fondo del aula), medallas para
los tres primeros puestos (también en empate), una marca por caso y la hora
en que se generó. Todo texto que viene de una entrega (el nombre del alumno,
los resúmenes) se escapa.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from html import escape

from verificador.aula.modelo import Calificacion, EstadoCaso, ResultadoAlumno, ResultadoCaso
from verificador.veredictos import Veredicto

__all__ = ["a_html"]

_MEDALLAS = {1: ("oro", "Oro"), 2: ("plata", "Plata"), 3: ("bronce", "Bronce")}

# El tamaño de letra sale de cuántas filas y columnas hay que enseñar, para que la
# tabla entera quepa en la ventana (un proyector de 1280×720 con 40 alumnos y 30 casos).
# Con muchos alumnos la clasificación se parte en dos tablas lado a lado (1–20 a la
# izquierda, 21–40 a la derecha) si así la letra sale más grande: con 40 alumnos y
# 30 casos pasa de 8 px a más de 11 px en 1280×720.
_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; padding: 1.2vh 1.2vw; background: #f7f7f2; color: #111;
  display: flex; flex-direction: column; overflow: hidden;
  font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
header { display: flex; justify-content: space-between; align-items: baseline;
  gap: 1rem; margin-bottom: 0.6vh; }
h1 { font-size: clamp(1.1rem, 3.2vh, 3rem); margin: 0; letter-spacing: -0.02em; }
.datos { font-size: clamp(0.75rem, 1.8vh, 1.5rem); color: #444; }
main { flex: 1 1 auto; min-height: 0; display: flex; gap: 1.2vw; align-items: flex-start; }
table { flex: none; border-collapse: collapse; table-layout: fixed;
  --filas: 10; --casos: 10; --ancho: 2.4; --fijas: 25.3; --tablas: 1; --cabecera: 1;
  width: calc((100% - (var(--tablas) - 1) * 1.2vw) / var(--tablas));
  font-size: min(calc(84vh / (var(--filas) + var(--cabecera)) / 1.42),
                 calc((96vw - (var(--tablas) - 1) * 1.2vw)
                      / (var(--tablas) * (var(--casos) * var(--ancho) + var(--fijas)))),
                 2.2rem); }
col.c-puesto { width: 2.6em; } col.c-puntos { width: 3.9em; } col.c-num { width: 3.9em; }
col.c-caso { width: calc(var(--ancho) * 1em); }
.compacta col.c-puesto { width: 2.2em; } .compacta col.c-puntos { width: 3.2em; }
.compacta col.c-num { width: 2.4em; }
th { font-size: 0.8em; }
th, td { padding: 0.06em 0.2em; text-align: center; border-bottom: 1px solid #ccc;
  line-height: 1.2; white-space: nowrap; overflow: hidden; }
.compacta td.caso, .compacta th.caso { padding: 0.06em 0; }
/* Números de caso en vertical (una cifra bajo otra): caben en columnas estrechas y se
   leen sin girar la cabeza. */
th.caso.vertical { font-size: 0.9em; line-height: 1; vertical-align: bottom; }
th.caso.vertical span { writing-mode: vertical-rl; text-orientation: upright;
  letter-spacing: -0.1em; }
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
.compacta .marca { min-width: 0.9em; }
.ok { color: #0a7a2f; } .mal { color: #c0162c; } .nada { color: #aaa; } .vacio { color: #888; }
.serie { color: #8a5a00; }
.trampa { color: #fff; background: #7a1fa2; padding: 0 0.15em; }
.interno, .duda { color: #fff; background: #666; padding: 0 0.15em; }
.nota { font-size: 0.7em; font-weight: 400; color: #a33; margin-left: 0.4em; }
footer { margin-top: 0.6vh; font-size: clamp(0.7rem, 1.6vh, 1.2rem); color: #333;
  display: flex; flex-wrap: wrap; gap: 0.2em 1.4em; }
footer span { white-space: nowrap; }
"""

# Ventana de referencia para elegir entre una tabla y dos (px útiles de un navegador
# con ventana en un proyector de 1280×720); el tamaño final lo calcula el CSS.
_REFERENCIA = (1280.0, 580.0)


@dataclass(frozen=True)
class _Disposicion:
    """Cómo se reparte la clasificación: cuántas tablas y con qué columnas."""

    tablas: int
    ancho: float  # em de una columna de caso
    fijas: float  # em de las columnas que no son casos (la del alumno, como mínimo)
    compacta: bool
    vertical: bool  # números de caso en vertical
    filas: int  # filas de alumnos por tabla

    @property
    def cabecera(self) -> float:
        return 2.2 if self.vertical else 1.0

    def letra(self, casos: int) -> float:
        """px de letra en la ventana de referencia (la misma cuenta que el CSS)."""
        ancho, alto = _REFERENCIA
        por_alto = 0.84 * alto / (max(self.filas, 10) + self.cabecera) / 1.42
        por_ancho = (0.96 * ancho - (self.tablas - 1) * 0.012 * ancho) / (
            self.tablas * (casos * self.ancho + self.fijas))
        return min(por_alto, por_ancho)


def _disposicion(alumnos: int, casos: int) -> _Disposicion:
    """La disposición con la letra más grande para `alumnos` y `casos`."""
    una = _Disposicion(1, 2.4 if casos <= 12 else 1.7, 25.3, False, False, alumnos)
    if alumnos <= 20:
        return una
    vertical = casos > 12
    dos = _Disposicion(2, 1.2 if vertical else 2.2, 17.0, True, vertical, -(-alumnos // 2))
    return dos if dos.letra(casos) > una.letra(casos) else una


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
        celdas.append(f'<td class="caso">{_marca(alumno.caso(reto.numero))}</td>')
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


def _tabla(calificacion: Calificacion, alumnos: list[ResultadoAlumno], forma: _Disposicion
           ) -> str:
    vertical = " vertical" if forma.vertical else ""
    cabeceras = "".join(
        f'<th class="caso{vertical}" title="{escape(r.titulo)} ({r.puntos} puntos)">'
        f"<span>{r.numero}</span></th>"
        for r in calificacion.retos
    )
    columnas = ('<colgroup><col class="c-puesto"><col class="c-alumno"><col class="c-puntos">'
                + '<col class="c-caso">' * len(calificacion.retos)
                + '<col class="c-num"><col class="c-num"></colgroup>')
    # Ancho de una columna de caso (em): más estrecha cuantos más casos. La del alumno
    # se queda con el resto, al menos lo que falta hasta `fijas`.
    variables = (f"--filas: {max(forma.filas, 10)}; --casos: {max(len(calificacion.retos), 1)}; "
                 f"--ancho: {forma.ancho}; --fijas: {forma.fijas}; --tablas: {forma.tablas}; "
                 f"--cabecera: {forma.cabecera};")
    if forma.compacta:
        nombres = ('<th title="Puntos">Pts</th>', '<th title="Pistas pedidas">Pis</th>',
                   '<th title="Intentos fallidos">Fal</th>')
    else:
        nombres = ("<th>Puntos</th>", "<th>Pistas</th>", '<th title="Intentos fallidos">Fallos</th>')
    filas = "\n".join(_fila(calificacion, a) for a in alumnos)
    if not alumnos:
        filas = (f'<tr><td colspan="{len(calificacion.retos) + 5}">No había entregas que '
                 "calificar.</td></tr>")
    clase = ' class="compacta"' if forma.compacta else ""
    return f"""<table{clase} style="{variables}">
{columnas}
<thead><tr><th title="Puesto">Nº</th><th class="alumno">Alumno</th>{nombres[0]}{cabeceras}{nombres[1]}{nombres[2]}</tr></thead>
<tbody>
{filas}
</tbody>
</table>"""


def a_html(calificacion: Calificacion, titulo: str = "Clasificación") -> str:
    """La página completa (un único archivo, abrible sin conexión)."""
    forma = _disposicion(len(calificacion.alumnos), len(calificacion.retos))
    alumnos = list(calificacion.alumnos)
    partes = [alumnos[i : i + forma.filas] for i in range(0, len(alumnos), max(forma.filas, 1))]
    tablas = "\n".join(_tabla(calificacion, parte, forma) for parte in partes or [[]])
    leyenda = "".join(
        f'<span><span class="marca {clase}">{simbolo}</span> {escape(texto)}</span>'
        for clase, simbolo, texto in _MARCAS.values()
    )
    if forma.compacta:
        leyenda += "<span>Pts: puntos · Pis: pistas · Fal: intentos fallidos</span>"
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
{tablas}
</main>
<footer>
{leyenda}
<span>Orden: puntos; quien lo intentó va antes de quien no; luego menos pistas y menos intentos fallidos.</span>
<span id="generado">Generado el {escape(generado)} · semilla {calificacion.semilla}</span>
</footer>
</body>
</html>
"""
