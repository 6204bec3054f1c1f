"""El reloj de los plazos: tiempo de pared menos el que la carga de la máquina robó.

Los motores cuentan sus presupuestos en pasos y planificaciones, pero queda
un límite de reloj que no se puede quitar: el de cada ejecución del motor de
procesos (procesos reales que pueden colgarse de verdad). Medido con el reloj
de pared, en una máquina cargada un programa correcto pero lento lo agota y el
veredicto cambia con la carga.

`RelojEfectivo` cuenta solo el tiempo en que el programa pudo avanzar: el de
pared menos lo que sus hilos pasaron listos para correr pero esperando una CPU
libre (la cola de ejecución del núcleo, `/proc/<pid>/task/<tid>/schedstat`,
segundo campo). Por cada intervalo entre dos muestras, lo robado es el máximo
entre procesos de lo que esperaron sus hilos (dentro de un proceso, el GIL hace
que sus hilos avancen de uno en uno, así que sus esperas se suman; procesos
distintos avanzan a la vez, así que se toma el más retrasado), sin pasar del
propio intervalo. Un programa parado (todos esperan algo) o que duerme no
espera CPU: su reloj efectivo va como el de pared, y su cuelgue se ve a la
misma hora con la máquina libre o cargada. Uno que calcula avanza al ritmo de
la CPU que recibe.

Sin `/proc` (otro sistema, o un núcleo sin schedstat) el reloj efectivo es el de
pared, como antes.

`reloj_cpu` da la CPU de un hilo: los vigías de los motores de hilos y de
asyncio distinguen con ella un hilo bloqueado (no gasta CPU) de uno lento.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable

__all__ = ["RelojEfectivo", "descendientes", "espera_de_cpu", "hay_schedstat"]

# Cada cuánto se leen las esperas de CPU como mucho (segundos de pared).
PERIODO_MUESTRA_S = 0.25


def reloj_cpu(ident: int) -> Callable[[], float]:
    """A function returning the CPU seconds of thread `ident` (process CPU where unsupported)."""
    obtener = getattr(time, "pthread_getcpuclockid", None)
    if obtener is not None and ident:
        try:
            reloj = obtener(ident)
            time.clock_gettime(reloj)
        except (OSError, OverflowError, ValueError):
            pass
        else:

            def leer() -> float:
                try:
                    return time.clock_gettime(reloj)
                except OSError:
                    return time.process_time()

            return leer
    return time.process_time


def espera_de_cpu(pid: int) -> dict[int, float]:
    """Segundos que cada hilo de `pid` lleva listo esperando una CPU, por tid."""
    esperas: dict[int, float] = {}
    try:
        tareas = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return esperas
    for tarea in tareas:
        try:
            with open(f"/proc/{pid}/task/{tarea}/schedstat", encoding="ascii") as f:
                campos = f.read().split()
            esperas[int(tarea)] = int(campos[1]) / 1e9
        except (OSError, ValueError, IndexError):
            continue
    return esperas


def hay_schedstat() -> bool:
    """¿Da este sistema la espera de CPU de cada hilo?"""
    return bool(espera_de_cpu(os.getpid()))


def descendientes(raiz: int) -> list[int] | None:
    """`raiz` y sus descendientes vivos, por /proc/<pid>/task/*/children (barato).

    None si el núcleo no da ese archivo (sin CONFIG_PROC_CHILDREN).
    """
    vistos: list[int] = []
    pendientes = [raiz]
    while pendientes:
        pid = pendientes.pop()
        try:
            tareas = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        vistos.append(pid)
        for tarea in tareas:
            try:
                with open(f"/proc/{pid}/task/{tarea}/children", encoding="ascii") as f:
                    texto = f.read()
            except FileNotFoundError:
                return None
            except OSError:
                continue
            pendientes.extend(int(h) for h in texto.split())
    return sorted(vistos)


class RelojEfectivo:
    """Segundos que un árbol de procesos pudo avanzar desde que se creó el reloj.

    `procesos` da los pids a mirar en cada muestra (por defecto, `raiz` y sus
    descendientes); `esperas` y `reloj` se pueden cambiar en las pruebas.
    """

    def __init__(
        self,
        raiz: int = 0,
        *,
        procesos: Callable[[], Iterable[int]] | None = None,
        esperas: Callable[[int], dict[int, float]] = espera_de_cpu,
        reloj: Callable[[], float] = time.monotonic,
        periodo_s: float = PERIODO_MUESTRA_S,
    ) -> None:
        self._procesos = procesos or (lambda: descendientes(raiz) or [raiz])
        self._esperas = esperas
        self._reloj = reloj
        self._periodo_s = periodo_s
        self.inicio = self._ultima = reloj()
        self.robado = 0.0
        self._vistas: dict[tuple[int, int], float] = {}
        self._muestrear(self.inicio, contar=False)

    def _muestrear(self, ahora: float, *, contar: bool = True) -> None:
        intervalo = ahora - self._ultima
        mayor = 0.0
        for pid in self._procesos():
            suma = 0.0
            for tid, espera in self._esperas(pid).items():
                anterior = self._vistas.get((pid, tid))
                self._vistas[(pid, tid)] = espera
                if anterior is not None and espera > anterior:
                    suma += espera - anterior
            mayor = max(mayor, suma)
        if contar:
            self.robado += min(max(intervalo, 0.0), mayor)
        self._ultima = ahora

    def pared(self) -> float:
        """Segundos de pared desde el inicio."""
        return self._reloj() - self.inicio

    def transcurrido(self) -> float:
        """Segundos de pared menos los robados por la carga (muestrea si toca)."""
        ahora = self._reloj()
        if ahora - self._ultima >= self._periodo_s:
            self._muestrear(ahora)
        return max(0.0, ahora - self.inicio - self.robado)
