"""What the thread engine knows about a run: thread states, failures, places and events.

Plain data, apart from the scheduler (`planificador`) that changes it, so
that the modules around the engine (primitives, evidence, strategies) can
name these types without importing the scheduler itself.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verificador.motor.detectores import Reloj

if TYPE_CHECKING:
    from verificador.motor.trabajadores import _Trabajador


class Estado(enum.Enum):
    NUEVO = "nuevo"
    LISTO = "listo"
    BLOQUEADO = "bloqueado"
    DURMIENDO = "durmiendo"
    TERMINADO = "terminado"


class Tipo(enum.Enum):
    """Kinds of failure a run can end with (mapped to verdicts by the explorer)."""

    EXCEPCION = "excepcion"
    ASERCION = "asercion"  # an invariant of the scenario or script failed
    INTERBLOQUEO = "interbloqueo"
    SIN_FIN = "sin_fin"  # an endless loop: one thread spins past LIMITE_PASOS, or virtual time runs out
    BLOQUEO_NO_MODELADO = "bloqueo_no_modelado"  # blocked outside the engine (told by CPU time)
    PRESUPUESTO = "presupuesto"  # LIMITE_PASOS reached with several threads still busy: no conclusion
    INCOMPLETO = "incompleto"


class _Abortado(BaseException):
    """Unwinds a parked thread's stack once its run is over."""


@dataclass
class Lugar:
    archivo: str
    linea: int
    codigo: str


@dataclass
class Espera:
    objeto: Any
    descripcion: str
    lugar: Lugar | None


@dataclass
class Fallo:
    tipo: Tipo
    hilo: str
    mensaje: str
    excepcion: BaseException | None = None
    lugar: Lugar | None = None
    bloqueados: list[tuple[str, str, str | None, Lugar | None]] = field(default_factory=list)
    detalles: dict[str, Any] = field(default_factory=dict)


@dataclass
class Evento:
    """One entry of a detailed trace (recorded only when replaying for evidence)."""

    hilo: str
    lugar: Lugar
    accion: str
    paso: int
    clave: Any = None
    valor: Any = None
    tipo: str = ""


class Hilo:
    """Engine-side state of one controlled thread."""

    __slots__ = (
        "baton",
        "colas",
        "daemon",
        "despertar",
        "espera",
        "esperando_en",
        "estado",
        "expulsado",
        "fachada",
        "id",
        "lanzado",
        "lecturas_reloj",
        "lugar",
        "mantiene",
        "nombre",
        "notificado",
        "principal",
        "prioridad",
        "racha",
        "rastreadores",
        "reloj",
        "reloj_orden",
        "reintentos",
        "relevo",
        "salto_libre",
        "sin_escribir",
        "trabajador",
        "tras_sync",
    )

    def __init__(self, id_: int, nombre: str, fachada: Any, daemon: bool, principal: bool) -> None:
        self.id = id_
        self.nombre = nombre
        self.fachada = fachada
        self.estado = Estado.NUEVO
        self.baton: Any = None
        self.espera: Espera | None = None
        self.despertar: float | None = None
        self.notificado = False
        self.reloj: Reloj = [0] * (id_ + 1)
        self.reloj[id_] = 1
        self.reloj_orden: Reloj = [0] * (id_ + 1)
        self.reloj_orden[id_] = 1
        self.daemon = daemon
        self.mantiene: list[Any] = []
        self.racha = 0
        # 1: got the CPU when another's (normal) time slice ended, so its own is short and ends
        # after its critical section (tiempo.fin_de_seccion); 2: that short slice has ended
        self.relevo = 0
        self.rastreadores: dict[Any, Any] = {}  # code -> its trace function in this thread (rastreo.crear)
        self.lugar: Lugar | None = None
        self.principal = principal
        self.trabajador: _Trabajador | None = None
        self.prioridad = 0.0
        self.esperando_en: list[Any] | None = None
        self.expulsado = False
        self.lanzado = False
        self.sin_escribir = 0
        # redundant points (see rastreo.mudo): the last step that was not mute was a sync
        # operation; some step that was not mute came after the thread's last loop back-edge
        self.tras_sync = False
        self.salto_libre = False
        self.reintentos: tuple[Any, int] | None = None  # (lock, failed tries in a row) while retrying one

        self.lecturas_reloj = 0
        self.colas: list[Any] = []  # queue.Queue objects this thread took items from

    def __repr__(self) -> str:
        return f"<Hilo {self.id} {self.nombre} {self.estado.value}>"
