"""Scheduling strategies: who runs next at each decision.

A strategy sees the runnable threads in creation order, the running thread
(None if it just blocked or finished), the default choice of the engine's
policy and the decision's index `k`, and returns the thread to run. All
randomness comes from the `random.Random` it is given, so a seed fixes the
schedule.
"""

from __future__ import annotations

import random
from typing import Any

from verificador.motor.planificador import Hilo, Planificador


class Estrategia:
    """`criticos`: the decision indices where the strategy may deviate from keeping
    the current thread when nothing else changed; None means "any" (no fast path)."""

    nombre = "base"
    criticos: dict[int, float] | set[int] | None = frozenset()  # type: ignore[assignment]

    def inicio(self, plan: Planificador) -> None:
        for h in plan.hilos:
            self.nuevo_hilo(plan, h)

    def nuevo_hilo(self, plan: Planificador, h: Hilo) -> None:
        pass

    def elegir(self, plan: Planificador, listos: list[Hilo], actual: Hilo | None, defecto: Hilo,
               k: int, forzado: bool) -> Hilo:
        return defecto


class PorDefecto(Estrategia):
    """No deviations: run the current thread while it can, then the oldest runnable."""

    nombre = "por_defecto"


class Aleatoria(Estrategia):
    """Random walk: at every decision, any runnable thread with equal probability."""

    nombre = "aleatoria"
    criticos = None

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def elegir(self, plan: Planificador, listos: list[Hilo], actual: Hilo | None, defecto: Hilo,
               k: int, forzado: bool) -> Hilo:
        opciones = [h for h in listos if h is not actual] if forzado else listos
        return opciones[self.rng.randrange(len(opciones))]


class PCT(Estrategia):
    """Probabilistic Concurrency Testing (Burckhardt et al., ASPLOS 2010).

    Threads get random distinct priorities above `profundidad`; the highest
    priority runnable thread always runs. At `profundidad - 1` decisions chosen
    uniformly among the `pasos` expected, the running thread's priority drops
    below every initial one. A bug that needs d ordering constraints is found
    with probability at least 1/(n·k^(d-1)) per run; in practice, since our
    scheduling points are only the instructions that touch shared state, much
    more often.
    """

    nombre = "pct"

    def __init__(self, rng: random.Random, profundidad: int, pasos: int) -> None:
        self.rng = rng
        self.profundidad = max(1, profundidad)
        pasos = max(1, pasos)
        n = min(self.profundidad - 1, pasos)
        self.cambios = dict.fromkeys(rng.sample(range(pasos), n), 0.0) if n else {}
        for i, k in enumerate(sorted(self.cambios)):
            self.cambios[k] = float(self.profundidad - 1 - i)
        self.criticos = self.cambios
        self.prioridad: dict[int, float] = {}
        self._minimo = 0.0

    def nuevo_hilo(self, plan: Planificador, h: Hilo) -> None:
        self.prioridad[h.id] = self.profundidad + self.rng.random()

    def elegir(self, plan: Planificador, listos: list[Hilo], actual: Hilo | None, defecto: Hilo,
               k: int, forzado: bool) -> Hilo:
        if actual is not None and k in self.cambios:
            self.prioridad[actual.id] = self.cambios[k]
        if actual is not None and forzado:
            self._minimo -= 1.0
            self.prioridad[actual.id] = self._minimo
        prioridad = self.prioridad
        return max(listos, key=lambda h: prioridad.get(h.id, 0.0))


class Repeticion(Estrategia):
    """Replays a schedule given as deviations {decision index: thread id}."""

    nombre = "repeticion"

    def __init__(self, desvios: dict[int, int]) -> None:
        self.desvios = desvios
        self.criticos = desvios

    def elegir(self, plan: Planificador, listos: list[Hilo], actual: Hilo | None, defecto: Hilo,
               k: int, forzado: bool) -> Hilo:
        objetivo = self.desvios.get(k)
        if objetivo is not None:
            for h in listos:
                if h.id == objetivo:
                    return h
        return defecto


class TrasTomar(Estrategia):
    """Directed: the first time thread `hilo` holds lock `candado` (ordinal), switch to `otro`, once.

    The schedule of crossed lock orders (`DetectorOrdenCandados.cruces_con_plazo`);
    otherwise the default policy. Its one deviation is recorded like any other,
    so a failure it finds replays and shrinks as usual.
    """

    nombre = "dirigida"
    criticos = None

    def __init__(self, hilo: int, candado: int, otro: int) -> None:
        self.hilo, self.candado, self.otro = hilo, candado, otro
        self.hecho = False

    def elegir(self, plan: Planificador, listos: list[Hilo], actual: Hilo | None, defecto: Hilo,
               k: int, forzado: bool) -> Hilo:
        if not self.hecho and actual is not None and actual.id == self.hilo and \
                any(getattr(c, "_ordinal", None) == self.candado for c in actual.mantiene):
            for h in listos:
                if h.id == self.otro:
                    self.hecho = True
                    return h
        return defecto


class Registradora(Repeticion):
    """Replay that also records every decision's alternatives (for exhaustive search)."""

    def __init__(self, desvios: dict[int, int]) -> None:
        super().__init__(desvios)
        self.criticos = None
        self.opciones: list[tuple[int, tuple[int, ...], int, bool]] = []

    def elegir(self, plan: Planificador, listos: list[Hilo], actual: Hilo | None, defecto: Hilo,
               k: int, forzado: bool) -> Hilo:
        elegido = super().elegir(plan, listos, actual, defecto, k, forzado)
        self.opciones.append((k, tuple(h.id for h in listos), defecto.id, actual is not None))
        return elegido


class Exhaustiva:
    """Bounded exhaustive search (depth-first) over deviations, with a preemption bound.

    Each schedule is identified by its deviations; a child of a schedule only
    deviates at decisions after the parent's last deviation, so every schedule
    is visited at most once. `completa` tells whether the bounded space was
    exhausted.
    """

    def __init__(self, cota_expropiaciones: int) -> None:
        self.cota = cota_expropiaciones
        self.pila: list[dict[int, int]] = [{}]
        self.completa = False

    def siguiente(self) -> Registradora | None:
        if not self.pila:
            self.completa = True
            return None
        return Registradora(self.pila.pop())

    def expandir(self, estrategia: Registradora, expropiaciones: dict[int, bool]) -> None:
        base = estrategia.desvios
        ultimo = max(base) if base else -1
        usados = sum(1 for k in base if expropiaciones.get(k, False))
        hijos = []
        for k, ids, defecto, preemptiva in estrategia.opciones:
            if k <= ultimo:
                continue
            if preemptiva and usados >= self.cota:
                continue
            for i in ids:
                if i != defecto:
                    nuevo = dict(base)
                    nuevo[k] = i
                    hijos.append(nuevo)
        self.pila.extend(reversed(hijos))


def crear(nombre: str, rng: random.Random, indice: int, pasos: int, profundidad: int) -> Any:
    if nombre == "aleatoria":
        return Aleatoria(rng)
    if nombre == "pct":
        return PCT(rng, 1 + (indice % max(1, profundidad)) if indice else profundidad, pasos)
    raise ValueError(nombre)
