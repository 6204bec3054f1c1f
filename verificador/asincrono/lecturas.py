"""Lecturas adelantadas: main usa un resultado mientras las tareas que lo producen van a medias.

Es el `incompleto` del README en asyncio: el programa usa resultados antes de
que termine el trabajo que los produce. Se mira, línea a línea, lo que lee
`main` (la corrutina de `asyncio.run`) mientras alguna tarea que ya empezó a
trabajar sigue sin terminar:

- *Uso adelantado*: la última lectura de `main` de un dato (un global, o una
  lista, diccionario u objeto que tiene en una variable) ocurrió en una línea
  que `main` ejecutó una sola vez (no es un sondeo en bucle), con tareas
  empezadas y sin terminar, y al final el dato tiene algo nuevo (otro número, un
  elemento más, otro objeto): `main` imprimió o devolvió un valor a medio hacer,
  aunque después esperara a las tareas (`asyncio.wait(..., FIRST_COMPLETED)` y
  luego el resto, un `gather` que llega tarde).
- *Comprobación adelantada*: un `assert` de `main` falla en una línea que lee un
  dato mientras hay tareas empezadas y sin terminar: comprobó el resultado antes
  de que estuviera hecho.

Solo cuentan las tareas que ya corrieron algún paso: antes de su primer paso
una tarea no ha hecho nada, y leer el estado inicial (`print("inicial:", n)`)
no es usar un resultado. Todo sale de lo que ocurrió en esta ejecución, con el
orden que asyncio garantiza: nada depende del reloj real.
"""

from __future__ import annotations

import asyncio
import bisect
import dis
import functools
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any

from verificador.huellas import ESCALARES, algo_nuevo, huella

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
_AUSENTE = object()


@dataclass(frozen=True)
class _Linea:
    """Lo que hace una línea con los nombres: cuáles lee (globales y locales) y cuáles escribe."""

    globales: tuple[str, ...]
    locales: tuple[str, ...]
    escritos: frozenset[str]
    lanza: bool  # espera (await) o lanza trabajo: lo que nombra no se usa aquí


def _nombres(argval: Any) -> tuple[str, ...]:
    return tuple(str(n) for n in argval) if isinstance(argval, tuple) else (str(argval),)


@functools.lru_cache(maxsize=256)
def _lineas(codigo: types.CodeType) -> dict[int, _Linea]:
    inicios = sorted((o, n) for o, n in dis.findlinestarts(codigo) if n is not None)
    desplazamientos = [o for o, _ in inicios]
    globales: dict[int, list[str]] = {}
    locales: dict[int, list[str]] = {}
    escritos: dict[int, set[str]] = {}
    lanzan: set[int] = set()
    for ins in dis.get_instructions(codigo):
        i = bisect.bisect_right(desplazamientos, ins.offset) - 1
        if i < 0:
            continue
        linea = inicios[i][1]
        if ins.opname in _LEE_GLOBAL:
            globales.setdefault(linea, []).extend(_nombres(ins.argval))
        elif ins.opname in _LEE_LOCAL:
            locales.setdefault(linea, []).extend(_nombres(ins.argval))
        if ins.opname in _ESCRIBE:
            escritos.setdefault(linea, set()).update(_nombres(ins.argval))
        if ins.opname in ("GET_AWAITABLE", "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH") or (
                isinstance(ins.argval, str) and ins.argval in _LANZA):
            lanzan.add(linea)
    return {n: _Linea(tuple(dict.fromkeys(globales.get(n, ()))), tuple(dict.fromkeys(locales.get(n, ()))),
                      frozenset(escritos.get(n, ())), n in lanzan)
            for n in set(globales) | set(locales) | set(escritos)}


def _dato_global(valor: Any) -> bool:
    """Un global que una tarea puede cambiar: un número o texto (con `global`) o un contenedor."""
    return valor is not _AUSENTE and not callable(valor) and not isinstance(valor, (types.ModuleType, tuple,
                                                                                    frozenset))


def _dato_local(valor: Any) -> bool:
    """Un local que otra tarea puede cambiar: solo un objeto mutable que comparten (no un número)."""
    return _dato_global(valor) and not isinstance(valor, ESCALARES)


@dataclass
class Lectura:
    """La última lectura de `main` de un dato, con tareas empezadas y sin terminar."""

    nombre: str
    leer: Callable[[], Any]
    huella: tuple[str, Any]
    archivo: str
    linea: int
    tareas: tuple[str, ...]  # nombres de las tareas a medias
    final: tuple[str, Any] | None = None  # huella del dato cuando main terminó


def _mismo(valor: Any) -> Any:
    return valor


def _huella_de(lectura: Lectura) -> tuple[str, Any] | None:
    """La huella del dato ahora (None si ya no se puede leer)."""
    try:
        ahora = lectura.leer()
    except Exception:
        return None
    return None if ahora is _AUSENTE else huella(ahora)


class VigiaLecturas:
    """Por ejecución: las lecturas de `main` y las tareas que ya trabajaron."""

    def __init__(self, nombre_de: Callable[[object], str]) -> None:
        self._nombre_de = nombre_de
        self.activas: dict[int, asyncio.Task[Any]] = {}  # tareas que ya corrieron algún paso
        self.lecturas: dict[tuple[str, str], Lectura] = {}
        self.sitios: Counter[tuple[str, int]] = Counter()  # veces que main ejecutó cada línea
        self.ultima: tuple[str, int] | None = None
        # Las lecturas de la última línea de main: su huella se toma cuando la línea acaba
        # (en la línea siguiente o al ceder main), con lo que main mismo haya cambiado.
        self._recien: list[Lectura] = []

    def _cerrar_linea(self) -> None:
        for lectura in self._recien:
            lectura.huella = _huella_de(lectura) or lectura.huella
        self._recien.clear()

    def paso_de(self, tarea: asyncio.Task[Any] | None) -> None:
        """Tras un paso de `tarea`: sigue a medias o ya terminó."""
        if tarea is None:
            return
        if self._nombre_de(tarea) == "main":
            self._cerrar_linea()
            if tarea.done():
                self._al_terminar_main()
            return
        if tarea.done():
            self.activas.pop(id(tarea), None)
        else:
            self.activas[id(tarea)] = tarea

    def linea(self, marco: FrameType) -> None:
        """Una línea del alumno que ejecuta `main` (el trazador la llama solo para main)."""
        self._cerrar_linea()
        sitio = (marco.f_code.co_filename, marco.f_lineno)
        self.sitios[sitio] += 1
        self.ultima = sitio
        datos = _lineas(marco.f_code).get(marco.f_lineno)
        if datos is None:
            return
        for nombre in datos.escritos:
            self.lecturas.pop(("g", nombre), None)
            self.lecturas.pop(("l", nombre), None)
        a_medias: tuple[str, ...] = () if datos.lanza else tuple(
            self._nombre_de(t) for t in self.activas.values() if not t.done())
        espacio = marco.f_globals
        for nombre in datos.globales:
            self._anotar(("g", nombre), espacio.get(nombre, _AUSENTE), _dato_global, a_medias, sitio,
                         functools.partial(espacio.get, nombre, _AUSENTE))
        if datos.locales:
            locales = marco.f_locals
            for nombre in datos.locales:
                valor = locales.get(nombre, _AUSENTE)
                self._anotar(("l", nombre), valor, _dato_local, a_medias, sitio, functools.partial(_mismo, valor))

    def _anotar(self, clave: tuple[str, str], valor: Any, es_dato: Callable[[Any], bool],
                a_medias: tuple[str, ...], sitio: tuple[str, int], leer: Callable[[], Any]) -> None:
        """La última lectura de `clave`: cuenta si hay tareas a medias y es un dato."""
        if not a_medias or not es_dato(valor):
            self.lecturas.pop(clave, None)
            return
        lectura = Lectura(clave[1], leer, huella(valor), *sitio, a_medias)
        self.lecturas[clave] = lectura
        self._recien.append(lectura)

    def _al_terminar_main(self) -> None:
        """Cómo quedó cada dato leído cuando main terminó (luego un script puede borrarlos)."""
        for lectura in self.lecturas.values():
            lectura.final = _huella_de(lectura)

    def uso_adelantado(self) -> Lectura | None:
        """Al terminar bien: una lectura única de main que después recibió algo nuevo."""
        for lectura in self.lecturas.values():
            if self.sitios[(lectura.archivo, lectura.linea)] != 1:
                continue
            final = lectura.final or _huella_de(lectura)
            if final is not None and algo_nuevo(lectura.huella, final):
                return lectura
        return None

    def comprobacion_adelantada(self, archivo: str, linea: int) -> Lectura | None:
        """Un `assert` de main que falló en (archivo, linea): ¿leía un dato a medio hacer?"""
        if self.ultima != (archivo, linea):
            return None
        return next((x for x in self.lecturas.values() if (x.archivo, x.linea) == (archivo, linea)), None)
