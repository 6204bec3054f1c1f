"""Shrinking a failing schedule to the fewest deviations that still fail.

Design rules (after Hypothesis' shrinker):
- A schedule is its set of deviations from the default policy; smaller is
  simpler, and fewer deviations mean fewer context switches in the story.
- A step is accepted only if the replay fails *the same way* (same kind of
  failure), and then the replay's own recorded deviations become the new
  current schedule, so the representation stays canonical.
- Every step is deterministic (replays are), so shrinking the same failure
  twice gives the same result.
- It stops when no single removal makes progress or when `PRESUPUESTO_S` of
  real time is spent.
"""

from __future__ import annotations

import time
from collections.abc import Callable

PRESUPUESTO_S = 1.5  # real seconds a single shrink may spend

Ejecutar = Callable[[dict[int, int]], "tuple[bool, dict[int, int]]"]


def reducir(desvios: dict[int, int], ejecutar: Ejecutar, presupuesto_s: float = PRESUPUESTO_S) -> dict[int, int]:
    """`ejecutar(candidato)` replays and returns (same failure?, deviations actually taken)."""
    inicio = time.monotonic()
    actual = dict(desvios)
    if not actual:
        return actual
    falla, tomados = ejecutar({})
    if falla:
        return tomados
    progreso = True
    while progreso and time.monotonic() - inicio < presupuesto_s:
        progreso = False
        claves = sorted(actual)
        # first try dropping halves, then single deviations
        tamanos = []
        n = len(claves) // 2
        while n >= 1:
            tamanos.append(n)
            n //= 2
        for tamano in tamanos:
            for i in range(0, len(claves), tamano):
                quitar = set(claves[i:i + tamano])
                candidato = {k: v for k, v in actual.items() if k not in quitar}
                falla, tomados = ejecutar(candidato)
                if falla and len(tomados) < len(actual):
                    actual = tomados
                    progreso = True
                    break
                if time.monotonic() - inicio >= presupuesto_s:
                    return actual
            if progreso:
                break
    return actual
