"""La evidencia de un veredicto como una página HTML: el entrelazado en calles.

`verificar reto N --html` y `verificar explorar prog.py --html` escriben una
página autocontenida (sin red, sin JavaScript, el CSS dentro) con una calle
(columna) por hilo, tarea o proceso. Cada paso de la línea de tiempo ocupa una
fila en la calle de quien lo dio: el archivo y la línea del alumno, su código y
lo que leyó o escribió, con los valores. El cambio de calle que rompe el
invariante se marca: el último cambio que dejó a medias al actor del paso
donde se pierde algo («usando el valor viejo», «se pierde»), o si no hay tal
paso, el último cambio de la línea de tiempo.

Solo lee datos (`Evidencia`, `Veredicto`); no importa click ni rich. Todo texto
que viene del programa del alumno se escapa.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from verificador.informe import cambios_de_actor, contar, etiqueta_actor
from verificador.redaccion import redactar
from verificador.veredictos import Evidencia, Paso, Veredicto

__all__ = ["PaginaEvidencia", "a_html", "paso_roto"]

# Palabras de una acción que marcan el paso donde el invariante ya está roto.
_ROTURA = ("valor viejo", "se pierde", "se perdió", "pisa ")
_LEE = re.compile(r"\blee (?P<x>[^;=]+?) = (?P<v>[^;]+)")
_ESCRIBE = re.compile(r"\bescribe (?P<x>[^;=]+?) = (?P<v>[^;]+?)(?=;| usando|$)")


@dataclass(frozen=True)
class PaginaEvidencia:
    """Lo que se cuenta en la página: el veredicto, su evidencia y cómo repetirlo."""

    titulo: str  # «Reto 2: El saldo que se evapora» o el nombre del programa
    veredicto: Veredicto
    evidencia: Evidencia | None
    semilla: int
    repetir: str | None
    motor: str | None = None


def paso_roto(pasos: Sequence[Paso]) -> tuple[int | None, int | None]:
    """(índice del paso donde se rompe, índice del primer paso tras el cambio culpable).

    El cambio culpable va entre `i - 1` e `i`. None si la línea no cambia de actor.
    """
    roto = next((k for k, p in enumerate(pasos)
                 if any(marca in p.accion for marca in _ROTURA)), None)
    cambios = [i for i in range(1, len(pasos)) if pasos[i].actor != pasos[i - 1].actor]
    if roto is not None:
        actor = pasos[roto].actor
        previos = [i for i in cambios if i <= roto and pasos[i - 1].actor == actor]
        if previos:
            return roto, previos[-1]
    return roto, (cambios[-1] if cambios else None)


def _accion(accion: str) -> str:
    """La acción con las lecturas y escrituras resaltadas (valores incluidos)."""
    texto = escape(redactar(accion))
    texto = _ESCRIBE.sub(lambda m: f'<span class="escribe">escribe {m["x"]} = {m["v"]}</span>',
                         texto)
    return _LEE.sub(lambda m: f'<span class="lee">lee {m["x"]} = {m["v"]}</span>', texto)


_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.2rem 1.6rem 2rem; background: #fbfbf8; color: #15171c;
  font: 16px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 0.2rem; }
.veredicto { font-size: 1.25rem; font-weight: 800; margin: 0.3rem 0; }
.mal { color: #b3122a; } .bien { color: #0a7a2f; } .duda { color: #8a5a00; }
.resumen { font-weight: 700; }
.datos { color: #555; font-size: 0.9rem; }
code, .codigo { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
.comparacion { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem;
  margin: 0.6rem 0; }
.esperado { color: #0a7a2f; font-weight: 700; } .obtenido { color: #b3122a; font-weight: 700; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
.calles { display: grid; border: 1px solid #c8ccd4; background: #fff; }
.cab { position: sticky; top: 0; background: #1f2a44; color: #fff; font-weight: 700;
  padding: 0.35rem 0.5rem; border-left: 1px solid #3a4668; overflow-wrap: anywhere; }
.num { color: #888; text-align: right; padding: 0.3rem 0.4rem; font-size: 0.8rem;
  border-top: 1px solid #eceef2; }
.celda { padding: 0.3rem 0.5rem; border-top: 1px solid #eceef2; border-left: 1px solid #eceef2;
  min-width: 0; }
.vacia { background: repeating-linear-gradient(90deg, #fff 0 48%, #f1f3f7 48% 52%, #fff 52%); }
.paso { border-left: 4px solid #4a6fa5; padding-left: 0.45rem; }
.donde { color: #2b6c8f; font-size: 0.8rem; }
.codigo { display: block; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.9rem; }
.accion { display: block; font-size: 0.88rem; color: #333; }
.lee, .escribe { white-space: nowrap; }
.lee { background: #e3eefc; color: #0d3d7a; border-radius: 3px; padding: 0 0.2em; }
.escribe { background: #fdebd3; color: #7a3d00; border-radius: 3px; padding: 0 0.2em; }
.rota .paso { border-left-color: #c0162c; background: #fde8eb; }
.corte { grid-column: 1 / -1; background: #c0162c; color: #fff; font-weight: 700;
  padding: 0.25rem 0.6rem; font-size: 0.9rem; }
.bloqueados li { margin: 0.2rem 0; }
footer { margin-top: 1.4rem; color: #444; font-size: 0.9rem; }
"""


def _clase_veredicto(veredicto: Veredicto) -> str:
    if veredicto is Veredicto.APROBADO:
        return "bien"
    if not veredicto.es_concluyente or veredicto is Veredicto.SIN_CONCURRENCIA:
        return "duda"
    return "mal"


def _calles(evidencia: Evidencia, motor: str | None) -> str:
    pasos = evidencia.linea_tiempo
    actores = list(dict.fromkeys(p.actor for p in pasos))
    columna = {a: i + 2 for i, a in enumerate(actores)}
    roto, corte = paso_roto(pasos)
    nombre = etiqueta_actor(motor, actores).lower()
    partes = [f'<div class="calles" role="table" style="grid-template-columns: 2.6rem '
              f'repeat({len(actores)}, minmax(11rem, 1fr));">',
              '<div class="cab" role="columnheader">#</div>']
    partes += [f'<div class="cab" role="columnheader">{escape(a)}</div>' for a in actores]
    for i, paso in enumerate(pasos):
        fila = i + 2 + (1 if corte is not None and i >= corte else 0)
        if corte is not None and i == corte:
            partes.append(
                f'<div class="corte" role="row" style="grid-row: {fila - 1};">⚡ Cambio de '
                f"{nombre}: {escape(pasos[i - 1].actor)} se queda a medias y entra "
                f"{escape(paso.actor)}</div>")
        clase = " rota" if i == roto else ""
        partes.append(f'<div class="num" style="grid-row: {fila}; grid-column: 1;">{i + 1}</div>')
        for actor in actores:
            if actor != paso.actor:
                partes.append(f'<div class="celda vacia" style="grid-row: {fila}; '
                              f'grid-column: {columna[actor]};"></div>')
        donde = (f'<span class="donde">{escape(paso.archivo)}:{paso.linea}</span>'
                 if paso.archivo and paso.linea > 0 else "")
        accion = f'<span class="accion">→ {_accion(paso.accion)}</span>' if paso.accion else ""
        partes.append(
            f'<div class="celda{clase}" data-paso="{i + 1}" style="grid-row: {fila}; '
            f'grid-column: {columna[paso.actor]};"><div class="paso">{donde}'
            f'<span class="codigo">{escape(paso.codigo.strip())}</span>{accion}</div></div>')
    partes.append("</div>")
    return "\n".join(partes)


def a_html(pagina: PaginaEvidencia) -> str:
    """La página completa (un único archivo, abrible sin conexión)."""
    veredicto = pagina.veredicto
    evidencia = pagina.evidencia
    cuerpo: list[str] = [
        f"<h1>{escape(pagina.titulo)}</h1>",
        f'<p class="veredicto {_clase_veredicto(veredicto)}">{escape(veredicto.titulo)}</p>',
        f"<p>{escape(veredicto.descripcion)}</p>",
    ]
    if evidencia is not None and veredicto is not Veredicto.APROBADO:
        ubicacion = f" <code>({escape(evidencia.ubicacion)})</code>" if evidencia.ubicacion else ""
        cuerpo.append(f'<p class="resumen">{escape(redactar(evidencia.resumen))}{ubicacion}</p>')
        if evidencia.explicacion:
            cuerpo.append(f"<p>{escape(redactar(evidencia.explicacion))}</p>")
        if evidencia.esperado is not None or evidencia.obtenido is not None:
            filas = []
            if evidencia.esperado is not None:
                filas.append(f'<b>Esperado:</b><span class="esperado">'
                             f"{escape(redactar(str(evidencia.esperado)))}</span>")
            if evidencia.obtenido is not None:
                filas.append(f'<b>Obtenido:</b><span class="obtenido">'
                             f"{escape(redactar(str(evidencia.obtenido)))}</span>")
            cuerpo.append(f'<div class="comparacion">{"".join(filas)}</div>')
        if evidencia.linea_tiempo:
            actores = list(dict.fromkeys(p.actor for p in evidencia.linea_tiempo))
            nombre = etiqueta_actor(pagina.motor, actores).lower()
            cambios = contar(cambios_de_actor(evidencia), f"cambio de {nombre}",
                             f"cambios de {nombre}")
            cuerpo.append(f"<h2>El entrelazado ({contar(len(evidencia.linea_tiempo), 'paso')}, "
                          f"{cambios})</h2>")
            cuerpo.append('<p class="datos">Una calle por '
                          f"{nombre}; el tiempo avanza hacia abajo. "
                          '<span class="lee">lee</span> y <span class="escribe">escribe</span> '
                          "llevan el valor; en rojo, el paso donde se rompe.</p>")
            cuerpo.append(_calles(evidencia, pagina.motor))
        if evidencia.bloqueados:
            cuerpo.append("<h2>Quién espera a quién</h2><ul class=\"bloqueados\">")
            for b in evidencia.bloqueados:
                dueno = (f"lo tiene <b>{escape(b.tenido_por)}</b>" if b.tenido_por
                         else "nadie lo tiene")
                donde = (f" en <code>{escape(b.archivo)}:{b.linea}</code> <code>{escape(b.codigo.strip())}</code>"
                         if b.archivo else "")
                cuerpo.append(f"<li><b>{escape(b.actor)}</b>: {escape(b.espera)} ({dueno}){donde}</li>")
            cuerpo.append("</ul>")
    pie = f"Semilla {pagina.semilla}"
    if pagina.repetir:
        pie += f" · para repetirlo: <code>{escape(pagina.repetir)}</code>"
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="verificador">
<title>{escape(pagina.titulo)} · {escape(veredicto.titulo)}</title>
<style>{_CSS}</style>
</head>
<body>
{chr(10).join(cuerpo)}
<footer>{pie}</footer>
</body>
</html>
"""
