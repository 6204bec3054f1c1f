"""Traza de las líneas del alumno: la línea de tiempo por tarea y el presupuesto de pasos.

Un `sys.settrace` que solo mira los marcos cuyos archivos son del alumno: el
resto del código (asyncio, la biblioteca estándar, el propio verificador)
corre sin eventos de línea. Cada línea ejecutada se apunta con la tarea que
la ejecutó; así la línea de tiempo cuenta quién hizo qué y en qué orden.

El mismo trazador cuenta las líneas que corre un callback sin ceder el bucle:
un bucle activo (`while not listo: pass`) congela asyncio para siempre, y aquí
se corta con un presupuesto de líneas en vez de colgar al verificador.
"""

from __future__ import annotations

import linecache
import os
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from verificador.veredictos import Paso

# Eventos de línea que se guardan como máximo por ejecución (se guardan los últimos).
MAX_EVENTOS = 4000
# Líneas del alumno que un callback puede ejecutar sin ceder el bucle (líneas).
MAX_LINEAS_POR_PASO = 1_000_000
# Líneas del alumno que puede ejecutar una ejecución entera (líneas): el presupuesto
# se cuenta en líneas, no en segundos, para que el veredicto no dependa de la carga.
MAX_LINEAS_TOTALES = 5_000_000
# Líneas de un mismo paso que se apuntan una a una; del resto solo la última (líneas).
EVENTOS_POR_PASO = 2_000
# Pasos que se muestran como máximo en una línea de tiempo (pasos).
MAX_PASOS_MOSTRADOS = 60
# Líneas seguidas de una misma tarea que se muestran antes de abreviar (líneas).
MAX_LINEAS_POR_TRAMO = 6


def normalizar(archivos: Iterable[str | os.PathLike[str]]) -> frozenset[str]:
    """Las rutas del alumno tal como aparecen en `co_filename` (absolutas y reales)."""
    rutas: set[str] = set()
    for a in archivos:
        p = Path(a)
        rutas.add(str(p))
        rutas.add(os.path.abspath(p))
        rutas.add(os.path.realpath(p))
    return frozenset(rutas)


class Evento:
    """Una línea del alumno ejecutada por un actor (o una acción destacada)."""

    __slots__ = ("accion", "actor", "archivo", "linea")

    def __init__(self, actor: str, archivo: str, linea: int, accion: str = "") -> None:
        self.actor = actor
        self.archivo = archivo
        self.linea = linea
        self.accion = accion


class Trazador:
    """Apunta las líneas del alumno y vigila el presupuesto de pasos y de tiempo real.

    `actor()` da el nombre de quien corre ahora. `al_exceder(motivo)` se llama
    una vez si un callback se pasa del presupuesto; debe marcar la ejecución
    como abortada y lanzar la excepción que la corta.
    """

    def __init__(
        self,
        archivos: frozenset[str],
        actor: Callable[[], str],
        al_exceder: Callable[[str], None],
        limite_real: Callable[[], bool],
    ) -> None:
        self.archivos = archivos
        self._actor = actor
        self._al_exceder = al_exceder
        self._limite_real = limite_real
        self.eventos: deque[Evento] = deque(maxlen=MAX_EVENTOS)
        self.lineas_en_paso = 0
        self.lineas_totales = 0
        self._ultima: FrameType | None = None
        self._anterior: Any = None
        # Cada línea de main (o del módulo): para las lecturas adelantadas (lecturas.py).
        self.al_linea_de_main: Callable[[FrameType], None] | None = None

    def anotar(self, evento: Evento) -> None:
        self.eventos.append(evento)

    def _local(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            self.lineas_en_paso += 1
            self.lineas_totales += 1
            actor = self._actor()
            if self.al_linea_de_main is not None and (actor == "main" or frame.f_code.co_name == "<module>"):
                self.al_linea_de_main(frame)
            if self.lineas_en_paso <= EVENTOS_POR_PASO:
                self.eventos.append(Evento(actor, frame.f_code.co_filename, frame.f_lineno))
            else:
                self._ultima = frame  # la línea se lee al cerrar el paso
                if self.lineas_en_paso > MAX_LINEAS_POR_PASO:
                    self.cerrar_paso()
                    # al cargar el módulo no hay bucle que bloquear: el programa no termina
                    self._al_exceder("lineas_modulo" if frame.f_code.co_name == "<module>" else "lineas")
            if self.lineas_totales > MAX_LINEAS_TOTALES:
                self.cerrar_paso()
                self._al_exceder("lineas_totales")
        return self._local

    def cerrar_paso(self) -> None:
        """Al acabar un paso largo: apunta la última línea que no se apuntó."""
        marco = self._ultima
        if marco is not None:
            self._ultima = None
            self.eventos.append(Evento(self._actor(), marco.f_code.co_filename, marco.f_lineno))

    def _global(self, frame: FrameType, event: str, arg: object) -> Any:
        if event == "call" and frame.f_code.co_filename in self.archivos:
            return self._local
        return None

    def instalar(self) -> None:
        self._anterior = sys.gettrace()
        sys.settrace(self._global)

    def retirar(self) -> None:
        sys.settrace(self._anterior)


def es_del_alumno(archivo: str, archivos: frozenset[str]) -> bool:
    return archivo in archivos


def codigo(archivo: str, linea: int) -> str:
    return linecache.getline(archivo, linea).strip()


def nombre_corto(archivo: str) -> str:
    return os.path.basename(archivo)


def ubicacion_alumno(
    archivos: frozenset[str], frame: FrameType | None = None
) -> tuple[str, int] | None:
    """La línea del alumno más interna de la pila actual (o desde `frame`)."""
    f = frame if frame is not None else sys._getframe(1)
    while f is not None:
        if f.f_code.co_filename in archivos:
            return f.f_code.co_filename, f.f_lineno
        f = f.f_back
    return None


def traza_del_alumno(exc: BaseException, archivos: frozenset[str], completa: bool = False) -> str:
    """El traceback de `exc` con solo los marcos del alumno (todos si `completa`)."""
    marcos = traceback.extract_tb(exc.__traceback__)
    if not completa:
        marcos = traceback.StackSummary.from_list([m for m in marcos if m.filename in archivos])
    lineas = ["Traceback (la llamada más reciente al final):"]
    lineas += [s.rstrip("\n") for s in marcos.format()]
    lineas += [s.rstrip("\n") for s in traceback.format_exception_only(type(exc), exc)]
    return "\n".join(lineas)


def linea_del_alumno_en(
    tb: TracebackType | None, archivos: frozenset[str]
) -> tuple[str, int] | None:
    """La última línea del alumno de un traceback (donde saltó el fallo)."""
    encontrado = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in archivos:
            encontrado = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return encontrado


def linea_de_tiempo(eventos: Iterable[Evento]) -> list[Paso]:
    """Convierte los eventos en pasos legibles: tramos por tarea, sin repeticiones
    seguidas, abreviando los tramos largos y quedándose con el final (donde falla)."""
    tramos: list[list[Evento]] = []
    for ev in eventos:
        if tramos and tramos[-1][0].actor == ev.actor:
            ultimo = tramos[-1][-1]
            if ultimo.linea == ev.linea and ultimo.archivo == ev.archivo and not ev.accion:
                continue
            tramos[-1].append(ev)
        else:
            tramos.append([ev])
    pasos: list[Paso] = []
    for tramo in tramos:
        if len(tramo) > MAX_LINEAS_POR_TRAMO:
            # Se quedan el principio, el final y toda línea con una acción destacada.
            mitad = MAX_LINEAS_POR_TRAMO // 2
            quedan = [
                i for i, ev in enumerate(tramo) if i < mitad or i >= len(tramo) - mitad or ev.accion
            ]
            recortado: list[Evento] = []
            previo = -1
            for i in quedan:
                ev = tramo[i]
                if i - previo > 1 and not ev.accion:
                    ev = Evento(ev.actor, ev.archivo, ev.linea, f"(… {i - previo - 1} líneas más)")
                recortado.append(ev)
                previo = i
            tramo = recortado
        for ev in tramo:
            pasos.append(
                Paso(
                    actor=ev.actor,
                    archivo=nombre_corto(ev.archivo),
                    linea=ev.linea,
                    codigo=codigo(ev.archivo, ev.linea),
                    accion=ev.accion,
                )
            )
    return pasos[-MAX_PASOS_MOSTRADOS:]
