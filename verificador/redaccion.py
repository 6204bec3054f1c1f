"""Redacción en español de los textos ajenos que llegan a un veredicto.

Los motores y los jueces escriben en español, pero algunos textos vienen de
fuera: el compilador de CPython («invalid syntax», «expected ':'»), el plugin
pytest-timeout («Failed: Timeout (>30.0s) from pytest-timeout») o una cifra
de tiempo virtual sin redondear («35.0001 s»). Este módulo los convierte en
frases en español antes de pintarlos; no importa click ni rich, así que lo
pueden usar el informe de la terminal, la página HTML y los formatos de aula.

Invariante: el texto original del compilador no se pierde (va entre comillas
latinas detrás de la traducción), para que el alumno pueda buscarlo.
"""

from __future__ import annotations

import re

__all__ = ["numero_legible", "redactar", "traducir_compilador"]

# Mensajes de SyntaxError de CPython 3.10–3.13 (expresión regular -> plantilla).
_COMPILADOR: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(patron), plantilla) for patron, plantilla in (
        (r"^invalid syntax\. Perhaps you forgot a comma\?$", "sintaxis no válida: ¿falta una coma?"),
        (r"^invalid syntax\. Maybe you meant '==' or ':=' instead of '='\?$",
         "sintaxis no válida: ¿querías comparar con '=='?"),
        (r"^invalid syntax$", "sintaxis no válida"),
        (r"^expected '(?P<s>[^']+)'$", "aquí Python esperaba '{s}'"),
        (r"^expected an indented block after (?P<q>.+) on line (?P<n>\d+)$",
         "falta el bloque con sangría que debe seguir a la línea {n}"),
        (r"^expected an indented block$", "falta un bloque con sangría"),
        (r"^unexpected indent$", "sangría inesperada"),
        (r"^unindent does not match any outer indentation level$",
         "la sangría no coincide con ningún nivel anterior"),
        (r"^inconsistent use of tabs and spaces in indentation$",
         "mezcla de tabuladores y espacios en la sangría"),
        (r"^'(?P<s>.)' was never closed$", "el '{s}' se abre y nunca se cierra"),
        (r"^unmatched '(?P<s>.)'$", "sobra un '{s}': no hay nada abierto que cerrar"),
        (r"^closing parenthesis '(?P<a>.)' does not match opening parenthesis '(?P<b>.)'.*$",
         "el '{a}' no cierra el '{b}' que está abierto"),
        (r"^unterminated string literal.*$", "un texto entre comillas no se cierra"),
        (r"^unterminated triple-quoted string literal.*$",
         "un texto entre comillas triples no se cierra"),
        (r"^EOL while scanning string literal$", "un texto entre comillas no se cierra"),
        (r"^unexpected EOF while parsing$", "el archivo se acaba a mitad de una instrucción"),
        (r"^invalid character '(?P<c>.+)' \((?P<u>U\+[0-9A-F]+)\)$",
         "carácter no válido '{c}' ({u}); ¿se coló al copiar y pegar?"),
        (r"^invalid non-printable character (?P<u>U\+[0-9A-F]+)$",
         "carácter invisible no válido ({u}); ¿se coló al copiar y pegar?"),
        (r"^invalid decimal literal$", "número mal escrito (¿letras pegadas a un número?)"),
        (r"^cannot assign to (?P<x>.+?)(?: here)?(?:\. Maybe you meant .*)?$",
         "no se puede asignar a {x}"),
        (r"^'(?P<k>await|async with|async for)' outside async function$",
         "'{k}' fuera de una función `async def`"),
        (r"^'(?P<k>return|yield)' outside function$", "'{k}' fuera de una función"),
        (r"^'(?P<k>break|continue)' (?:outside loop|not properly in loop)$",
         "'{k}' fuera de un bucle"),
        (r"^Missing parentheses in call to '(?P<f>\w+)'.*$",
         "faltan los paréntesis de la llamada a '{f}'"),
        (r"^f-string: (?P<x>.+)$", "f-string mal formada ({x})"),
    )
)

_SINTAXIS = re.compile(
    r"^(?P<pre>Error de sintaxis en .+?, línea \d+: )(?P<msg>.+?)(?P<fin>\.?)$", re.S
)
_TIMEOUT = re.compile(
    r"(?:Failed: )?Timeout \(>(?P<s>[\d.]+)s\) from pytest-timeout\.?"
)
# Un número con cuatro o más decimales seguido de una unidad de tiempo.
_DECIMALES = re.compile(r"(?<![\w.])(?P<n>\d+\.\d{4,})(?P<u>\s?(?:s|ms|segundos?)\b)")


def numero_legible(valor: float) -> str:
    """35.0001 -> '35'; 2.5 -> '2.5'; 0.123456 -> '0.12' (dos decimales como mucho)."""
    texto = f"{valor:.2f}".rstrip("0").rstrip(".")
    return texto or "0"


def traducir_compilador(mensaje: str) -> str:
    """Un mensaje de SyntaxError en español, con el original entre comillas latinas."""
    limpio = mensaje.strip()
    for patron, plantilla in _COMPILADOR:
        coincide = patron.match(limpio)
        if coincide:
            return f"{plantilla.format(**coincide.groupdict())} (Python dice «{limpio}»)"
    return f"Python no entiende esta línea (dice «{limpio}»)"


def redactar(texto: str) -> str:
    """El texto de una evidencia listo para un alumno: sin inglés de pytest ni decimales de más."""
    if not texto:
        return texto
    sintaxis = _SINTAXIS.match(texto)
    if sintaxis and not sintaxis["msg"].endswith("»)"):
        texto = f"{sintaxis['pre']}{traducir_compilador(sintaxis['msg'])}."
    texto = _TIMEOUT.sub(
        lambda m: f"superó el tiempo límite de {numero_legible(float(m['s']))} s de una "
        "repetición (el programa no terminó)", texto)
    return _DECIMALES.sub(lambda m: numero_legible(float(m["n"])) + m["u"], texto)
