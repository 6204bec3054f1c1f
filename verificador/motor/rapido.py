"""The fast path of a `Lock` taken or released right from the student's code (`with lock:`).

`tomar` and `soltar` do, in one call, what `primitivas._sync`, `Planificador.decidir`
and `Lock._tomar`/`Lock._soltar` would do when nothing is to be decided: count
the step, keep fairness and the busy-wait counters, note where the thread is,
and update the lock and the detectors' clocks. They return False (nothing
changed) whenever the full path is due: the caller is not the student's code,
a decision is due (a strategy's change point, fairness, passing time, a change
in who can run), or the run ends or keeps a detailed trace. So a run takes the same steps and decisions either way.

On 3.10/3.11 the engine's own code runs several times slower while the
thread's `sys.settrace` tracer is set (every instruction of every frame goes
through the tracing dispatch), so the tracer is off while they work and is
set again before returning to the student's frame, whose own trace state is
untouched.
"""

from __future__ import annotations

import sys
from _thread import get_ident as _ident
from typing import Any

from verificador.motor import contexto
from verificador.motor.detectores import unir
from verificador.motor.tiempo import RACHA_JUSTA, RACHA_SOLA, fin_de_seccion

_POR_LINEAS = sys.version_info < (3, 12)  # the engine traces with sys.settrace (see rastreo)
_gettrace = sys.gettrace
_settrace = sys.settrace
_getframe = sys._getframe
LOCK: Any = None  # primitivas.Lock (set there): its __enter__/__exit__ are `entrar`/`salir`


def _lugar(plan: Any, h: Any, f: Any) -> Any:
    """Count a step of `h` at a primitive called from the student's frame `f`; where, or None if a decision is due."""
    if plan.terminada or h.expulsado or plan.eventos is not None or plan.pasos >= plan.limite_pasos \
            or plan.retraso_salto > 0:  # adversarial timing: a sleeper may wake here (tiempo.py)
        return None
    code = f.f_code
    clave = (id(code), f.f_lasti)
    visto = plan._lugar_instruccion.get(clave)
    if visto is not None and visto[0] is code:
        lugar = visto[1]
    else:
        nombre = code.co_filename
        if nombre not in plan.archivos:
            return None
        lugar = plan._lineas_cache.get((nombre, f.f_lineno))
        if lugar is None:
            return None
        plan._lugar_instruccion[clave] = (code, lugar)
    racha = h.racha
    if len(plan.listos) < 2:
        if plan.sincronizando:
            racha += 1
            if racha >= RACHA_SOLA:
                return None
    else:
        if plan.sincronizando:
            racha += 1
        criticos = plan.estrategia.criticos
        if racha > RACHA_JUSTA or plan.version_listos != plan._version_decidida or criticos is None \
                or plan.n_decision in criticos:
            return None
        plan.n_decision += 1
    h.racha = racha
    h.sin_escribir = 0
    h.tras_sync = h.salto_libre = True
    h.lugar = lugar
    plan.pasos += 1
    return lugar


def tomar(candado: Any, f: Any) -> bool:
    """`candado.acquire()` (blocking, no timeout, the lock free) from frame `f`, if no decision is due."""
    plan = contexto._activo
    if plan is None:
        return False
    h = plan._por_os.get(_ident())
    if h is None:
        return False
    traza = _gettrace() if _POR_LINEAS else None
    if traza is None:
        return _tomar(plan, h, candado, f)
    _settrace(None)
    try:
        return _tomar(plan, h, candado, f)
    finally:
        _settrace(traza)


def soltar(candado: Any, f: Any) -> bool:
    """`candado.release()` by its owner from frame `f`, if no decision is due."""
    plan = contexto._activo
    if plan is None:
        return False
    h = plan._por_os.get(_ident())
    if h is None or candado._duenio is not h:
        return False
    traza = _gettrace() if _POR_LINEAS else None
    if traza is None:
        return _soltar(plan, h, candado, f)
    _settrace(None)
    try:
        return _soltar(plan, h, candado, f)
    finally:
        _settrace(traza)


def entrar(candado: Any) -> bool:
    """`Lock.__enter__`: `tomar` from the caller's frame, else the full `acquire()`.

    The same as `acquire`'s own fast path, one traced call shorter (on
    3.10/3.11 each Python call made while the tracer is set costs a call event).
    """
    if candado._duenio is None:
        plan = contexto._activo
        if plan is not None:
            h = plan._por_os.get(_ident())
            if h is not None:
                traza = _gettrace() if _POR_LINEAS else None
                if traza is None:
                    if _tomar(plan, h, candado, _getframe(1)):
                        return True
                else:
                    _settrace(None)
                    try:
                        hecho = _tomar(plan, h, candado, _getframe(1))
                    finally:
                        _settrace(traza)
                    if hecho:
                        return True
    return candado.acquire()


def salir(candado: Any, *exc: Any) -> None:
    """`Lock.__exit__`: `soltar` from the caller's frame, else the full `release()`."""
    if candado.__class__ is LOCK and candado._duenio is not None:
        plan = contexto._activo
        if plan is not None:
            h = plan._por_os.get(_ident())
            if h is not None and candado._duenio is h:
                traza = _gettrace() if _POR_LINEAS else None
                if traza is None:
                    if _soltar(plan, h, candado, _getframe(1)):
                        return
                else:
                    _settrace(None)
                    try:
                        hecho = _soltar(plan, h, candado, _getframe(1))
                    finally:
                        _settrace(traza)
                    if hecho:
                        return
    candado.release()


def _tomar(plan: Any, h: Any, candado: Any, f: Any) -> bool:
    lugar = _lugar(plan, h, f)
    if lugar is None:
        return False
    candado._duenio = h
    if plan.detectando and candado._solto is not h:
        unir(h.reloj, candado._reloj)
    if candado._reloj_orden:  # once released as a signal (see primitivas.Lock._soltar)
        unir(h.reloj_orden, candado._reloj_orden)
    if plan.orden is not None and h.mantiene:
        plan.orden.adquirir([c._ordinal for c in h.mantiene], candado._ordinal, h.id, h.nombre,
                            h.reloj_orden, lugar.archivo, lugar.linea, lugar.codigo)
    h.mantiene.append(candado)
    return True


def _soltar(plan: Any, h: Any, candado: Any, f: Any) -> bool:
    if _lugar(plan, h, f) is None:
        return False
    mantiene = h.mantiene
    if candado in mantiene:
        mantiene.remove(candado)
        if h.relevo == 1:
            fin_de_seccion(h)
    candado._duenio = None
    if plan.detectando:
        # h took it (its clock then covered the lock's, which only a release changes): the join is a copy
        candado._reloj[:] = h.reloj
        candado._solto = h  # while nobody else takes it, h's clock keeps covering the lock's
        h.reloj[h.id] += 1
    if candado._esperan:
        plan.notificar(candado._esperan, 1)  # like CPython, wake one waiter; it competes again
    return True
