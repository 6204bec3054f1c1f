"""Lo que pintan las órdenes de autor (`verificar autor nuevo` y `verificar autor comprobar`).

Aparte de `informe.py` para que cada módulo de pintura se quede en su tamaño;
usa el mismo `Pintor`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text

from verificador.informe import Pintor
from verificador.veredictos import Veredicto

__all__ = ["pintar_reto_creado", "pintar_revision"]


# -- órdenes de autor (verificar autor nuevo / comprobar) ------------------------------------


def pintar_reto_creado(pintor: Pintor, nombre: str, archivos: Sequence[str],
                       comprobar: str) -> None:
    """Lo que escribió `verificar autor nuevo` y el paso siguiente."""
    pintor.texto(f"Caso {nombre} creado:", "bold green", sin_cortar=True)
    for archivo in archivos:
        pintor.texto(f"  {archivo}", sin_cortar=True)
    pintor.texto("Es un ejemplo que funciona: cámbialo por tu caso y sustituye cada "
                 "marca TODO (historia, pistas, explicación).")
    pintor.texto(f"Después: {comprobar}", sin_cortar=True)


def pintar_revision(pintor: Pintor, revision: Any, repetir: str) -> None:
    """El informe de `verificar autor comprobar`: cada caso, sus reglas incumplidas y el total.

    `revision` es una `verificador.autor.Revision` (Any para no importar el paquete aquí).
    """
    for falta in revision.generales:
        pintor.consola.print(Text.assemble(("✘ catálogo ", "bold red"),
                                           (f"[{falta.regla.value}] ", "yellow"),
                                           (falta.mensaje, "")), soft_wrap=True)
    for caso in revision.retos:
        titulo = f" · {caso.reto.titulo}" if caso.reto is not None else ""
        veredictos = ""
        if caso.pruebas:
            rota = sum(1 for p in caso.pruebas if p.version == "rota"
                       and p.veredicto is not Veredicto.APROBADO)
            buena = sum(1 for p in caso.pruebas if p.version == "solucion"
                        and p.veredicto is Veredicto.APROBADO)
            k = revision.veredictos
            veredictos = f"  (rota falla {rota}/{k}, solución aprueba {buena}/{k})"
        if caso.correcto:
            pintor.consola.print(Text.assemble(("✔ ", "bold green"), (caso.nombre, "bold"),
                                               titulo, (veredictos, "dim")), soft_wrap=True)
        else:
            pintor.consola.print(Text.assemble(("✘ ", "bold red"), (caso.nombre, "bold"),
                                               titulo, (veredictos, "dim")), soft_wrap=True)
        for intento in caso.intentos():  # qué esperaba cada intento y qué recibió
            marca = ("  ✔ intento ", "green") if intento.acierta else ("  ✘ intento ", "red")
            pintor.consola.print(Text.assemble(marca, intento.linea()), soft_wrap=True)
        if caso.correcto:
            continue
        for falta in caso.faltas:
            pintor.consola.print(Text.assemble("  • ", (f"[{falta.regla.value}] ", "yellow"),
                                               falta.mensaje), soft_wrap=True)
    buenos = sum(1 for c in revision.retos if c.correcto)
    total = len(revision.retos)
    resumen = (f"{buenos} de {total} casos cumplen todas las reglas · "
               f"{revision.veredictos} veredictos por versión · semilla {revision.semilla}")
    if revision.correcta:
        pintor.texto(f"\nTodo en orden: {resumen}.", "bold green", sin_cortar=True)
        return
    problemas = sum(len(c.faltas) for c in revision.retos) + len(revision.generales)
    pintor.texto(f"\nHay {problemas} problema{'' if problemas == 1 else 's'}: {resumen}.",
                 "bold red", sin_cortar=True)
    pintor.texto(f"Para repetir esta revisión: {repetir}", sin_cortar=True)
