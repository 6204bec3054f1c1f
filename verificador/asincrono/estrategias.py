"""Estrategias: cuánto se retrasa cada temporizador (la latencia que varía de verdad).

asyncio garantiza órdenes que el motor respeta siempre: los callbacks de
`call_soon` corren en orden FIFO, las tareas empiezan en el orden en que se
crearon y quienes esperan un `Lock`, `Semaphore`, `Condition`, `Queue` o
`Event` se despiertan en orden de llegada. Lo que en una ejecución real SÍ
varía es el tiempo: lo que dura un `asyncio.sleep(t > 0)` que representa E/S,
cuándo termina un hilo de `to_thread`, cuándo vence un plazo, o cuánto tarda
en reanudarse una tarea en una máquina cargada. Eso es lo que se explora.

Una estrategia es una interfaz mínima: `nueva_planificacion(rng, previos)` al
empezar cada ejecución y `demora(clave, cota)` cada vez que se programa un
temporizador (o duerme un hilo del ejecutor). La demora está en [0, cota]: un
temporizador nunca vence ANTES de su hora, como en un reloj monótono real.
`clave` identifica el temporizador de forma determinista ("t7": el séptimo
del bucle; "h2.1": el segundo sueño del tercer trabajo del ejecutor), y la
decisión sale de un generador sembrado con (semilla de la planificación,
clave): no depende del orden en que los hilos reales lleguen a pedirla, así
que una semilla da una sola traza.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

# Profundidad por defecto de PCT: temporizadores retrasados al máximo + 1.
PROFUNDIDAD_PCT = 3
# Temporizadores estimados de una ejecución antes de conocer la primera (temporizadores).
TEMPORIZADORES_ESTIMADOS = 20
# Probabilidad de que la estrategia aleatoria retrase un temporizador dado (fracción).
PROBABILIDAD_RETRASO = 0.5


class Estrategia:
    """Interfaz: la demora (s virtuales, en [0, cota]) de un temporizador."""

    nombre = "base"

    def nueva_planificacion(self, rng: random.Random, previos: int) -> None:
        """Prepara una ejecución nueva. `previos`: temporizadores de la anterior."""

    def demora(self, clave: str, cota: float) -> float:
        raise NotImplementedError

    def semilla_hilos(self) -> int:
        """La semilla de los turnos de los hilos del ejecutor (turnos.py)."""
        return 0


class Fifo(Estrategia):
    """asyncio sin tocar: cada temporizador vence exactamente a su hora."""

    nombre = "fifo"

    def demora(self, clave: str, cota: float) -> float:
        return 0.0


class _Sembrada(Estrategia):
    """Base de las estrategias aleatorias: un generador por clave, derivado de
    la semilla de la planificación (el orden de las preguntas no importa)."""

    def __init__(self) -> None:
        self._semilla = 0

    def nueva_planificacion(self, rng: random.Random, previos: int) -> None:
        self._semilla = rng.getrandbits(64)

    def _rng(self, clave: str) -> random.Random:
        return random.Random(f"{self._semilla}:{clave}")

    def semilla_hilos(self) -> int:
        return self._semilla


class Aleatoria(_Sembrada):
    """Cada temporizador se retrasa con probabilidad 1/2 una cantidad uniforme en
    (0, cota], o la cota entera (los extremos son los que invierten órdenes)."""

    nombre = "aleatoria"

    def demora(self, clave: str, cota: float) -> float:
        if cota <= 0:
            return 0.0
        r = self._rng(clave)
        if r.random() >= PROBABILIDAD_RETRASO:
            return 0.0
        return cota if r.random() < 0.5 else cota * r.random()


class Pct(_Sembrada):
    """Al estilo de PCT (Burckhardt et al., ASPLOS 2010), con tiempo en vez de
    prioridades: `profundidad - 1` temporizadores elegidos al azar se retrasan
    la cota entera y los demás vencen a su hora. Encuentra los fallos que
    necesitan que UNA tarea concreta llegue tarde."""

    nombre = "pct"

    def __init__(self, profundidad: int = PROFUNDIDAD_PCT) -> None:
        super().__init__()
        self.profundidad = max(1, profundidad)
        self._elegidos: set[str] = set()
        self._prob_hilos = 0.0

    def nueva_planificacion(self, rng: random.Random, previos: int) -> None:
        super().nueva_planificacion(rng, previos)
        r = random.Random(self._semilla)
        total = max(previos, 1) if previos else TEMPORIZADORES_ESTIMADOS
        self._elegidos = {f"t{r.randrange(total)}" for _ in range(self.profundidad - 1)}
        self._prob_hilos = (self.profundidad - 1) / max(total, 1)

    def demora(self, clave: str, cota: float) -> float:
        if cota <= 0:
            return 0.0
        if clave in self._elegidos:
            return cota
        if clave.startswith("h") and self._rng(clave).random() < self._prob_hilos:
            return cota
        return 0.0


class Mixta(Estrategia):
    """La estrategia por defecto: primero asyncio sin retrasos (encuentra al
    instante los fallos que no dependen del tiempo y mide las duraciones
    exactas), después alterna PCT de profundidad 2 y 3 y la aleatoria."""

    nombre = "mixta"

    def __init__(self) -> None:
        self._turno = -1
        self._ciclo: list[Estrategia] = [Pct(2), Aleatoria(), Pct(3)]
        self._actual: Estrategia = Fifo()

    def nueva_planificacion(self, rng: random.Random, previos: int) -> None:
        self._turno += 1
        if self._turno == 0:
            self._actual = Fifo()
        else:
            self._actual = self._ciclo[(self._turno - 1) % len(self._ciclo)]
        self._actual.nueva_planificacion(rng, previos)

    def demora(self, clave: str, cota: float) -> float:
        return self._actual.demora(clave, cota)

    def semilla_hilos(self) -> int:
        return self._actual.semilla_hilos()


@dataclass
class Repeticion(Estrategia):
    """Reproduce un plan: la demora de cada temporizador por su clave (los que
    no están vencen a su hora). Una demora nunca pasa de la cota."""

    plan: Mapping[str, float] = field(default_factory=dict)
    nombre: str = "repeticion"
    hilos: int = 0  # la semilla de los turnos de los hilos del ejecutor

    def demora(self, clave: str, cota: float) -> float:
        return min(max(self.plan.get(clave, 0.0), 0.0), max(cota, 0.0))

    def semilla_hilos(self) -> int:
        return self.hilos


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
