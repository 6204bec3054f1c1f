"""The pool of OS threads that host the controlled threads (a schedule does not pay for thread creation).

Each worker owns a raw lock, its *baton*: it runs its task only after the
lock is released for it (see `Planificador._lanzar`), and waits on it again
when the task is over.
"""

from __future__ import annotations

import _thread
from collections.abc import Callable

_asignar_candado = _thread.allocate_lock
_ident = _thread.get_ident


class _Trabajador:
    """A pooled OS thread that hosts one controlled thread at a time."""

    def __init__(self, pool: _Pool) -> None:
        self.candado = _asignar_candado()
        self.candado.acquire()
        self.tarea: Callable[[], None] | None = None
        self.pool = pool
        self.ident = 0
        self.nativo = 0
        self.vivo = True
        _thread.start_new_thread(self._bucle, ())

    def _bucle(self) -> None:
        self.ident = _ident()
        self.nativo = _thread.get_native_id()
        while True:
            self.candado.acquire()
            tarea, self.tarea = self.tarea, None
            if tarea is None:
                return
            tarea()


class _Pool:
    def __init__(self) -> None:
        self._libres: list[_Trabajador] = []
        self._candado = _asignar_candado()

    def obtener(self) -> _Trabajador:
        with self._candado:
            if self._libres:
                return self._libres.pop()
        return _Trabajador(self)

    def devolver(self, t: _Trabajador) -> None:
        with self._candado:
            self._libres.append(t)

    def cerrar(self) -> None:
        with self._candado:
            libres, self._libres = self._libres, []
        for t in libres:
            t.tarea = None
            t.candado.release()


_POOL = _Pool()
