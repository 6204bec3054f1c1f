"""The only wall-clock guard of the thread engine: telling a blocked thread from a slow one.

Every budget that can change a verdict is counted in scheduling steps and
schedules (see `exploracion` and `planificador.LIMITE_PASOS`), so the same
program and seed give the same verdict on an idle machine and on a loaded one.
What steps cannot see is a controlled thread stuck *outside* the engine: in a
socket, in `input()`, on a lock that is not `threading`'s. From the
controller it looks like "no step for a while", exactly as slow library code
(a long `sorted`, a big regular expression) or a thread starved of CPU by a
busy machine does.

The guard tells them apart by CPU time, not by elapsed time: a thread
blocked in the kernel consumes no CPU and, on Linux, is in state S/D in
`/proc`; a thread that computes consumes CPU, and a thread starved by load is
in state R (runnable). Only the first is reported (as an unmodelled block);
the others are simply waited for, however long the machine takes.

Invariants:
- the verdict never depends on how fast the machine is: waiting longer only
  delays it;
- a stretch without steps that burns more than `LIMITE_CPU_SIN_PASOS_S` of
  CPU seconds (an endless computation inside a library call) is reported as
  an endless loop: CPU seconds do not grow with load.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from typing import Any

from verificador.reloj import reloj_cpu

GUARDIA_SIN_PROGRESO_S = 3.0  # real seconds without steps, CPU or runnability before declaring a block
FRACCION_CPU_ACTIVA = 0.05  # CPU seconds per real second above which the thread counts as computing
LIMITE_CPU_SIN_PASOS_S = 60.0  # CPU seconds a thread may compute without reaching any step
INTERVALO_S = 0.05  # how often the controller looks (real seconds; never changes a verdict)


class Estado(enum.Enum):
    AVANZA = "avanza"
    BLOQUEADO = "bloqueado"  # asleep in the kernel, no CPU: an unmodelled call
    CALCULO_SIN_FIN = "calculo_sin_fin"  # too many CPU seconds without any step


def ejecutable(nativo: int) -> bool | None:
    """True if the OS thread is running or waiting for a CPU, False if asleep; None if unknown."""
    if not nativo:
        return None
    try:
        with open(f"/proc/self/task/{nativo}/stat", encoding="ascii", errors="replace") as f:
            texto = f.read()
    except OSError:
        return None
    partes = texto.rsplit(")", 1)
    if len(partes) != 2 or not partes[1].split():
        return None
    return partes[1].split()[0] == "R"


class Vigia:
    """Watches the running controlled thread on behalf of the controller.

    `observar(marca, ident, nativo)` is called every `INTERVALO_S`; `marca`
    changes whenever the engine makes progress (a step, a decision, output).
    """

    def __init__(self, ahora: Callable[[], float] = time.monotonic) -> None:
        self._ahora = ahora
        self._marca: Any = object()
        self._ident = -1
        self._desde = 0.0
        self._cpu: Callable[[], float] = time.process_time
        self._cpu_desde = 0.0
        self._cpu_inicio = 0.0
        self.segundos = 0.0

    def observar(self, marca: Any, ident: int, nativo: int) -> Estado:
        ahora = self._ahora()
        if marca != self._marca or ident != self._ident:
            self._marca, self._ident = marca, ident
            self._cpu = reloj_cpu(ident)
            self._desde = ahora
            self._cpu_desde = self._cpu_inicio = self._cpu()
            return Estado.AVANZA
        transcurrido = ahora - self._desde
        if transcurrido < GUARDIA_SIN_PROGRESO_S:
            return Estado.AVANZA
        cpu = self._cpu()
        if cpu - self._cpu_inicio > LIMITE_CPU_SIN_PASOS_S:
            self.segundos = cpu - self._cpu_inicio
            return Estado.CALCULO_SIN_FIN
        calcula = cpu - self._cpu_desde > FRACCION_CPU_ACTIVA * transcurrido
        if calcula or ejecutable(nativo):
            # slow code or a busy machine: wait, and look again over a fresh window
            self._desde, self._cpu_desde = ahora, cpu
            return Estado.AVANZA
        self.segundos = transcurrido
        return Estado.BLOQUEADO


def esperar_candado(candado: Any, ident: int, nativo: int) -> bool:
    """Acquire `candado`, released by thread `ident` when it is done; False if that thread is blocked."""
    vigia = Vigia()
    while not candado.acquire(timeout=INTERVALO_S):
        if vigia.observar(None, ident, nativo) is not Estado.AVANZA:
            return False
    return True
