"""Seeing the student's instructions through `sys.monitoring` (PEP 669, Python 3.12+).

On 3.10/3.11 the engine reaches its scheduling points with a `sys.settrace`
opcode tracer (see `Planificador._crear_rastreo`): every instruction of the
student's frames, and every call of the controlled threads, goes through a
Python function. Here, instead:

- a global PY_START event sees each code object once: for a code object that
  is not the student's it returns DISABLE (that code never calls back again);
  for the student's it turns on INSTRUCTION events local to that code object;
- an INSTRUCTION event at an offset that is not a scheduling point returns
  DISABLE, so after its first execution that instruction runs at full speed;
  at a scheduling point it calls `Planificador.punto`, as the tracer would,
  unless `rastreo.mudo` can account for it alone (nothing to decide or record).

The scheduling points are the same (`analisis`), so the same program and seed
explore the same schedules on every version. The events are process-wide:
a thread that is not controlled returns at once (and is never DISABLEd, since
the same instruction may be a point for a controlled thread).
"""

from __future__ import annotations

import _thread
import sys
from typing import TYPE_CHECKING, Any

from verificador.motor import rastreo

if TYPE_CHECKING:
    from verificador.motor.planificador import Planificador

HERRAMIENTA = 4  # sys.monitoring tool id (0 debugger, 1 coverage, 2 profiler, 5 optimizer are taken by convention)
DISPONIBLE = sys.version_info >= (3, 12) and hasattr(sys, "monitoring")


class Monitor:
    """Instruments the student's code for one run; `quitar()` undoes it."""

    def __init__(self, plan: Planificador) -> None:
        mon: Any = sys.monitoring  # type: ignore[attr-defined]
        self._mon = mon
        self._codigos: set[Any] = set()
        archivos = plan.archivos
        de = plan.analizador.de
        por_os = plan._por_os
        punto = plan.punto
        mudo = rastreo.mudo
        ident = _thread.get_ident
        getframe = sys._getframe
        desactivar = mon.DISABLE
        instruccion = mon.events.INSTRUCTION
        codigos = self._codigos

        def al_empezar(code: Any, offset: int) -> Any:
            if code.co_filename in archivos and code not in codigos:
                codigos.add(code)
                de(code)
                mon.set_local_events(HERRAMIENTA, code, instruccion)
            return desactivar

        def en_instruccion(code: Any, offset: int) -> Any:
            if plan.sincronizando:
                return desactivar  # the rest of the run only synchronises (Planificador.carrera_basta)
            analizado = de(code)
            p = analizado.puntos.get(offset)
            if p is None:
                return desactivar
            hilo = por_os.get(ident())
            if hilo is not None:
                if rastreo.mudable(p) and plan.aprendidos.get(id(p)) is not False:
                    t = analizado.solos.get(offset)
                    if t is None:
                        t = rastreo.solo(analizado, offset, p)
                    if mudo(plan, hilo, t):
                        return None
                punto(hilo, getframe(1), p)
            return None

        mon.use_tool_id(HERRAMIENTA, "verificador")
        mon.register_callback(HERRAMIENTA, mon.events.PY_START, al_empezar)
        mon.register_callback(HERRAMIENTA, instruccion, en_instruccion)
        mon.set_events(HERRAMIENTA, mon.events.PY_START)
        mon.restart_events()

    def quitar(self) -> None:
        mon = self._mon
        mon.set_events(HERRAMIENTA, 0)
        for code in self._codigos:
            mon.set_local_events(HERRAMIENTA, code, 0)
        mon.register_callback(HERRAMIENTA, mon.events.PY_START, None)
        mon.register_callback(HERRAMIENTA, mon.events.INSTRUCTION, None)
        mon.free_tool_id(HERRAMIENTA)
        self._codigos.clear()


def instalar(plan: Planificador) -> Monitor | None:
    """A Monitor for this run, or None (before 3.12, or the tool id is taken: use settrace)."""
    if not DISPONIBLE:
        return None
    try:
        return Monitor(plan)
    except ValueError:
        return None
