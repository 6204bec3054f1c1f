"""Estrategias: qué callback listo del bucle de eventos se ejecuta a continuación.

Una estrategia es una interfaz mínima (como los planificadores de shuttle):
`nueva_planificacion(rng)` al empezar cada ejecución y `elegir(candidatos)` en
cada punto de decisión, es decir, cada vez que hay más de un callback listo.
El índice 0 es siempre el orden FIFO de asyncio; cualquier otro índice es una
«desviación». Toda la aleatoriedad sale del `random.Random` que se le pasa, y
los candidatos llegan en el orden determinista de la cola de listos, así que
una semilla da una sola traza.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

# Profundidad por defecto de PCT: número de cambios de prioridad + 1.
PROFUNDIDAD_PCT = 3
# Pasos estimados de una ejecución antes de conocer la primera (pasos).
PASOS_ESTIMADOS_INICIALES = 50


@dataclass(frozen=True)
class Candidato:
    """Un callback listo. `tarea` identifica la tarea a la que pertenece (orden de
    creación dentro de la ejecución), o es None si es un callback suelto."""

    tarea: int | None


class Estrategia:
    """Interfaz: elige el índice del callback listo que corre ahora."""

    nombre = "base"

    def nueva_planificacion(self, rng: random.Random, pasos_previos: int) -> None:
        """Prepara una ejecución nueva. `pasos_previos`: decisiones de la anterior."""

    def elegir(self, candidatos: Sequence[Candidato], paso: int) -> int:
        raise NotImplementedError


class Fifo(Estrategia):
    """El orden de asyncio sin tocar: siempre el primero de la cola."""

    nombre = "fifo"

    def elegir(self, candidatos: Sequence[Candidato], paso: int) -> int:
        return 0


class Aleatoria(Estrategia):
    """Paseo aleatorio: en cada decisión, cualquier callback listo con igual probabilidad."""

    nombre = "aleatoria"

    def __init__(self) -> None:
        self._rng = random.Random(0)

    def nueva_planificacion(self, rng: random.Random, pasos_previos: int) -> None:
        self._rng = random.Random(rng.getrandbits(64))

    def elegir(self, candidatos: Sequence[Candidato], paso: int) -> int:
        return self._rng.randrange(len(candidatos))


class Pct(Estrategia):
    """PCT (Burckhardt et al., ASPLOS 2010) sobre tareas en vez de hilos.

    Cada tarea recibe una prioridad aleatoria al aparecer; siempre corre la tarea
    lista de mayor prioridad. En `profundidad - 1` pasos elegidos al azar, la
    tarea que iba a correr baja a la prioridad mínima. Los callbacks sueltos
    (sin tarea) corren antes que cualquier tarea, como haría un bucle real.
    """

    nombre = "pct"

    def __init__(self, profundidad: int = PROFUNDIDAD_PCT) -> None:
        self.profundidad = max(1, profundidad)
        self._rng = random.Random(0)
        self._prioridades: dict[int, float] = {}
        self._cambios: set[int] = set()
        self._minimo = 0.0

    def nueva_planificacion(self, rng: random.Random, pasos_previos: int) -> None:
        self._rng = random.Random(rng.getrandbits(64))
        self._prioridades = {}
        self._minimo = 0.0
        pasos = max(pasos_previos, PASOS_ESTIMADOS_INICIALES // 5, 1)
        self._cambios = {self._rng.randrange(pasos) for _ in range(self.profundidad - 1)}

    def _prioridad(self, tarea: int) -> float:
        if tarea not in self._prioridades:
            self._prioridades[tarea] = 1.0 + self._rng.random()
        return self._prioridades[tarea]

    def elegir(self, candidatos: Sequence[Candidato], paso: int) -> int:
        for i, c in enumerate(candidatos):
            if c.tarea is None:
                return i
        mejor = max(range(len(candidatos)), key=lambda i: self._prioridad(candidatos[i].tarea or 0))
        if paso in self._cambios:
            self._minimo -= 1.0
            self._prioridades[candidatos[mejor].tarea or 0] = self._minimo
            mejor = max(
                range(len(candidatos)), key=lambda i: self._prioridad(candidatos[i].tarea or 0)
            )
        return mejor


class Mixta(Estrategia):
    """La estrategia por defecto: primero el orden FIFO (encuentra al instante los
    fallos que no dependen del orden), después alterna PCT de profundidad 2 y 3 y
    el paseo aleatorio. Medido en bench/bench_asincrono.py y en el corpus."""

    nombre = "mixta"

    def __init__(self) -> None:
        self._turno = -1
        self._ciclo: list[Estrategia] = [Pct(2), Aleatoria(), Pct(3)]
        self._actual: Estrategia = Fifo()

    def nueva_planificacion(self, rng: random.Random, pasos_previos: int) -> None:
        self._turno += 1
        if self._turno == 0:
            self._actual = Fifo()
        else:
            self._actual = self._ciclo[(self._turno - 1) % len(self._ciclo)]
        self._actual.nueva_planificacion(rng, pasos_previos)

    def elegir(self, candidatos: Sequence[Candidato], paso: int) -> int:
        return self._actual.elegir(candidatos, paso)


@dataclass
class Repeticion(Estrategia):
    """Reproduce un plan: la lista de índices elegidos en cada decisión. Más allá
    del plan, o si un índice ya no existe, sigue el orden FIFO."""

    plan: list[int] = field(default_factory=list)
    nombre: str = "repeticion"

    def elegir(self, candidatos: Sequence[Candidato], paso: int) -> int:
        if paso < len(self.plan) and self.plan[paso] < len(candidatos):
            return self.plan[paso]
        return 0


ESTRATEGIAS = ("mixta", "aleatoria", "pct", "fifo")


def crear_estrategia(nombre: str | None) -> Estrategia:
    """Construye una estrategia por su nombre público; None es la de por defecto."""
    nombre = (nombre or "mixta").lower()
    if nombre == "mixta":
        return Mixta()
    if nombre == "aleatoria":
        return Aleatoria()
    if nombre == "fifo":
        return Fifo()
    if nombre.startswith("pct"):
        resto = nombre[3:].lstrip(":=")
        return Pct(int(resto)) if resto.isdigit() else Pct()
    raise ValueError(
        f"Estrategia desconocida {nombre!r}: usa una de {', '.join(ESTRATEGIAS)} (o pct:N)."
    )
