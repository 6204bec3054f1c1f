"""Qué datos usa cada línea del alumno: nombres, y de ellos qué clave o atributo lee.

Para las lecturas adelantadas (`lecturas.py`) no basta con saber que una línea
nombra `cache`: si solo lee `cache["perfil"]` (una clave constante) o
`stats.paginas` (un atributo), lo que importa es esa parte, no todo el
contenedor, que otras tareas pueden seguir llenando con otras claves. Sale del
bytecode de la línea (3.10–3.13): un nombre seguido de una constante y un
`BINARY_SUBSCR`, o de un `LOAD_ATTR` que no carga un método. Si la línea usa el
nombre de cualquier otra forma, se usa el dato entero.
"""

from __future__ import annotations

import bisect
import dis
import types
from dataclasses import dataclass
from typing import Any

_LEE_GLOBAL = frozenset({"LOAD_GLOBAL", "LOAD_NAME"})
_LEE_LOCAL = frozenset({"LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_DEREF", "LOAD_FAST_LOAD_FAST",
                        "LOAD_CLASSDEREF", "LOAD_FROM_DICT_OR_DEREF"})
_ESCRIBE = frozenset({"STORE_GLOBAL", "STORE_NAME", "STORE_FAST", "STORE_DEREF", "DELETE_GLOBAL",
                      "DELETE_NAME", "DELETE_FAST", "DELETE_DEREF", "STORE_FAST_STORE_FAST",
                      "STORE_FAST_LOAD_FAST"})
# Una línea que lanza trabajo o lo espera no «usa» los datos que nombra: se los pasa a
# las tareas (`create_task(trabajar(resultados))`) o espera a que los llenen.
_LANZA = frozenset({"create_task", "ensure_future", "gather", "wait", "wait_for", "shield",
                    "as_completed", "to_thread", "run_in_executor", "TaskGroup", "Task",
                    "run_coroutine_threadsafe", "call_soon", "call_later", "call_at"})
_ESPERA = frozenset({"GET_AWAITABLE", "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH"})
_CLAVES = (int, str, bytes, bool)


@dataclass(frozen=True)
class Uso:
    """Un dato que lee la línea: `nombre` (global o local) y, si solo lee una parte, cuál:
    `("[]", clave)` o `(".", atributo)`; None es el dato entero."""

    nombre: str
    local: bool
    parte: tuple[str, Any] | None = None


@dataclass(frozen=True)
class Linea:
    usos: tuple[Uso, ...]
    escritos: frozenset[str]  # nombres a los que la línea asigna o que borra
    lanza: bool  # espera (await) o lanza trabajo: lo que nombra no se usa aquí


def _nombres(argval: Any) -> tuple[str, ...]:
    return tuple(str(n) for n in argval) if isinstance(argval, tuple) else (str(argval),)


def _parte(siguientes: list[dis.Instruction]) -> tuple[str, Any] | None:
    """La parte que leen las instrucciones que siguen a la carga de un nombre, o None."""
    if len(siguientes) >= 2 and siguientes[0].opname in ("LOAD_CONST", "LOAD_SMALL_INT") \
            and siguientes[1].opname == "BINARY_SUBSCR" and isinstance(siguientes[0].argval, _CLAVES):
        return ("[]", siguientes[0].argval)
    if siguientes and siguientes[0].opname == "LOAD_ATTR" and not (
            (siguientes[0].arg or 0) & 1 and "NULL|self" in (siguientes[0].argrepr or "")):
        return (".", siguientes[0].argval)
    return None


def _usos(instrucciones: list[dis.Instruction]) -> tuple[Uso, ...]:
    partes: dict[tuple[str, bool], set[tuple[str, Any] | None]] = {}
    for j, ins in enumerate(instrucciones):
        if ins.opname not in _LEE_GLOBAL and ins.opname not in _LEE_LOCAL:
            continue
        local = ins.opname in _LEE_LOCAL
        nombres = _nombres(ins.argval)
        for nombre in nombres[:-1]:
            partes.setdefault((nombre, local), set()).add(None)
        partes.setdefault((nombres[-1], local), set()).add(_parte(instrucciones[j + 1 : j + 3]))
    usos: list[Uso] = []
    for (nombre, local), conjunto in partes.items():
        if None in conjunto:
            usos.append(Uso(nombre, local))
        else:
            usos.extend(Uso(nombre, local, p) for p in conjunto if p is not None)
    return tuple(usos)


# Por id del código (con el código, para no confundir uno liberado con otro nuevo): el hash
# de un objeto código recorre sus constantes y se pediría en cada línea de main.
_CACHE: dict[int, tuple[types.CodeType, dict[int, Linea]]] = {}
MAX_CACHE = 512


def lineas(codigo: types.CodeType) -> dict[int, Linea]:
    """Cada línea de `codigo` con lo que lee, lo que escribe y si lanza o espera trabajo."""
    guardado = _CACHE.get(id(codigo))
    if guardado is not None and guardado[0] is codigo:
        return guardado[1]
    if len(_CACHE) >= MAX_CACHE:
        _CACHE.clear()
    resultado = _analizar(codigo)
    _CACHE[id(codigo)] = (codigo, resultado)
    return resultado


def _analizar(codigo: types.CodeType) -> dict[int, Linea]:
    inicios = sorted((o, n) for o, n in dis.findlinestarts(codigo) if n is not None)
    desplazamientos = [o for o, _ in inicios]
    por_linea: dict[int, list[dis.Instruction]] = {}
    for ins in dis.get_instructions(codigo):
        i = bisect.bisect_right(desplazamientos, ins.offset) - 1
        if i >= 0:
            por_linea.setdefault(inicios[i][1], []).append(ins)
    resultado = {}
    for numero, instrucciones in por_linea.items():
        escritos = frozenset(n for ins in instrucciones if ins.opname in _ESCRIBE for n in _nombres(ins.argval))
        lanza = any(ins.opname in _ESPERA or (isinstance(ins.argval, str) and ins.argval in _LANZA)
                    for ins in instrucciones)
        resultado[numero] = Linea(_usos(instrucciones), escritos, lanza)
    return resultado
