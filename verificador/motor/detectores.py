"""Detectors that look beyond the outcome of one schedule.

Vector clocks order the events of a run by *happens-before*: program order
inside a thread plus the edges created by synchronisation (release→acquire of a
lock, start→first step of a thread, last step→join, set→wait of an event,
put→get of a queue, arrivals→departures of a barrier...). Two accesses to the
same location, at least one a write, that are not ordered that way are a data
race, even if in this schedule they happened not to collide.

The lock-order detector records, for every acquisition made while holding
other locks, the edge held→acquired. Two edges in opposite directions taken by
different threads whose acquisitions were concurrent and that were not both
protected by a common "gate" lock mean the program can deadlock in some other
schedule (the classic Goodlock refinement, so that a correct gated inversion is
not reported).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Reloj = list[int]


def unir(destino: Reloj, origen: Reloj) -> None:
    """destino := max(destino, origen), componente a componente (in place)."""
    if len(destino) < len(origen):
        destino.extend([0] * (len(origen) - len(destino)))
    for i, v in enumerate(origen):
        if v > destino[i]:
            destino[i] = v


def anterior(a: Reloj, b: Reloj) -> bool:
    """True if a happens-before-or-equals b."""
    return all(v <= (b[i] if i < len(b) else 0) for i, v in enumerate(a))


@dataclass(frozen=True)
class Acceso:
    hilo: str
    escritura: bool
    archivo: str
    linea: int
    codigo: str


@dataclass(frozen=True)
class Carrera:
    """Two unsynchronised conflicting accesses to one location."""

    ubicacion: str  # human description: "la variable global saldo", "el atributo saldo"...
    primero: Acceso
    segundo: Acceso


class DetectorCarreras:
    """FastTrack-style detector: per location, the last write epoch and the reads since."""

    def __init__(self) -> None:
        self._escrituras: dict[Any, tuple[int, int, Acceso]] = {}
        self._lecturas: dict[Any, dict[int, tuple[int, Acceso]]] = {}
        self._vivos: list[Any] = []  # keep objects alive so that id() is not reused
        self.carreras: list[Carrera] = []
        self._vistas: set[Any] = set()

    def acceso(
        self, clave: Any, objeto: Any, descripcion: str, hilo_id: int, reloj: Reloj,
        escritura: bool, acceso: Acceso,
    ) -> None:
        if objeto is not None:
            self._vivos.append(objeto)
        w = self._escrituras.get(clave)
        if w is not None and w[0] != hilo_id and w[1] > _comp(reloj, w[0]):
            self._anotar(clave, descripcion, w[2], acceso)
        if escritura:
            lecturas = self._lecturas.get(clave)
            if lecturas:
                for otro, (c, previo) in lecturas.items():
                    if otro != hilo_id and c > _comp(reloj, otro):
                        self._anotar(clave, descripcion, previo, acceso)
                        break
                lecturas.clear()
            self._escrituras[clave] = (hilo_id, _comp(reloj, hilo_id), acceso)
        else:
            self._lecturas.setdefault(clave, {})[hilo_id] = (_comp(reloj, hilo_id), acceso)

    def _anotar(self, clave: Any, descripcion: str, primero: Acceso, segundo: Acceso) -> None:
        firma = (clave, primero.linea, segundo.linea)
        if firma in self._vistas:
            return
        self._vistas.add(firma)
        self.carreras.append(Carrera(descripcion, primero, segundo))


def _comp(reloj: Reloj, i: int) -> int:
    return reloj[i] if i < len(reloj) else 0


@dataclass(frozen=True)
class Arista:
    desde: int  # lock ordinal held
    hacia: int  # lock ordinal acquired
    hilo_id: int
    hilo: str
    reloj: tuple[int, ...]
    puertas: frozenset[int]  # other locks held at the time
    archivo: str
    linea: int
    codigo: str


class DetectorOrdenCandados:
    def __init__(self) -> None:
        self.aristas: dict[tuple[int, int, int], Arista] = {}

    def adquirir(self, mantenidos: list[int], nuevo: int, hilo_id: int, hilo: str, reloj: Reloj,
                 archivo: str, linea: int, codigo: str) -> None:
        for m in mantenidos:
            if m == nuevo:
                continue
            clave = (m, nuevo, hilo_id)
            if clave not in self.aristas:
                puertas = frozenset(x for x in mantenidos if x not in (m, nuevo))
                self.aristas[clave] = Arista(m, nuevo, hilo_id, hilo, tuple(reloj), puertas,
                                             archivo, linea, codigo)

    def inversion(self) -> tuple[Arista, ...] | None:
        """The first cycle of lock-order edges that could deadlock, if any.

        A cycle counts when its edges come from distinct threads, their
        acquisitions are pairwise concurrent (no happens-before between them) and
        no two of them were protected by a common gate lock. Cycles of up to
        `LARGO_MAXIMO_CICLO` locks are searched (3 philosophers need 3).
        """
        salientes: dict[int, list[Arista]] = {}
        for arista in self.aristas.values():
            salientes.setdefault(arista.desde, []).append(arista)

        def valido(camino: list[Arista]) -> bool:
            for i, a in enumerate(camino):
                for b in camino[i + 1:]:
                    if a.hilo_id == b.hilo_id or a.puertas & b.puertas:
                        return False
                    if anterior(list(a.reloj), list(b.reloj)) or anterior(list(b.reloj), list(a.reloj)):
                        return False
            return True

        def buscar(inicio: int, actual: int, camino: list[Arista]) -> tuple[Arista, ...] | None:
            for arista in salientes.get(actual, []):
                if any(arista.hilo_id == a.hilo_id for a in camino):
                    continue
                nuevo = [*camino, arista]
                if not valido(nuevo):
                    continue
                if arista.hacia == inicio and len(nuevo) >= 2:
                    return tuple(nuevo)
                if len(nuevo) < LARGO_MAXIMO_CICLO and arista.hacia > inicio and \
                        all(arista.hacia != a.desde for a in camino):
                    encontrado = buscar(inicio, arista.hacia, nuevo)
                    if encontrado:
                        return encontrado
            return None

        for inicio in sorted(salientes):
            ciclo = buscar(inicio, inicio, [])
            if ciclo:
                return ciclo
        return None


LARGO_MAXIMO_CICLO = 5  # locks in the longest lock-order cycle searched
