"""Reaching the scheduling points with `sys.settrace` (3.10/3.11), and protected accesses that need none.

A *mute* access is a read of a global whose value is a function, class,
module or controlled primitive (the race detector ignores it and a switch
before it changes nothing), or an access to a global from a place where
every execution so far, by this thread since its last non-lock
synchronisation, held a lock L that is held now (`Protegido`). A switch
before a protected access only lets threads run that cannot touch that
global without taking L, so such places stop being scheduling points once
learned (`aprender`, on every run the same way, so that decision indices mean
the same in every run, replays included): `mudo` counts them as steps but
decides nothing and records nothing. An access to the same global that does
not hold L is not mute: it takes the full path, the detectors compare it with
the recorded first accesses of every thread, and a location accessed with
inconsistent locks is still found (`detectores`); the first access of each
thread, and the first after each non-lock synchronisation, is always recorded.
In a whole script (`motor.cierre`) main's reads are never mute: the watch
for results used too early needs main's last read of each location (a
polling loop `with lock: if hechos == n: break` reads it again and again).

Two kinds of points are mute because a neighbouring decision already covers
them (`mudo`, from the thread's own history, the same in every run):
- a loop's back-edge when some step that was not mute came after the thread's
  previous back-edge: a jump changes nothing another thread can see, and the
  thread's next point comes before anything it does is; a loop with no other
  decision keeps its back-edge as a point every other time round, so it still
  yields and counts;
- the call of a `with` block's `__exit__` made while the thread holds a lock,
  when its last step that was not mute was a sync operation: nothing visible
  happened since, and the `__exit__` of a controlled primitive (the lock's
  release) decides on its own.

On 3.10/3.11 the tracer turns on *line* events for the student's frames and,
at each line event, looks at the stretch of instructions from there to the
next line (a `Tramo`): if all its points are mute, they are counted at once
and the instructions run without opcode events; otherwise opcode events stay
on for that stretch and each point is mute or goes to `Planificador.punto`.
On 3.12+ `monitor` asks `mudo` point by point, with the same outcome.
"""

from __future__ import annotations

import _thread
import sys
import types
from typing import TYPE_CHECKING, Any

from verificador import analisis
from verificador.motor.tiempo import RACHA_JUSTA, RACHA_SOLA

if TYPE_CHECKING:
    from collections.abc import Callable

    from verificador.motor.estado import Hilo
    from verificador.motor.planificador import Planificador

_PY312 = sys.version_info[:2] == (3, 12)
POR_LINEAS = sys.version_info < (3, 12)  # per-line opcode events need the pre-PEP 669 tracer
# 3.10 copies a traced frame's locals and cells into `f_locals` before each trace call and
# writes them back after it (`call_trampoline`): a switch inside the call that lets another
# thread rebind a shared cell (`nonlocal total`) would be undone on return. See `crear`.
_REESCRIBE_CELDAS = sys.version_info < (3, 11)
LIMITE_ESPERA_ACTIVA = 50_000  # read-only loop steps of the only runnable thread before calling it endless

CONSTANTE = "constante"  # learned: a read of a value the detector ignores
_AUSENTE = object()


class Protegido:
    """Learned about one access point: the locks held at every execution of it so far."""

    __slots__ = ("candados", "epocas")

    def __init__(self, candados: tuple[Any, ...]) -> None:
        self.candados = candados
        self.epocas: dict[int, int] = {}  # thread id -> its own reloj_orden component when recorded


def mudable(p: analisis.Punto) -> bool:
    """Can this point ever be mute? Accesses to globals (their location is fixed), and redundant points."""
    return p.categoria == "global" or p.tipo is analisis.SALTO or p.salida


class Tramo:
    """Scheduling points run in a row (from one offset to the end of its line, or a single point)."""

    __slots__ = ("cola", "escribe", "globales", "lideres", "n", "reinicia", "saltos")

    def __init__(self, puntos: list[analisis.Punto]) -> None:
        self.n = len(puntos)
        self.globales = tuple(puntos) if all(mudable(p) for p in puntos) else None
        self.saltos = sum(p.tipo is analisis.SALTO for p in puntos)
        self.escribe = any(p.tipo == analisis.ESCRITURA for p in puntos)
        # busy-wait bookkeeping of `punto`: reads and jumps count, writes, calls and a `for`
        # loop's back-edge (its iterator moves on) reset
        cuenta = [p.tipo is analisis.LECTURA or (p.tipo is analisis.SALTO and not p.avanza) for p in puntos]
        self.reinicia = not all(cuenta)
        self.lideres = cuenta.index(False) if self.reinicia else self.n
        self.cola = cuenta[::-1].index(False) if self.reinicia else self.n


def tramo(analizado: analisis.CodigoAnalizado, offset: int) -> Tramo:
    """The points from `offset` to the end of its line, in instruction order (cached)."""
    t = analizado.tramos.get(offset)
    if t is None:
        lineas = analizado.lineas
        linea = lineas.get(offset)
        puntos = []
        o = offset
        while lineas.get(o) == linea:
            p = analizado.puntos.get(o)
            if p is not None:
                puntos.append(p)
            o += 2
        t = analizado.tramos[offset] = Tramo(puntos)
    return t


def solo(analizado: analisis.CodigoAnalizado, offset: int, p: analisis.Punto) -> Tramo:
    t = analizado.solos.get(offset)
    if t is None:
        t = analizado.solos[offset] = Tramo([p])
    return t


def mudo(plan: Planificador, hilo: Hilo, t: Tramo) -> bool:
    """Count the points of `t` as steps if all of them are mute now; False (nothing changed) if not.

    Depends only on what the run did so far, never on the strategy, the
    detectors or the detailed replay: the same point is mute in every run that
    reaches it in the same state.
    """
    globales = t.globales
    if not globales or hilo.expulsado or plan.terminada or plan.fin_principal:
        return False
    n = t.n
    if plan.pasos + n > plan.limite_pasos:
        return False
    if t.saltos and (t.saltos > 1 or not hilo.salto_libre):
        return False
    aprendidos = plan.aprendidos
    for q in globales:
        if q.categoria != "global":
            # a back-edge after a step that was not mute (the thread's next point comes before
            # anything it does is visible), or the `__exit__` call of a `with` inside a critical
            # section entered by a sync operation (the lock's release is the decision)
            if q.salida and (not hilo.tras_sync or not hilo.mantiene):
                return False
            continue
        a = aprendidos.get(id(q))
        if a is CONSTANTE:
            continue
        if a is None or a is False or a.epocas.get(hilo.id, -1) != hilo.reloj_orden[hilo.id]:
            return False
        if q.tipo is analisis.LECTURA and hilo.principal and plan.vigia_principal:
            return False  # motor.cierre needs main's last read of each location (see VigiaCierre)
        for c in a.candados:
            if c in hilo.mantiene:
                break
        else:
            return False
    s = hilo.sin_escribir
    if t.reinicia:
        if s + t.lideres > LIMITE_ESPERA_ACTIVA:
            return False
        s = t.cola
    else:
        s += n
        if s > LIMITE_ESPERA_ACTIVA:
            return False
    racha = hilo.racha + n
    if racha >= RACHA_SOLA if len(plan.listos) < 2 else racha > RACHA_JUSTA:
        # fairness and passing time are decided at a full point (`Planificador.punto`): a
        # thread that spins on data it reads under its lock must still let sleepers wake
        return False
    plan.pasos += n
    hilo.racha = racha
    hilo.sin_escribir = s
    if t.saltos:
        hilo.salto_libre = False
    return True


def aprender(plan: Planificador, hilo: Hilo, frame: types.FrameType, p: analisis.Punto) -> None:
    """After a full scheduling point at an access to a global: may the next ones there be mute?"""
    clave = id(p)
    aprendidos = plan.aprendidos
    variable = (id(frame.f_globals), p.nombre)
    if p.tipo is not analisis.LECTURA and not hilo.principal and variable not in plan.globales_mutables:
        # a thread rebinds it (`candado = Lock()` made lazily in a thread): its reads are data now
        plan.globales_mutables.add(variable)
        for i in plan.constantes.pop(variable, ()):
            del aprendidos[i]
    previo = aprendidos.get(clave, None)
    if previo is False or previo is CONSTANTE:
        return
    if p.tipo == analisis.LECTURA and previo is None and variable not in plan.globales_mutables \
            and _constante(frame.f_globals.get(p.nombre, _AUSENTE)):
        aprendidos[clave] = CONSTANTE
        plan.constantes.setdefault(variable, []).append(clave)
        return
    mantiene = hilo.mantiene
    if not mantiene:
        aprendidos[clave] = False
        return
    if previo is None:
        previo = aprendidos[clave] = Protegido(tuple(mantiene))
    else:
        comunes = tuple(c for c in previo.candados if c in mantiene)
        if not comunes:
            aprendidos[clave] = False
            return
        previo.candados = comunes
    previo.epocas[hilo.id] = hilo.reloj_orden[hilo.id]


_TIPOS_CONSTANTES = (types.FunctionType, types.ModuleType, type, types.BuiltinFunctionType, types.MethodType)


def _constante(v: Any) -> bool:
    return isinstance(v, _TIPOS_CONSTANTES) or getattr(v, "_es_primitiva", False) is True


def crear(plan: Planificador) -> Callable[[types.FrameType, str, Any], Any]:
    """The global trace function: a closure, since it runs on every call of a controlled thread.

    With `sys.settrace`, every Python call in a controlled thread (the
    engine's own included) goes through it, so it does as little as
    possible before returning None for code that is not the student's.
    """
    archivos = plan.archivos
    de = plan.analizador.de
    por_os = plan._por_os
    punto_fn = plan.punto
    ident = _thread.get_ident
    sin_puntos: set[types.CodeType] = set()

    def rastreo_global(frame: types.FrameType, evento: str, arg: Any) -> Any:
        code = frame.f_code
        if code.co_filename not in archivos:
            return None
        hilo = por_os.get(ident())
        if hilo is None:
            return None
        if _PY312:
            sys.settrace(rastreo_global)
        # Every call costs, even with nothing to decide (a generator resumed 100 000 times in a run
        # of 300 steps): the plan of an exploration counts them (Explorador._plan).
        plan.llamadas_alumno += 1
        if code in sin_puntos:
            return None
        local = hilo.rastreadores.get(code)  # a generator resumed in a loop: one closure per thread
        if local is None:
            analizado = de(code)
            if not analizado.puntos:
                sin_puntos.add(code)
                return None  # no scheduling point in this code: nothing to trace
            local = hilo.rastreadores[code] = rastreador(hilo, code, analizado)
        if POR_LINEAS:
            frame.f_trace_lines = True
            frame.f_trace_opcodes = False
        else:
            frame.f_trace_opcodes = True
            frame.f_trace_lines = False
        return local

    def rastreador(hilo: Hilo, code: types.CodeType,
                   analizado: analisis.CodigoAnalizado) -> Callable[[types.FrameType, str, Any], Any]:
        """The local trace function of `code`'s frames in `hilo` (the same for all of them)."""
        puntos = analizado.puntos
        if not POR_LINEAS:
            def local(frame: types.FrameType, evento: str, arg: Any) -> Any:
                if evento == "opcode":
                    p = puntos.get(frame.f_lasti)
                    if p is not None:
                        punto_fn(hilo, frame, p)
                return local

            return local

        tramos = analizado.tramos
        # 3.10: after a point (where other threads may have run), take the snapshot again so
        # that writing it back on return changes nothing.
        refrescar = _REESCRIBE_CELDAS and bool(code.co_cellvars or code.co_freevars)

        def por_linea(frame: types.FrameType, evento: str, arg: Any) -> Any:
            if evento == "opcode":
                offset = frame.f_lasti
                p = puntos.get(offset)
                if p is not None:
                    if mudable(p) and plan.aprendidos.get(id(p)) is not False:
                        t = analizado.solos.get(offset)
                        if t is None:
                            t = solo(analizado, offset, p)
                        if mudo(plan, hilo, t):
                            return por_linea
                    punto_fn(hilo, frame, p)
                    if refrescar:
                        frame.f_locals  # noqa: B018 - refreshes the snapshot 3.10 writes back
            elif evento == "line":
                offset = frame.f_lasti
                t = tramos.get(offset)
                if t is None:
                    t = tramo(analizado, offset)
                frame.f_trace_opcodes = t.n > 0 and (t.globales is None or not mudo(plan, hilo, t))
            return por_linea

        return por_linea

    return rastreo_global
