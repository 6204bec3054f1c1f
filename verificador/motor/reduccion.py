"""Shrinking a failing schedule to the fewest deviations that still fail.

Design rules (after Hypothesis' shrinker):
- A schedule is its set of deviations from the default policy; smaller is
  simpler, and fewer deviations mean fewer context switches in the story.
- A step is accepted only if the replay fails *the same way* (same kind of
  failure), and then the replay's own recorded deviations become the new
  current schedule, so the representation stays canonical.
- Every step is deterministic (replays are), so shrinking the same failure
  twice gives the same result.
- It stops when no single removal makes progress, after `MAX_REPETICIONES`
  replays, or when the caller's step budget says so (`agotado`): never on
  real time, so the shrunk schedule (and the story shown) does not depend on
  the machine's load.
"""

from __future__ import annotations

from collections.abc import Callable

MAX_REPETICIONES = 80  # replays a single shrink may spend

Ejecutar = Callable[[dict[int, int]], "tuple[bool, dict[int, int]]"]


def reducir(desvios: dict[int, int], ejecutar: Ejecutar, agotado: Callable[[], bool] = lambda: False,
            max_repeticiones: int = MAX_REPETICIONES) -> dict[int, int]:
    """`ejecutar(candidato)` replays and returns (same failure?, deviations actually taken)."""
    repeticiones = 1
    actual = dict(desvios)
    if not actual:
        return actual
    falla, tomados = ejecutar({})
    if falla:
        return tomados
    progreso = True
    while progreso and not agotado() and repeticiones < max_repeticiones:
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
                repeticiones += 1
                if falla and len(tomados) < len(actual):
                    actual = tomados
                    progreso = True
                    break
                if agotado() or repeticiones >= max_repeticiones:
                    return actual
            if progreso:
                break
    return actual
