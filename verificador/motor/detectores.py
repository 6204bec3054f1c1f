"""Detectors that look beyond the outcome of one schedule.

Vector clocks order the events of a run by *happens-before*: program order
inside a thread plus the edges created by synchronisation (release→acquire of a
lock, start→first step of a thread, last step→join, set→wait of an event,
put→get of a queue, arrivals→departures of a barrier...). Two accesses to the
same location, at least one a write, that are not ordered that way are a data
race, even if in this schedule they happened not to collide.

Happens-before alone needs luck: if the schedule happened to run a locked
increment of one thread, then an unlocked one of another thread after it
acquired the same lock for something else, the lock edge orders them and no
race shows. So the detector is hybrid (Eraser's locksets refined by vector
clocks, as in O'Callahan and Choi's hybrid detector): two writes to one
location, at least one of them a read-modify-write (`x += 1`), made by threads
not ordered by *non-lock* synchronisation (start, join, events, semaphores,
queue waits: `reloj_orden`), with no lock held in common, and at least one of
them holding some lock, are a race in every schedule. "At least one locked"
keeps ownership hand-offs through a locked container (never accessed under a
lock themselves) out of it, and "a read-modify-write" keeps plain flag stores
out: only lost updates are reported this way.

`lista += [x]` stores back the very object it read (`list.__iadd__` extends
in place, atomically under the GIL): that store is not a write of the location
(the mutation is of the list, not of the variable); `x = x + [1]` is.

A flag is not a race in CPython: a store of a constant (`seguir = False`,
`self.listo = True`, `estado["fin"] = None`) is one atomic bytecode, and a
thread that polls it sees the old value or the new one, never a torn one, and
everything written before the store (the GIL gives sequential consistency).
So a *polling* read (one inside a loop of the reader's code, that will look
again: `while seguir:`) racing with a *blind* constant store (its thread's
previous access to the location was not a read: no check-then-act), and two
such stores, are not reported; the outcomes they allow are explored like any
other. A poller that sees the flag is ordered after its store, as the GIL
makes it (so data published before `listo = True` is safe to read after
`while not listo: pass`); the same for any blind store a polling read races
with (`while resultado is None: pass` against `resultado = calcular()`): the
poller looks again until it sees it. Two blind stores of computed values
stay a race (one result is lost). A single read whose value is used (`time.sleep(1); print(listo)`: a
sleep standing in for a join) and a check-then-act on a flag
(`if not hecho: ...; hecho = True`, reads before it stores) stay races.

An object is published by storing a reference to it (`X = Conexion()`,
`self.cache[k] = obj`, inside a double-checked initialisation or not). A
thread that reads the reference and gets the object (not None, not a number:
an instance, a list, a dict) can only reach the object's fields through that
read, so whatever the publisher wrote in those fields *before* the store is
ordered before this thread's accesses to them: with the GIL, no interpreter
shows it the object half-built. Fields written after the store stay races
(an unsafe publication), and so do fields written by any other thread. The
order of "before" is the detector's own count of writes, not the epochs
(a whole critical section shares one).

The lock-order detector records, for every acquisition made while holding
other locks, the edge held→acquired. Two edges in opposite directions taken by
different threads whose acquisitions were concurrent and that were not both
protected by a common "gate" lock mean the program can deadlock in some other
schedule (the classic Goodlock refinement, so that a correct gated inversion is
not reported).
"""

from __future__ import annotations

import types
from collections import deque
from dataclasses import dataclass
from typing import Any

from verificador.motor.instrucciones import almacena_constante, almacena_in_place, lee_en_bucle
from verificador.programas import comprobacion_de_duenio, doble_comprobacion

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
class _LecturaVista:
    """A read worth a preemption (see `DetectorCarreras.expropiaciones`)."""

    decision: int  # the reader's next decision index
    lector: int
    vivos: frozenset[int]  # threads not yet ended then: the only writers a switch can reach
    reloj: int  # the reader's own clock component then (a lock release bumps it)
    con_candado: bool  # the reader held some lock


@dataclass(frozen=True)
class Carrera:
    """Two unsynchronised conflicting accesses to one location."""

    ubicacion: str  # human description: "la variable global saldo", "el atributo saldo"...
    primero: Acceso
    segundo: Acceso
    candados: tuple[str, str] | None = None  # inconsistent locking: what each access held


AUSENTE: Any = object()  # the location had no value when it was accessed
_NINGUNO: frozenset[int] = frozenset()
_TIPOS_IN_PLACE = (list, dict, set, bytearray, deque)  # their in-place operators return self


def _publicable(valor: Any) -> bool:
    """A mutable object reached through a reference (an instance, a list, a dict, a set)."""
    if valor is AUSENTE or valor is None or isinstance(valor, (type, types.ModuleType, types.FunctionType)):
        return False
    return isinstance(valor, (list, dict, set, bytearray, deque)) or hasattr(valor, "__dict__")


def valor_en(contenedor: list[Any] | dict[Any, Any], clave: Any) -> Any:
    """contenedor[clave], or AUSENTE (never raises, never calls user code but __hash__/__eq__)."""
    if isinstance(contenedor, dict):
        return contenedor.get(clave, AUSENTE)
    if isinstance(clave, int) and -len(contenedor) <= clave < len(contenedor):
        return contenedor[clave]
    return AUSENTE


class DetectorCarreras:
    """FastTrack-style detector (per location, the last write epoch and the reads
    since) plus the hybrid lockset check described in the module docstring."""

    def __init__(self) -> None:
        self._escrituras: dict[Any, tuple[int, int, Acceso, tuple[Reloj, Reloj] | None, int]] = {}
        # (thread, epoch, access, the writer's clocks if it was a blind store, the write's number)
        self._n_escrituras = 0
        # (reader, id(object)) -> (publisher, number of the store the reader got the object from)
        self._publicados: dict[tuple[int, int], tuple[int, int]] = {}
        self._lecturas: dict[Any, dict[int, tuple[int, Acceso, bool]]] = {}  # thread -> (epoch, access, polling)
        self._vivos: list[Any] = []  # keep objects alive so that id() is not reused
        self.carreras: list[Carrera] = []
        self._vistas: set[Any] = set()
        # hybrid: location -> lockset -> thread id -> (epoch in reloj_orden, rmw, access, locks held)
        self._conjuntos: dict[Any, dict[frozenset[int], dict[int, tuple[int, bool, Acceso, tuple[Any, ...]]]]] = {}
        self._bloqueadas: set[Any] = set()  # locations some access made holding a lock
        self._ultimo: dict[tuple[int, Any], tuple[bool, Any, str, int]] = {}  # (thread, location) -> last access
        # where a preemption could matter: (location, file, line) of a read -> that read
        self._lecturas_vistas: dict[tuple[Any, str, int], _LecturaVista] = {}
        self._escritores: dict[Any, list[int]] = {}

    def acceso(
        self, clave: Any, objeto: Any, descripcion: str, hilo_id: int, reloj: Reloj,
        escritura: bool, acceso: Acceso, *, hilo: Any = None, plan: Any = None, valor: Any = AUSENTE,
        frame: types.FrameType | None = None, categoria: str = "",
    ) -> None:
        if objeto is not None:
            self._vivos.append(objeto)
        bandera = ciega = False
        if hilo is not None:
            previo = self._ultimo.get((hilo_id, clave))
            self._ultimo[(hilo_id, clave)] = (escritura, valor, acceso.archivo, acceso.linea)
            # read-modify-write: this thread's last access to it was a read on this same line
            rmw = escritura and previo is not None and not previo[0] and \
                previo[2:] == (acceso.archivo, acceso.linea)
            if rmw and frame is not None and previo is not None and \
                    isinstance(valor, _TIPOS_IN_PLACE) and previo[1] is valor and \
                    almacena_in_place(frame.f_code, frame.f_lasti):
                return  # `lista += [x]`: stores back the object it read; the list mutated in place
            if plan is not None:
                self._para_expropiar(plan, hilo, hilo_id, reloj, clave, escritura, acceso, rmw)
            vigia = getattr(plan, "vigia", None)  # motor.cierre: what main used before the work ended
            if vigia is not None:
                vigia.acceso(plan, hilo, clave, objeto, categoria, escritura, valor, acceso)
            if escritura:
                self._hibrido(clave, descripcion, hilo, rmw, acceso)
                # a blind store of a constant: a flag (see the module docstring)
                ciega = frame is not None and (previo is None or previo[0])  # no check-then-act
                bandera = ciega and \
                    almacena_constante(frame.f_code, frame.f_lasti)
        sondeo = not escritura and frame is not None and lee_en_bucle(frame.f_code, frame.f_lasti)
        w = self._escrituras.get(clave)
        if w is not None and w[0] != hilo_id and not escritura and _publicable(valor):
            self._publicar(hilo_id, valor, w)  # this thread reached the object through this read
        if w is not None and w[0] != hilo_id and w[1] > _comp(reloj, w[0]):
            if self._publicado_antes(hilo_id, clave, w):
                pass  # written before the object was published: ordered (see the module docstring)
            elif w[3] is None or not (bandera or sondeo):
                self._anotar(clave, descripcion, w[2], acceso)
            elif sondeo:
                # the poller saw the flag: with the GIL it sees all that was written before it
                unir(reloj, w[3][0])
                if hilo is not None:
                    unir(hilo.reloj_orden, w[3][1])
        if escritura:
            lecturas = self._lecturas.get(clave)
            if lecturas:
                for otro, (c, previo_l, sondeo_l) in lecturas.items():
                    if otro != hilo_id and c > _comp(reloj, otro) and not (ciega and sondeo_l):
                        self._anotar(clave, descripcion, previo_l, acceso)
                        break
                lecturas.clear()
            # a blind store keeps the writer's clocks, for the poller that will see it
            marca = (list(reloj), list(getattr(hilo, "reloj_orden", ()))) if ciega else None
            self._n_escrituras += 1
            self._escrituras[clave] = (hilo_id, _comp(reloj, hilo_id), acceso, marca, self._n_escrituras)
            if marca is not None and hilo_id < len(reloj):
                # like a release: what this thread writes after the store is not what a poller
                # that sees it is ordered after (`caja = c; c.valor = 1` publishes `c` half-built)
                reloj[hilo_id] += 1
        else:
            self._lecturas.setdefault(clave, {})[hilo_id] = (_comp(reloj, hilo_id), acceso, sondeo)

    def _publicado_antes(self, hilo_id: int, clave: Any, w: tuple[Any, ...]) -> bool:
        """Is `clave` a field of an object this thread got through a publication by the thread
        that wrote it, written before that publication?"""
        if not self._publicados or not isinstance(clave, tuple) or not isinstance(clave[0], int):
            return False
        publicacion = self._publicados.get((hilo_id, clave[0]))
        return publicacion is not None and publicacion[0] == w[0] and w[4] < publicacion[1]

    def _publicar(self, hilo_id: int, objeto: Any, w: tuple[Any, ...]) -> None:
        previa = self._publicados.get((hilo_id, id(objeto)))
        if previa is None or previa[0] != w[0] or previa[1] < w[4]:
            self._publicados[(hilo_id, id(objeto))] = (w[0], w[4])
            self._vivos.append(objeto)  # its id is not reused in this run

    def _para_expropiar(self, plan: Any, hilo: Any, hilo_id: int, reloj: Reloj, clave: Any, escritura: bool,
                        acceso: Acceso, rmw: bool) -> None:
        sitio = (clave, acceso.archivo, acceso.linea)
        con_candado = bool(hilo is not None and hilo.mantiene)
        if escritura:
            leida = self._lecturas_vistas.get(sitio)
            if rmw and con_candado and leida is not None and leida.lector == hilo_id and leida.con_candado \
                    and leida.reloj == _comp(reloj, hilo_id):
                # `x += 1` holding a lock it has not released since the read: what it read is what
                # it wrote, nothing stale for a switch to expose (a writer without that lock is a
                # race the detectors report by themselves)
                del self._lecturas_vistas[sitio]
            escritores = self._escritores.setdefault(clave, [])
            if hilo_id not in escritores:
                escritores.append(hilo_id)
        elif sitio not in self._lecturas_vistas and len(self._lecturas_vistas) < MAX_LECTURAS_EXPROPIABLES:
            self._lecturas_vistas[sitio] = _LecturaVista(plan.n_decision, hilo_id, plan.ids_vivos(),
                                                         _comp(reloj, hilo_id), con_candado)

    def expropiaciones(self) -> list[dict[int, int]]:
        """Single preemptions worth trying, as deviations from the default schedule of this run.

        For each read of a location (first time per line and location) that
        another thread writes somewhere in the run: switch to that writer
        at the reader's very next decision and, as the default policy does, let
        it run until it blocks or ends. That is the schedule of check-then-act
        bugs and lost wakeups whose other side is a long stretch of work, which
        random preemptions hit only by luck. Valid only for the default schedule.
        """
        sitios = []
        for sitio, leida in sorted(self._lecturas_vistas.items(), key=lambda e: (e[1].decision, e[1].lector)):
            # a writer that had already ended when the read happened cannot be switched to
            escritores = [e for e in self._escritores.get(sitio[0], ()) if e != leida.lector and e in leida.vivos]
            if escritores:
                sitios.append((leida.decision, escritores))
        desvios: list[dict[int, int]] = []
        vistos: set[tuple[int, int]] = set()
        ronda = 0
        while len(desvios) < MAX_EXPROPIACIONES:  # round robin: every site's first writer, then the second...
            quedan = False
            for k, escritores in sitios:
                if ronda < len(escritores):
                    quedan = True
                    if (k, escritores[ronda]) not in vistos:
                        vistos.add((k, escritores[ronda]))
                        desvios.append({k: escritores[ronda]})
            if not quedan:
                break
            ronda += 1
        return desvios[:MAX_EXPROPIACIONES]

    def _anotar(self, clave: Any, descripcion: str, primero: Acceso, segundo: Acceso,
                candados: tuple[str, str] | None = None) -> None:
        firma = (clave, primero.linea, segundo.linea, candados is not None)
        if firma in self._vistas:
            return
        self._vistas.add(firma)
        lectura, escritura = (segundo, primero) if primero.escritura else (primero, segundo)
        if escritura.escritura and not lectura.escritura and lectura.archivo == escritura.archivo \
                and (doble_comprobacion(lectura.archivo, lectura.linea, escritura.linea)
                     or comprobacion_de_duenio(lectura.archivo, lectura.linea, escritura.linea)):
            # the outer check of a double-checked initialisation, or a hand-written RLock's
            # ownership check (see programas.doble_comprobacion, programas.comprobacion_de_duenio)
            return
        if candados is not None:  # inconsistent locking explains more: it goes first
            self.carreras.insert(0, Carrera(descripcion, primero, segundo, candados))
        else:
            self.carreras.append(Carrera(descripcion, primero, segundo))

    def _hibrido(self, clave: Any, descripcion: str, hilo: Any, rmw: bool, acceso: Acceso) -> None:
        """A write: look for a lost update that no schedule needs luck to show."""
        mantiene = getattr(hilo, "mantiene", None) or ()
        conjunto = frozenset(getattr(c, "_ordinal", id(c)) for c in mantiene) if mantiene else _NINGUNO
        if conjunto:
            self._bloqueadas.add(clave)
        por_conjunto = self._conjuntos.get(clave)
        if por_conjunto is None:
            por_conjunto = self._conjuntos[clave] = {}
        reloj_orden: Reloj = hilo.reloj_orden
        epoca_propia = _comp(reloj_orden, hilo.id)
        previo_propio = por_conjunto.get(conjunto, {}).get(hilo.id)
        if previo_propio is not None and previo_propio[0] == epoca_propia and (previo_propio[1] or not rmw) \
                and len(por_conjunto) == 1:
            return  # fast path: one lockset so far, and this thread's entry already says it all
        if clave in self._bloqueadas and ("h", clave) not in self._vistas:
            for otro_conjunto, por_hilo in por_conjunto.items():
                if otro_conjunto & conjunto or not (otro_conjunto or conjunto):
                    continue
                for otro, (epoca, otro_rmw, previo, otros_candados) in por_hilo.items():
                    if otro == hilo.id or not (rmw or otro_rmw) or epoca <= _comp(reloj_orden, otro):
                        continue
                    self._vistas.add(("h", clave))
                    self._anotar(clave, descripcion, previo, acceso,
                                 (_nombres_candados(otros_candados), _nombres_candados(mantiene)))
                    break
                if ("h", clave) in self._vistas:
                    break
        if previo_propio is not None and previo_propio[0] == epoca_propia and (previo_propio[1] or not rmw):
            return
        por_conjunto.setdefault(conjunto, {})[hilo.id] = (
            epoca_propia, rmw or (previo_propio is not None and previo_propio[1] and previo_propio[0] == epoca_propia),
            acceso if rmw or previo_propio is None else previo_propio[2], tuple(mantiene))


def _nombres_candados(mantiene: list[Any] | tuple[Any, ...]) -> str:
    if not mantiene:
        return ""
    nombres = []
    for c in mantiene:
        describir = getattr(c, "describir", None)
        nombres.append(describir() if callable(describir) else repr(c))
    return ", ".join(nombres)


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
        # acquisitions with a timeout made while holding other locks: they cannot
        # deadlock, but crossed with the opposite order they time out, and the
        # program then goes on without the lock (see `cruces_con_plazo`)
        self.con_plazo: dict[tuple[int, int, int], Arista] = {}

    def intentar_con_plazo(self, mantenidos: list[int], nuevo: int, hilo_id: int, hilo: str, reloj: Reloj,
                           archivo: str, linea: int, codigo: str) -> None:
        for m in mantenidos:
            clave = (m, nuevo, hilo_id)
            if m != nuevo and clave not in self.con_plazo:
                puertas = frozenset(x for x in mantenidos if x not in (m, nuevo))
                self.con_plazo[clave] = Arista(m, nuevo, hilo_id, hilo, tuple(reloj), puertas,
                                               archivo, linea, codigo)

    def cruces_con_plazo(self) -> list[tuple[int, int, int]]:
        """(thread, lock it holds, other thread) for each pair of crossed orders with a timeout.

        Thread A holds L1 and asks for L2 with a timeout while thread B holds L2
        and asks for L1 (with a timeout or without), concurrently and with no
        common gate lock. A schedule that switches from A to B right after A
        takes L1 forms the cycle: A's timeout expires and A goes on without L2,
        which CPython does whenever the two threads meet there.
        """
        cruces = []
        todas = [*self.aristas.values(), *self.con_plazo.values()]
        for a in self.con_plazo.values():
            for b in todas:
                if b.hilo_id == a.hilo_id or (b.desde, b.hacia) != (a.hacia, a.desde) or a.puertas & b.puertas:
                    continue
                if anterior(list(a.reloj), list(b.reloj)) or anterior(list(b.reloj), list(a.reloj)):
                    continue
                for cruce in ((a.hilo_id, a.desde, b.hilo_id), (b.hilo_id, b.desde, a.hilo_id)):
                    if cruce not in cruces:
                        cruces.append(cruce)
        return cruces

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
MAX_LECTURAS_EXPROPIABLES = 2_000  # distinct (location, line) reads kept as preemption candidates
MAX_EXPROPIACIONES = 200  # targeted preemptions proposed per default run
