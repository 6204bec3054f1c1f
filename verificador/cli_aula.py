"""La orden `verificar calificar` (docentes): analiza, llama a `verificador.aula` y pinta.

Se registra en el grupo `verificar` con una línea al final de `cli.py`.
Códigos de salida: 0 el lote se calificó (aunque haya casos con fallo: eso es
la nota, no un error), 2 mal uso, 3 si algún caso dio `error_interno` (un
fallo nuestro que el docente debe ver).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from verificador.aula import FORMATOS, ErrorCalificar, calificar, escribir_salidas
from verificador.aula.entregas import MARCADOR, descubrir_entregas
from verificador.aula.modelo import Calificacion
from verificador.casos import Catalogo, cargar_catalogo, resolver_catalogo
from verificador.cli_base import SALIDA_APROBADO, SALIDA_INTERNO, Eleccion, Entero, ErrorUso, Orden
from verificador.informe import Pintor
from verificador.informe_aula import PintorAula
from verificador.veredictos import Veredicto

__all__ = ["calificar_orden"]

SEMILLA_MAXIMA = 2**63 - 1
TRABAJOS_MAXIMOS = 256
CONTEXTO: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 80}


class ListaFormatos(click.ParamType):
    """`csv,json,...`: cada uno debe ser de FORMATOS; mensaje en español."""

    name = "formatos"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        elegidos = [p.strip().lower() for p in str(value).split(",") if p.strip()]
        malos = [f for f in elegidos if f not in FORMATOS]
        if not elegidos or malos:
            self.fail(f"valor {str(value)!r} inválido: debe ser una lista separada por comas "
                      f"de {', '.join(FORMATOS)}", param, ctx)
        return tuple(dict.fromkeys(elegidos))


def _semilla_nueva() -> int:
    return int.from_bytes(os.urandom(4), "big")


def _a_github(resultado: Calificacion, catalogo: Catalogo, pintor: Pintor) -> None:
    """Anotaciones en stdout; la tabla, al resumen del trabajo (o a stdout fuera de Actions)."""
    from verificador.aula.plataformas import anotaciones_github, resumen_github

    archivos = {r.numero: r.archivos[0] for r in catalogo.retos}
    click.echo(anotaciones_github(resultado, archivos), nl=False)
    resumen = resumen_github(resultado)
    destino = os.environ.get("GITHUB_STEP_SUMMARY")
    if not destino:
        click.echo(resumen, nl=False)
        return
    try:
        with open(destino, "a", encoding="utf-8") as archivo:
            archivo.write(resumen)
    except OSError as error:
        pintor.aviso(f"no puedo escribir el resumen en GITHUB_STEP_SUMMARY ({destino}): "
                     f"{error.strerror or error}")
        click.echo(resumen, nl=False)


@click.command("calificar", cls=Orden, context_settings=CONTEXTO)
@click.argument("entregas", metavar="ENTREGAS/")
@click.option("--trabajos", type=Entero(1, TRABAJOS_MAXIMOS), metavar="N",
              help="Veredictos a la vez (por defecto, los núcleos de la máquina).")
@click.option("--salida", metavar="DIR", help="Carpeta donde escribir los archivos de notas.")
@click.option("--formatos", type=ListaFormatos(), metavar="LISTA",
              help="Con --salida: " + ",".join(FORMATOS) + " (por defecto, todos).")
@click.option("--semilla", type=Entero(0, SEMILLA_MAXIMA), metavar="S",
              help="Repite exactamente una calificación anterior.")
@click.option("--sin-progreso", is_flag=True,
              help="No leer el progreso de las entregas: sin descuentos por pistas ni "
              "desempates por intentos.")
@click.option("--formato", type=Eleccion("texto", "json", "github"), default="texto",
              help="texto (tabla, por defecto), json (un único objeto JSON) o github: "
              "anotaciones de GitHub Actions en la salida y la tabla en el resumen del "
              "trabajo ($GITHUB_STEP_SUMMARY).")
@click.option("--reto", "solo", type=Entero(1), multiple=True, metavar="N",
              help="Califica solo el reto N (se puede repetir); por defecto, todos.")
@click.option("--retos", metavar="RUTA",
              help="Catálogo de retos del docente (por encima de VERIFICADOR_RETOS).")
def calificar_orden(entregas: str, trabajos: int | None, salida: str | None,
                    formatos: tuple[str, ...] | None, semilla: int | None, sin_progreso: bool,
                    formato: str, solo: tuple[int, ...], retos: str | None) -> int:
    """Califica ENTREGAS/: una carpeta (o .zip) con un espacio de trabajo por alumno.

    De cada entrega solo se toman los archivos del alumno; los jueces, los
    puntos y las pistas salen de tu catálogo instalado. Si ENTREGAS/ es un
    espacio de trabajo, es una sola entrega (GitHub Classroom, Gradescope).
    """
    carpeta = Path(entregas).expanduser()
    if not carpeta.is_dir():
        raise ErrorUso(f"la carpeta de entregas {entregas!r} no existe o no es una carpeta")
    if formatos and not salida:
        raise ErrorUso("--formatos necesita --salida DIR (dónde escribir los archivos)")
    # El catálogo es el del docente: nunca el ajuste 'retos' de una entrega.
    catalogo = cargar_catalogo(resolver_catalogo(retos))
    if not catalogo.retos:
        raise ErrorUso(f"{catalogo.rango_valido()}; no hay nada que calificar")
    if solo:
        elegidos = tuple(catalogo.obtener(n) for n in sorted(set(solo)))  # o ErrorCatalogo
        catalogo = Catalogo(fuente=catalogo.fuente, retos=elegidos)
    trabajos = trabajos or os.cpu_count() or 1
    semilla = _semilla_nueva() if semilla is None else semilla
    unica = (carpeta / MARCADOR).is_file()
    n_entregas = 1 if unica else len(descubrir_entregas(carpeta)[0])
    pintor = PintorAula(Pintor())
    texto = formato == "texto"
    try:
        if texto:
            pintor.inicio(n_entregas, len(catalogo.retos), trabajos, semilla)
            with pintor.barra(n_entregas) as (al_inicio, avanzar):
                resultado = calificar(
                    carpeta, catalogo, semilla=semilla, trabajos=trabajos,
                    leer_progreso=not sin_progreso, al_inicio=al_inicio,
                    al_avance=lambda a: avanzar(a.hechos, a.total, a.alumno),
                )
        else:
            resultado = calificar(carpeta, catalogo, semilla=semilla, trabajos=trabajos,
                                  leer_progreso=not sin_progreso)
    except ErrorCalificar as error:
        raise ErrorUso(str(error)) from None
    rutas = []
    if salida:
        try:
            rutas = escribir_salidas(resultado, Path(salida).expanduser(), formatos or FORMATOS)
        except OSError as error:
            raise ErrorUso(f"no puedo escribir en {salida!r}: {error.strerror or error}") from None
    if texto:
        pintor.clasificacion(resultado)
        pintor.salidas(rutas)
    elif formato == "github":
        _a_github(resultado, catalogo, pintor.pintor)
    else:
        pintor.pintor.json(resultado.a_dict())
    interno = any(c.veredicto == Veredicto.ERROR_INTERNO.value
                  for a in resultado.alumnos for c in a.casos)
    return SALIDA_INTERNO if interno else SALIDA_APROBADO
