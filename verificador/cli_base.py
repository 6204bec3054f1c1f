"""Click en español: tipos de parámetro, traducción de errores de uso y códigos de salida.

`cli.py` define las órdenes; aquí vive la fontanería que hace que todas
hablen igual: cada error de uso es una sola línea en español en stderr
(`Error: ...`) con qué pasó y qué hacer, y sale con código 2. Para eso
`Grupo.main` ejecuta click en modo no autónomo y traduce sus excepciones en
vez de dejar que imprima su texto en inglés.
"""

from __future__ import annotations

import difflib
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from verificador.casos import (
    Catalogo,
    ErrorCatalogo,
    cargar_catalogo,
    mostrar_ruta,
    resolver_catalogo,
)
from verificador.espacio import ErrorEspacio, Espacio, exigir_espacio
from verificador.informe import Pintor
from verificador.progreso import ErrorProgreso
from verificador.veredictos import Veredicto

__all__ = [
    "SALIDA_APROBADO",
    "SALIDA_FALLO",
    "SALIDA_INTERNO",
    "SALIDA_SIN_CONCLUSION",
    "SALIDA_USO",
    "Contexto",
    "Eleccion",
    "Entero",
    "ErrorUso",
    "Formateador",
    "Grupo",
    "Orden",
    "abrir_espacio",
    "codigo_salida",
    "escribir_html",
    "opcion_html",
    "sugerir",
]

SALIDA_APROBADO = 0
SALIDA_FALLO = 1
SALIDA_USO = 2
SALIDA_INTERNO = 3
SALIDA_SIN_CONCLUSION = 4  # el verificador no pudo decidir (presupuesto agotado, bloqueo no modelado)
_F = TypeVar("_F", bound=Callable[..., Any])


def codigo_salida(veredicto: Veredicto) -> int:
    """El código de salida de una orden que da un veredicto."""
    if veredicto is Veredicto.APROBADO:
        return SALIDA_APROBADO
    if veredicto is Veredicto.ERROR_INTERNO:
        return SALIDA_INTERNO
    if not veredicto.es_concluyente:
        return SALIDA_SIN_CONCLUSION
    return SALIDA_FALLO


SALIDA_INTERRUMPIDO = 130  # como un shell tras Ctrl-C (128 + SIGINT)


class ErrorUso(click.ClickException):
    """Un error de uso ya redactado en español; sale con código 2."""

    exit_code = SALIDA_USO


def abrir_espacio(retos: str | None) -> tuple[Espacio, Catalogo]:
    """El espacio de la carpeta actual y su catálogo.

    El catálogo (jueces, pistas, costes, puntos) nunca se lee de dentro del
    espacio del alumno: un ajuste `retos` de su `verificador.toml` que apunte
    dentro del propio espacio se rechaza. Un clon del repositorio es la
    excepción natural: allí el catálogo incluido ya está dentro, sin ajuste.
    """
    espacio = exigir_espacio()
    fuente = resolver_catalogo(retos, ajuste=espacio.ajuste_retos,
                               archivo_ajustes=espacio.marcador)
    if retos is None and espacio.ajuste_retos and fuente.origen.startswith("el ajuste"):
        try:
            fuente.retos.resolve().relative_to(espacio.raiz.resolve())
        except ValueError:
            pass
        else:
            raise ErrorEspacio(
                f"el ajuste 'retos' de {espacio.marcador.name} apunta dentro del propio "
                "espacio de trabajo; los retos, sus pistas y sus puntos se leen del catálogo "
                "instalado. Quita ese ajuste o apúntalo a una carpeta fuera del espacio"
            )
    return espacio, cargar_catalogo(fuente)


# -- la evidencia en HTML (reto y explorar) -----------------------------------------------

def opcion_html() -> Callable[[_F], _F]:
    return click.option(
        "--html", "html", is_flag=False, flag_value="", default=None, metavar="[RUTA]",
        help="Escribe la evidencia como una página HTML (el entrelazado en calles, una por "
        "hilo, tarea o proceso) y la abre si hay navegador. Sin RUTA, la deja en "
        ".verificador/evidencia/ (o junto al programa, con explorar).")


def _navegador_disponible() -> bool:
    """¿Hay dónde abrir una página? No en CI, ni sin pantalla (salvo macOS y Windows)."""
    if os.environ.get("CI") or os.environ.get("VERIFICADOR_NO_ABRIR"):
        return False
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def escribir_html(ruta: Path, pagina: Any, pintor: Pintor) -> None:
    from verificador.informe_html import a_html

    try:
        ruta.parent.mkdir(parents=True, exist_ok=True)
        ruta.write_text(a_html(pagina), encoding="utf-8")
    except OSError as error:
        raise ErrorUso(f"no puedo escribir la página {mostrar_ruta(ruta)}: "
                       f"{error.strerror or error}") from None
    abierta = False
    if _navegador_disponible():
        import webbrowser

        abierta = webbrowser.open(ruta.resolve().as_uri())
    pintor.aviso(f"Evidencia en HTML: {mostrar_ruta(ruta)}"
                 + (" (abierta en el navegador)" if abierta else ""))


# -- ayuda de click en español ----------------------------------------------------------

_SECCIONES = {
    "Options": "Opciones",
    "Commands": "Órdenes",
    "Positional arguments": "Argumentos",
    "Arguments": "Argumentos",
}


class Formateador(click.HelpFormatter):
    """El formateador de click con los encabezados en español (`Uso:`, `Opciones:`...)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="Uso: " if prefix is None else prefix)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(_SECCIONES.get(name, name)):
            yield


class Contexto(click.Context):
    formatter_class = Formateador


def _sin_tildes(texto: str) -> str:
    descompuesto = unicodedata.normalize("NFKD", texto)
    return "".join(c for c in descompuesto if not unicodedata.combining(c)).lower()


def sugerir(nombre: str, posibles: Sequence[str]) -> list[str]:
    """Los nombres parecidos a `nombre` (sin contar tildes ni mayúsculas), el mejor primero."""
    claves = {_sin_tildes(p): p for p in posibles}
    parecidos = difflib.get_close_matches(_sin_tildes(nombre), list(claves), n=2, cutoff=0.7)
    return [claves[p] for p in parecidos]


def _quisiste_decir(parecidos: Sequence[str], formato: str = "{}") -> str:
    if not parecidos:
        return ""
    return " (¿quisiste decir " + " o ".join(formato.format(p) for p in parecidos) + "?)"


# -- tipos de parámetro con mensajes en español -------------------------------------------


class Entero(click.ParamType):
    name = "entero"

    def __init__(self, minimo: int, maximo: int | None = None) -> None:
        self.minimo = minimo
        self.maximo = maximo

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            numero = value
        else:
            try:
                numero = int(str(value).strip(), 10)
            except ValueError:
                self.fail(f"valor {value!r} inválido: {self._regla()}", param, ctx)
        if numero < self.minimo or (self.maximo is not None and numero > self.maximo):
            self.fail(f"valor {value!r} inválido: {self._regla()}", param, ctx)
        return numero

    def _regla(self) -> str:
        if self.maximo is None:
            return f"debe ser un entero mayor o igual que {self.minimo}"
        return f"debe ser un entero entre {self.minimo} y {self.maximo}"


class Eleccion(click.ParamType):
    name = "eleccion"

    def __init__(self, *opciones: str) -> None:
        self.opciones = opciones

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[" + "|".join(self.opciones) + "]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if value in self.opciones:
            return str(value)
        self.fail(f"valor {value!r} inválido: debe ser uno de {', '.join(self.opciones)}",
                  param, ctx)


# -- traducción de los errores de click ---------------------------------------------------


def _orden(ctx: click.Context | None) -> str:
    return ctx.command_path if ctx is not None else "verificar"


def _traducir(error: click.UsageError) -> str:
    """Una línea en español para cada error de uso de click."""
    ayuda = f"; mira `{_orden(error.ctx)} -h`"
    if isinstance(error, click.MissingParameter) and error.param is not None:
        if isinstance(error.param, click.Argument):
            return f"falta el argumento {error.param.human_readable_name}{ayuda}"
        return f"falta la opción {error.param.opts[0]}{ayuda}"
    if isinstance(error, click.BadParameter):
        if error.param is not None and error.ctx is not None:
            nombre = error.param.get_error_hint(error.ctx)
        else:
            nombre = error.param_hint if isinstance(error.param_hint, str) else "un parámetro"
        mensaje = error.message.replace("valor ", "", 1) if error.message.startswith("valor ") \
            else error.message
        valor, _, regla = mensaje.partition(" inválido: ")
        if regla:
            return f"valor {valor} inválido para {nombre}: {regla}"
        return f"valor inválido para {nombre}: {error.message}{ayuda}"
    if isinstance(error, click.NoSuchOption):
        sugerencia = ""
        if error.possibilities:
            sugerencia = _quisiste_decir(sorted(error.possibilities))
        return f"opción desconocida {error.option_name}{sugerencia}{ayuda}"
    if isinstance(error, click.BadOptionUsage):
        return f"la opción {error.option_name} necesita un valor{ayuda}"
    texto = error.format_message()
    if texto.startswith("Got unexpected extra argument"):
        sobrante = texto[texto.find("(") + 1: texto.rfind(")")]
        return f"sobra el argumento {sobrante}{ayuda}"
    if texto.startswith("Missing command"):
        return f"falta la orden{ayuda}"
    if texto.startswith("No such command"):
        return f"no existe esa orden{ayuda}"
    return texto + ayuda


def _ayuda_en_espanol(opcion: click.Option | None) -> click.Option | None:
    if opcion is not None:
        opcion.help = "Muestra esta ayuda y sale."
    return opcion


class Orden(click.Command):
    """Una orden de click con la ayuda de `-h` en español."""

    context_class = Contexto

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPCIONES]")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _ayuda_en_espanol(super().get_help_option(ctx))


class Grupo(click.Group):
    """Grupo de click que habla español en los errores y fija los códigos de salida.

    `perezosas` maps command names to "module:attribute"; those commands are
    imported only when used (or listed in the help), to keep start-up fast.
    """

    command_class = Orden
    context_class = Contexto

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPCIONES]")
        opcional = kwargs.get("invoke_without_command", False)
        kwargs.setdefault("subcommand_metavar",
                          "[ORDEN] [ARGUMENTOS]..." if opcional else "ORDEN [ARGUMENTOS]...")
        super().__init__(*args, **kwargs)
        self.perezosas: dict[str, str] = {}
        # Otro nombre -> nombre de la orden: `solución` con tilde, como se escribe.
        self.alias: dict[str, str] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.perezosas})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cmd_name = self.alias.get(cmd_name, cmd_name)
        if cmd_name in self.perezosas and cmd_name not in self.commands:
            import importlib

            modulo, _, atributo = self.perezosas[cmd_name].partition(":")
            self.add_command(getattr(importlib.import_module(modulo), atributo), cmd_name)
        return super().get_command(ctx, cmd_name)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _ayuda_en_espanol(super().get_help_option(ctx))

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        nombre = args[0] if args else ""
        if nombre and not nombre.startswith("-") and self.get_command(ctx, nombre) is None:
            nombres = self.list_commands(ctx)
            parecidos = sugerir(nombre, [*nombres, *self.alias])
            parecidos = list(dict.fromkeys(self.alias.get(p, p) for p in parecidos))
            raise click.UsageError(
                f"no existe la orden {nombre!r}{_quisiste_decir(parecidos, '`{}`')}; "
                f"las órdenes son: {', '.join(nombres)}", ctx
            )
        if nombre in self.alias:
            args = [self.alias[nombre], *args[1:]]
        return super().resolve_command(ctx, args)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        pintor = Pintor()
        try:
            codigo = super().main(
                args, prog_name or "verificar", complete_var, standalone_mode=False, **extra
            )
        except click.UsageError as error:
            pintor.error(_traducir(error))
            codigo = SALIDA_USO
        except (ErrorCatalogo, ErrorEspacio, ErrorProgreso) as error:
            pintor.error(str(error))
            codigo = SALIDA_USO
        except click.ClickException as error:
            pintor.error(error.format_message())
            codigo = error.exit_code
        except click.Abort as error:
            if isinstance(error.__cause__ or error.__context__, KeyboardInterrupt):
                pintor.error("interrumpido (Ctrl-C); no se ha guardado ningún veredicto")
                codigo = SALIDA_INTERRUMPIDO
            else:
                pintor.error("cancelado")
                codigo = SALIDA_FALLO
        except Exception as error:
            pintor.error(
                f"fallo del verificador ({type(error).__name__}: {error}); "
                "por favor repórtalo con la orden que ejecutaste"
            )
            if os.environ.get("VERIFICADOR_DEPURAR"):
                raise
            codigo = SALIDA_INTERNO
        if not isinstance(codigo, int):
            codigo = 0
        if not standalone_mode:
            return codigo
        sys.exit(codigo)
