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
no es usar un resultado. Tampoco las tareas de servicio (un bucle sin fin,
salvo que consuma una cola con trabajo pendiente), ni una línea que dice que
lee a medias («hasta ahora», «progreso», «so far»...), ni una que lanza o
espera trabajo. Si main lee solo una clave constante (`cache["perfil"]`) o un
atributo (`stats.paginas`), cuenta esa parte, no el contenedor entero
(`usos.py`). Todo sale de lo que ocurrió en esta ejecución, con el orden que
asyncio garantiza: nada depende del reloj real.
"""

from __future__ import annotations

import asyncio
import functools
import linecache
import re
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any

from verificador.asincrono.usos import lineas
from verificador.huellas import ESCALARES, algo_nuevo, huella
from verificador.programas import en_bucle_sin_fin

# Una línea que lo dice («hasta ahora», «progreso», «so far»...) lee a medias a propósito.
_PARCIAL = re.compile(
    r"\b(hasta ahora|por ahora|de momento|todav[ií]a|a[uú]n|progres[oa]s?|parcial(es)?|llevamos|"
    r"so far|still|progress|partial|pending|pendientes?)\b", re.IGNORECASE)
_AUSENTE = object()


def _dato_global(valor: Any) -> bool:
    """Un global que una tarea puede cambiar: un número o texto (con `global`) o un contenedor."""
    return valor is not _AUSENTE and not callable(valor) and not isinstance(valor, (types.ModuleType, tuple,
                                                                                    frozenset))


def _cualquiera(_valor: Any) -> bool:
    return True


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
    avisada: bool = False  # la línea dice que lee a medias («hasta ahora»): no es un uso


def _mismo(valor: Any) -> Any:
    return valor


def _global(espacio: dict[str, Any], nombre: str, antes: Any) -> Any:
    """El global ahora; si el script ya borró su espacio de nombres, el objeto que se leyó."""
    return espacio.get(nombre, antes)


def _parte_de(base: Callable[[], Any], parte: tuple[str, Any]) -> Any:
    """La clave o el atributo `parte` del dato, sin ejecutar código del alumno."""
    objeto = base()
    tipo, clave = parte
    if tipo == "[]":
        if type(objeto) in (dict, list):
            try:
                return objeto[clave]
            except (KeyError, IndexError, TypeError):
                return _AUSENTE
        return _AUSENTE
    atributos = getattr(objeto, "__dict__", None)
    return atributos.get(clave, _AUSENTE) if isinstance(atributos, dict) else _AUSENTE


def _con_partes(objeto: Any, parte: tuple[str, Any]) -> bool:
    """¿Se puede leer `parte` de `objeto` sin código del alumno (dict, list, o su __dict__)?"""
    if parte[0] == "[]":
        return type(objeto) in (dict, list)
    return isinstance(getattr(objeto, "__dict__", None), dict) and not isinstance(objeto, (type, types.ModuleType))


def _en_bucle_sin_fin(tarea: asyncio.Task[Any]) -> FrameType | None:
    """El marco de la tarea si está parada dentro de un bucle sin fin (latido, recolector)."""
    marco = getattr(tarea.get_coro(), "cr_frame", None)
    if marco is None or not en_bucle_sin_fin(marco.f_code.co_filename, marco.f_lineno):
        return None
    return marco


def _colas(marco: FrameType) -> tuple[asyncio.Queue[Any], ...]:
    """Las `asyncio.Queue` que el marco tiene a mano (sus variables y los globales que nombra)."""
    nombres = [*marco.f_locals.values(), *(marco.f_globals.get(n) for n in marco.f_code.co_names)]
    return tuple(v for v in nombres if isinstance(v, asyncio.Queue))


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
        self.lecturas: dict[tuple[str, str, str], Lectura] = {}  # (g|l, nombre, parte leída)
        self.sitios: Counter[tuple[str, int]] = Counter()  # veces que main ejecutó cada línea
        self.ultima: tuple[str, int] | None = None
        # Las lecturas de la última línea de main: su huella se toma cuando la línea acaba
        # (en la línea siguiente o al ceder main), con lo que main mismo haya cambiado.
        self._recien: list[Lectura] = []
        # Las colas de cada tarea activa parada en un bucle sin fin (None: no lo está). Solo
        # cambia cuando la tarea da un paso: main no la mira de nuevo en cada línea suya.
        self._bucles: dict[int, tuple[asyncio.Queue[Any], ...] | None] = {}
        self._avisadas: dict[tuple[str, int], bool] = {}  # ¿dice la línea que lee a medias?

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
        self._bucles.pop(id(tarea), None)
        if tarea.done():
            self.activas.pop(id(tarea), None)
        else:
            self.activas[id(tarea)] = tarea

    def _alguna_a_medias(self) -> bool:
        for tarea in self.activas.values():
            if not tarea.done():
                return True
        return False

    def _de_servicio(self, tarea: asyncio.Task[Any]) -> bool:
        """¿Es una tarea de servicio (bucle sin fin que no consume una cola con trabajo
        pendiente)? Su dato siempre va a medias."""
        if id(tarea) not in self._bucles:
            marco = _en_bucle_sin_fin(tarea)
            self._bucles[id(tarea)] = None if marco is None else _colas(marco)
        colas = self._bucles[id(tarea)]
        return colas is not None and not any(getattr(c, "_unfinished_tasks", 0) > 0 for c in colas)

    def linea(self, marco: FrameType) -> None:
        """Una línea del alumno que ejecuta `main` (el trazador la llama solo para main)."""
        if self._recien:
            self._cerrar_linea()
        sitio = (marco.f_code.co_filename, marco.f_lineno)
        self.sitios[sitio] += 1
        self.ultima = sitio
        a_medias_alguna = self._alguna_a_medias()
        if not a_medias_alguna and not self.lecturas:
            return  # nada que anotar ni que dejar de contar: el camino de casi todas las líneas
        datos = lineas(marco.f_code).get(marco.f_lineno)
        if datos is None:
            return
        for nombre in datos.escritos:
            for clave in [c for c in self.lecturas if c[1] == nombre]:
                del self.lecturas[clave]
        usos = datos.usos
        if not a_medias_alguna:
            # Nada a medias: la línea no anota nada; solo deja de contar lo que ya se leyó
            # de los datos que nombra (lo mismo que haría el camino largo, sin recorrerlo).
            presentes = {c[:2] for c in self.lecturas}
            usos = tuple(u for u in usos if ("l" if u.local else "g", u.nombre) in presentes)
            if not usos:
                return
        a_medias: tuple[str, ...] | None = None  # se calcula solo si la línea lee algún dato
        locales = marco.f_locals if any(u.local for u in usos) else {}
        for uso in usos:
            espacio = locales if uso.local else marco.f_globals
            valor = espacio.get(uso.nombre, _AUSENTE)
            es_dato: Callable[[Any], bool] = _dato_local if uso.local else _dato_global
            leer = (functools.partial(_mismo, valor) if uso.local
                    else functools.partial(_global, marco.f_globals, uso.nombre, valor))
            tipo, nombre, parte = "l" if uso.local else "g", uso.nombre, uso.parte
            if parte is None:  # leer el dato entero vuelve a leer cada una de sus partes
                for clave in [c for c in self.lecturas if c[:2] == (tipo, uso.nombre) and c[2] != nombre]:
                    del self.lecturas[clave]
            elif es_dato(valor) and _con_partes(valor, parte):
                leer = functools.partial(_parte_de, leer, parte)
                nombre = f"{uso.nombre}[{parte[1]!r}]" if parte[0] == "[]" else f"{uso.nombre}.{parte[1]}"
                valor, es_dato = leer(), _cualquiera
            if a_medias is None and valor is not _AUSENTE and es_dato(valor):
                a_medias = self._a_medias(datos.lanza)
            self._anotar((tipo, uso.nombre, nombre), valor, es_dato, a_medias or (), sitio, leer)

    def _a_medias(self, lanza: bool) -> tuple[str, ...]:
        """Las tareas que ya trabajaron y siguen a medias, si la línea usa datos de verdad (no
        si lanza o espera trabajo); sin tareas de servicio."""
        if lanza:
            return ()
        return tuple(self._nombre_de(t) for t in self.activas.values()
                     if not t.done() and not self._de_servicio(t))

    def _anotar(self, clave: tuple[str, str, str], valor: Any, es_dato: Callable[[Any], bool],
                a_medias: tuple[str, ...], sitio: tuple[str, int], leer: Callable[[], Any]) -> None:
        """La última lectura de `clave`: cuenta si hay tareas a medias y es un dato."""
        if not a_medias or valor is _AUSENTE or not es_dato(valor):
            self.lecturas.pop(clave, None)
            return
        avisada = self._avisadas.get(sitio)
        if avisada is None:
            avisada = self._avisadas[sitio] = bool(_PARCIAL.search(linecache.getline(*sitio)))
        lectura = Lectura(clave[2], leer, huella(valor), *sitio, a_medias, avisada=avisada)
        self.lecturas[clave] = lectura
        self._recien.append(lectura)

    def _al_terminar_main(self) -> None:
        """Cómo quedó cada dato leído cuando main terminó (luego un script puede borrarlos)."""
        for lectura in self.lecturas.values():
            lectura.final = _huella_de(lectura)

    def uso_adelantado(self) -> Lectura | None:
        """Al terminar bien: una lectura única de main que después recibió algo nuevo."""
        for lectura in self.lecturas.values():
            if lectura.avisada or self.sitios[(lectura.archivo, lectura.linea)] != 1:
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
