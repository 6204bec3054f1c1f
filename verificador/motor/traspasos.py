"""Happens-before edges for hand-offs built on locks: `queue.Queue` and `Future`.

`queue.Queue` (and `LifoQueue`, `PriorityQueue`) and
`concurrent.futures.Future` are library code made of controlled primitives
(their mutex and conditions are created while the engine is active). That
alone orders a producer and its consumer only through the internal mutex, that
is, as a lock does: in this schedule's order. The hybrid race detector rightly
does not count lock edges as order, so a consumer that found the item (or the
result) already there, without waiting, would look unordered with its producer
and a correct program would be flagged.

But a hand-off orders them in every schedule: a `put` happens before the `get`
that takes its item, the last `task_done` before the `join` it releases, and
`set_result`/`set_exception` before the `result()`/`exception()` that returns
it. The replacements below add those edges. The edge in is made before the
real operation (once the item or result is visible, the other thread may run
before the call returns); the edge out, after it, before any later instruction
of the receiving thread. Like a channel in other race detectors, a `get` is
ordered after every `put` so far on that queue.
"""

from __future__ import annotations

import queue as _queue
from concurrent.futures import Future as _Future
from typing import Any

from verificador.motor.primitivas import _en_hilo, _enviar, _recibir


class _Reloj:
    """The clocks an edge travels through (what `_enviar`/`_recibir` read and write)."""

    def __init__(self) -> None:
        self._reloj: list[int] = []
        self._reloj_orden: list[int] = []


def _relojes(objeto: Any, clave: str) -> _Reloj:
    reloj = objeto.__dict__.get(clave)
    if reloj is None:
        reloj = objeto.__dict__[clave] = _Reloj()
    return reloj


def _antes(objeto: Any, clave: str) -> None:
    par = _en_hilo()
    if par is not None:
        _enviar(_relojes(objeto, clave), par[1])


def _despues(objeto: Any, clave: str) -> None:
    par = _en_hilo()
    if par is not None:
        _recibir(par[1], _relojes(objeto, clave))


_PUESTOS = "_verificador_puestos"
_HECHOS = "_verificador_hechos"
_RESULTADO = "_verificador_resultado"

_put = _queue.Queue.put
_get = _queue.Queue.get
_task_done = _queue.Queue.task_done
_join = _queue.Queue.join
_set_result = _Future.set_result
_set_exception = _Future.set_exception
_result = _Future.result
_exception = _Future.exception


def put(cola: Any, item: Any, block: bool = True, timeout: float | None = None) -> None:
    _antes(cola, _PUESTOS)
    _put(cola, item, block, timeout)


def get(cola: Any, block: bool = True, timeout: float | None = None) -> Any:
    item = _get(cola, block, timeout)
    _despues(cola, _PUESTOS)
    par = _en_hilo()
    if par is not None and not any(c is cola for c in par[1].colas):
        par[1].colas.append(cola)  # a consumer: work left in it at exit is its pending work
    return item


def task_done(cola: Any) -> None:
    _antes(cola, _HECHOS)
    _task_done(cola)


def join(cola: Any) -> None:
    _join(cola)
    _despues(cola, _HECHOS)


def set_result(futuro: Any, result: Any) -> None:
    _antes(futuro, _RESULTADO)
    _set_result(futuro, result)


def set_exception(futuro: Any, exception: BaseException | None) -> None:
    _antes(futuro, _RESULTADO)
    _set_exception(futuro, exception)


def result(futuro: Any, timeout: float | None = None) -> Any:
    try:
        return _result(futuro, timeout)
    finally:
        # a raised exception is a received result too; a timeout receives nothing,
        # and then no set_* has sent anything either (the edge is empty)
        _despues(futuro, _RESULTADO)


def exception(futuro: Any, timeout: float | None = None) -> BaseException | None:
    try:
        return _exception(futuro, timeout)
    finally:
        _despues(futuro, _RESULTADO)


# (class, attribute, replacement) for `parches`
REEMPLAZOS = (
    (_queue.Queue, "put", put),
    (_queue.Queue, "get", get),
    (_queue.Queue, "task_done", task_done),
    (_queue.Queue, "join", join),
    (_Future, "set_result", set_result),
    (_Future, "set_exception", set_exception),
    (_Future, "result", result),
    (_Future, "exception", exception),
)
