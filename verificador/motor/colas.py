"""Controlled `queue.SimpleQueue` (the C one cannot be steered).

`queue.Queue`, `LifoQueue` and `PriorityQueue` need no copy: they build their
mutex and conditions with `threading.Lock()`/`Condition()` at construction, so
while the engine is active they are made of controlled primitives already; the
engine only points their module-level clock (`queue.time`) at virtual time.
Their hand-offs get edges of their own in `traspasos`.
"""

from __future__ import annotations

import queue as _queue_real
from collections import deque
from typing import Any

from verificador.motor import contexto
from verificador.motor.planificador import Espera
from verificador.motor.primitivas import _en_hilo, _enviar, _plazo, _Primitiva, _recibir, _sync

_SimpleQueue_real = _queue_real.SimpleQueue


class SimpleQueue(_Primitiva):
    _tipo = "SimpleQueue"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is SimpleQueue:
            return _SimpleQueue_real()
        return super().__new__(cls)

    def __init__(self) -> None:
        self._items: deque[Any] = deque()
        self._nacer()

    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
        ctx = _sync("pone", self)
        self._items.append(item)
        plan = contexto.activo()
        if ctx is not None:
            plan_, h, lugar = ctx
            _enviar(self, h)
            plan_.evento_sync(h, f"pone {item!r:.30} en la cola", lugar)
        if plan is not None:
            plan.notificar(self._esperan, 1)

    def put_nowait(self, item: Any) -> None:
        self.put(item, block=False)

    def get(self, block: bool = True, timeout: float | None = None) -> Any:
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        ctx = _sync("saca", self)
        if ctx is None:
            if not self._items:
                raise _queue_real.Empty
            return self._items.popleft()
        plan, h, lugar = ctx
        plazo = _plazo(plan, timeout, lugar)
        while not self._items:
            if not block or timeout == 0:  # like CPython: no wait at all
                raise _queue_real.Empty
            ok = plan.bloquear(Espera(self, f"saca de {self.describir()} (get)", lugar), self._esperan, plazo)
            if not ok and not self._items and plazo is not None and plan.reloj >= plazo:
                raise _queue_real.Empty
        _recibir(h, self)
        item = self._items.popleft()
        plan.evento_sync(h, f"saca {item!r:.30} de la cola", lugar)
        return item

    def get_nowait(self) -> Any:
        return self.get(False)

    def empty(self) -> bool:
        return not self._items

    def qsize(self) -> int:
        return len(self._items)
