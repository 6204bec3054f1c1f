"""Órdenes `verificar autor nuevo|comprobar` y `verificar vigilar`: solo analizan, llaman y pintan.

Se registran en el grupo `verificar` desde el final de `cli.py` con
`registrar(verificar)`. Códigos de salida como el resto del CLI: 0 bien,
1 algún caso incumple una regla, 2 mal uso.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from pathlib import Path
from typing import Any

import click

from verificador import vigilancia
from verificador.autor import ErrorAutor, crear_reto, revisar_catalogo
from verificador.casos import (
    Catalogo,
    FuenteCatalogo,
    Reto,
    mostrar_ruta,
    resolver_catalogo,
)
from verificador.cli_base import (
    SALIDA_APROBADO,
    SALIDA_FALLO,
    Eleccion,
    Entero,
    ErrorUso,
    Grupo,
    Orden,
    abrir_espacio,
)
from verificador.espacio import Espacio, buscar_espacio
from verificador.informe import Pintor
from verificador.informe_autor import pintar_reto_creado, pintar_revision

__all__ = ["autor", "registrar", "vigilar"]

CONTEXTO: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 80}
MOTORES_CLI = {"hilos": "hilos", "asincrono": "asyncio", "asyncio": "asyncio",
               "procesos": "procesos"}  # nombre en la orden -> valor de `motor` en reto.toml
VEREDICTOS_POR_DEFECTO = 3  # veredictos por versión en `autor comprobar`
SEMILLA_MAXIMA = 2**63 - 1


def _fuente(ruta: str | None) -> FuenteCatalogo:
    """El catálogo: RUTA > VERIFICADOR_RETOS > ajuste del espacio (si hay) > incluido."""
    espacio = buscar_espacio()
    return resolver_catalogo(
        ruta,
        ajuste=espacio.ajuste_retos if espacio else None,
        archivo_ajustes=espacio.marcador if espacio else None,
    )


@click.group("autor", cls=Grupo, context_settings=CONTEXTO, invoke_without_command=True)
@click.pass_context
def autor(ctx: click.Context) -> int:
    """Para docentes: crear casos propios y revisarlos como los del catálogo incluido."""
    if ctx.invoked_subcommand is None:
        Pintor().texto(ctx.get_help())
    return SALIDA_APROBADO


@autor.command("nuevo", context_settings=CONTEXTO)
@click.argument("nombre", metavar="NOMBRE")
@click.option("--retos", metavar="RUTA",
              help="Catálogo donde crearlo (una carpeta con retos/ y soluciones/; se crea si "
              "no existe). Por defecto, el de VERIFICADOR_RETOS o del espacio de trabajo.")
@click.option("--motor", type=Eleccion("hilos", "asincrono", "procesos"), default="hilos",
              help="Motor del juez: hilos (por defecto), asincrono (asyncio) o procesos.")
def orden_nuevo(nombre: str, retos: str | None, motor: str) -> int:
    """Crea el caso NOMBRE (el siguiente número libre) y su carpeta de solución.

    El caso es un ejemplo completo que funciona, con marcas TODO donde va lo
    tuyo; `verificar autor comprobar` te dice qué queda. No sobrescribe nada.
    """
    if retos and not Path(retos).expanduser().exists():
        base = Path(retos).expanduser().resolve()
        fuente = FuenteCatalogo(base / "retos", base / "soluciones", "la opción --retos")
    else:
        fuente = _fuente(retos)
        if fuente.retos.parent.name == "_datos":
            raise ErrorUso(
                "no creo casos dentro del catálogo instalado con el paquete; elige tu carpeta "
                "de casos con --retos RUTA (o el ajuste 'retos' de verificador.toml)"
            )
    try:
        creado = crear_reto(fuente, nombre, MOTORES_CLI[motor])
    except ErrorAutor as error:
        raise ErrorUso(str(error)) from None
    catalogo = fuente.retos.parent if fuente.retos.name == "retos" else fuente.retos
    pintar_reto_creado(
        Pintor(), creado.nombre, [mostrar_ruta(r) for r in creado.archivos],
        f"verificar autor comprobar {mostrar_ruta(catalogo)} --reto {creado.numero}",
    )
    return SALIDA_APROBADO


@autor.command("comprobar", context_settings=CONTEXTO)
@click.argument("ruta", metavar="[RUTA]", required=False)
@click.option("--veredictos", type=Entero(1, 100), default=VEREDICTOS_POR_DEFECTO,
              metavar="K",
              help="Veredictos (semillas distintas) que la versión rota debe fallar y la "
              f"solución aprobar (por defecto, {VEREDICTOS_POR_DEFECTO}).")
@click.option("--reto", "numero", type=Entero(1), metavar="N", help="Revisa solo el caso N.")
@click.option("--semilla", type=Entero(0, SEMILLA_MAXIMA), metavar="S",
              help="Primera semilla (las demás son S+1, S+2...): repite una revisión.")
@click.option("--trabajos", type=Entero(1, 256), metavar="N",
              help="Veredictos a la vez (por defecto, uno por núcleo).")
@click.option("--formato", type=Eleccion("texto", "json"), default="texto",
              help="texto (por defecto) o json: un único objeto JSON en la salida.")
def orden_comprobar(ruta: str | None, veredictos: int, numero: int | None, semilla: int | None,
                    trabajos: int | None, formato: str) -> int:
    """Revisa un catálogo de casos (RUTA, o el de tu espacio) como revisamos el nuestro.

    Reglas: reto.toml completo, al menos tres pistas con coste, caso.md con
    historia, ninguna marca TODO, solución con los mismos archivos y
    EXPLICACION.md, nada sobrante; y en cada uno de K veredictos la versión
    rota falla y la solución aprueba. Sale con 0 si todo cumple, 1 si no.
    """
    fuente = _fuente(ruta)
    semilla = int.from_bytes(os.urandom(4), "big") if semilla is None else semilla
    pintor = Pintor()
    texto = formato == "texto"
    if texto:
        pintor.texto(f"Revisando {mostrar_ruta(fuente.retos)}: {veredictos} veredictos por "
                     f"versión, semilla {semilla}", "dim", sin_cortar=True)
    with pintor.barra("Veredictos", 1) if texto else _SinBarra() as avanzar:
        revision = revisar_catalogo(
            fuente, veredictos=veredictos, semilla=semilla, numero=numero,
            trabajos=trabajos or os.cpu_count() or 1,
            al_avance=avanzar if texto else None,
        )
    if formato == "json":
        pintor.json(revision.a_dict())
    else:
        repetir = ["verificar", "autor", "comprobar"]
        if ruta:
            repetir.append(ruta)
        repetir += ["--veredictos", str(veredictos), "--semilla", str(semilla)]
        if numero is not None:
            repetir += ["--reto", str(numero)]
        pintar_revision(pintor, revision, " ".join(repetir))
    return SALIDA_APROBADO if revision.correcta else SALIDA_FALLO


class _SinBarra:
    """Un contexto que no pinta ninguna barra."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


# -- vigilar ----------------------------------------------------------------------------------


def _comprobar_reto(reto: Reto, directorio: Path, semilla: int) -> Any:
    """El juez del catálogo (nunca el del espacio) contra los archivos del alumno."""
    from verificador.ejecucion import comprobar_reto

    return comprobar_reto(reto.juez, directorio, reto.archivos, semilla=semilla,
                          repeticiones=reto.repeticiones, tiempo_limite_s=reto.tiempo_limite_s)


def _abrir(retos: str | None) -> tuple[Espacio, Catalogo]:
    return abrir_espacio(retos)


def _carpetas_vigiladas(espacio: Espacio, catalogo: Catalogo) -> list[Path]:
    carpetas = {espacio.directorio_intentos(catalogo, r).resolve() for r in catalogo.retos}
    return sorted(c for c in carpetas if c.is_dir())


@click.command("vigilar", cls=Orden, context_settings=CONTEXTO)
@click.option("--manual", is_flag=True,
              help="Sin vigilar archivos: guarda y pulsa r para comprobar (carpetas de red, "
              "WSL...).")
@click.option("--retos", metavar="RUTA",
              help="Carpeta de retos a usar (por encima de VERIFICADOR_RETOS y del ajuste "
              "'retos' de verificador.toml).")
def vigilar(manual: bool, retos: str | None) -> int:
    """Modo vigilancia: comprueba tu intento al empezar y cada vez que lo guardas.

    Cada veredicto ocupa una pantalla, con tu progreso arriba; al aprobar te
    dice cuál es el reto siguiente. Teclas: r comprobar, p pista (se confirma
    con v), l lista, q salir. Solo cuentan como intentos las comprobaciones
    que pides (r o `verificar reto N`); un guardado que falla no cuenta.
    """
    entrada = sys.stdin
    if entrada is None or not entrada.isatty():
        raise ErrorUso("la entrada no es una terminal: `verificar vigilar` lee teclas sueltas. "
                       "En un script usa `verificar reto N`")
    espacio, catalogo = _abrir(retos)
    if not catalogo.retos:
        raise ErrorUso(f"{catalogo.rango_valido()}; no hay nada que vigilar")
    pintor = Pintor()
    avisos: list[str] = []  # se repiten arriba de cada pantalla (la pantalla se limpia)
    if not manual and not vigilancia.watchfiles_disponible():
        avisos.append("No está instalado el paquete watchfiles, que avisa cuando guardas un "
                     "archivo (instálalo con `pip install watchfiles`). Sigo en modo manual: "
                     "pulsa r para comprobar.")
        manual = True
    cola: queue.Queue[object] = queue.Queue()
    parar = threading.Event()
    fd = entrada.fileno()
    hilos = [threading.Thread(target=vigilancia.leer_teclas, args=(fd, cola, parar),
                              name="vigilar-teclas", daemon=True)]
    sesion = vigilancia.Sesion(espacio, catalogo, pintor, _comprobar_reto, manual=manual)
    sesion.avisos = avisos
    try:
        with vigilancia.Terminal(fd):
            if not manual:
                espacio.interna.mkdir(exist_ok=True)
                carpetas = [*_carpetas_vigiladas(espacio, catalogo), espacio.interna.resolve()]
                hilos.append(threading.Thread(
                    target=vigilancia.vigilar_archivos, args=(carpetas, cola, parar),
                    name="vigilar-archivos", daemon=True))
                hilos[-1].start()
                if not vigilancia.probar_eventos(espacio.interna, cola):
                    sesion.manual = True
                    avisos.append(
                        "Los cambios de archivos no llegan en esta carpeta (pasa en carpetas "
                        "de red y en algunos WSL): no notaré cuándo guardas. Sigo en modo "
                        "manual: pulsa r para comprobar (la próxima vez, `verificar vigilar "
                        "--manual`).")
            hilos[0].start()
            sesion.ejecutar(vigilancia.eventos_de(cola))
    finally:
        parar.set()
        for hilo in hilos:
            if hilo.is_alive():
                hilo.join(timeout=2)
    return SALIDA_APROBADO


def registrar(grupo: click.Group) -> None:
    """Añade `autor` y `vigilar` al grupo principal (se llama al final de cli.py)."""
    grupo.add_command(autor)
    grupo.add_command(vigilar)
