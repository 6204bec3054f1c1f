"""Controlled versions of threading's synchronisation primitives.

They mirror `threading` name for name and signature for signature, so the
student's unmodified code runs on them while the engine explores schedules.
Each operation called from the student's code is a scheduling point; blocking
hands the turn to another thread; releases create happens-before edges for the
data race detector; acquisitions feed the lock-order detector.

Outside a controlled thread (the engine's controller, a garbage-collector
callback...) the constructors return the real `threading` objects, and
non-blocking operations on controlled objects just update their state.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from verificador.motor import contexto, rapido
from verificador.motor.comunes import (  # re-exported: the other primitives' modules import them from here
    _PY311,
    _REALES,
    TIMEOUT_MAX,
    BrokenBarrierError,
    _comprobar_timeout,
    _direccion,
    _en_hilo,
    _enviar,
    _enviar_orden,
    _inmediato,
    _obsoleto,
    _plazo,
    _Primitiva,
    _recibir,
    _sync,
)
from verificador.motor.detectores import unir
from verificador.motor.planificador import Espera, Hilo, Lugar, Planificador
from verificador.motor.tiempo import fin_de_seccion


class Lock(_Primitiva):
    _tipo = "Lock"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is Lock:
            return _REALES["Lock"]()
        return super().__new__(cls)

    def __init__(self) -> None:
        self._duenio: Hilo | None = None
        self._solto: Hilo | None = None  # who released it last on the fast path (see rapido._soltar)
        self._nacer()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if blocking is True and timeout == -1 and self._duenio is None and rapido.tomar(self, sys._getframe(1)):
            return True
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        _comprobar_timeout(timeout)
        ctx = _sync("toma", self)
        if ctx is None:
            if self._duenio is None:
                self._duenio = _FUERA
                return True
            return False
        plan, h, lugar = ctx
        plazo = _plazo(plan, timeout if blocking else None, lugar)
        if plazo is not None and plan.orden is not None and h.mantiene and lugar is not None:
            plan.orden.intentar_con_plazo([c._ordinal for c in h.mantiene], self._ordinal, h.id, h.nombre,
                                          h.reloj_orden, lugar.archivo, lugar.linea, lugar.codigo)
        while self._duenio is not None:
            # non-blocking or timeout=0: fail at once (the scheduling point above
            # already let the other orders be explored)
            if not blocking or timeout == 0:
                return self._no_tomado(plan, h, lugar)
            if plazo is not None and self._duenio is not h and plan.vencer_antes(timeout):
                return self._no_tomado(plan, h, lugar)
            desc = f"toma {self.describir()}"
            avisado = plan.bloquear(Espera(self, desc, lugar), self._esperan, plazo)
            if not avisado and plazo is not None and plan.reloj >= plazo:
                # Timed out: like CPython's timed wait, no second look, even if the
                # lock was released after the deadline but before this thread ran.
                return self._no_tomado(plan, h, lugar)
        h.reintentos = None
        # Only a wait with no end can close a deadlock cycle: a try-lock or a timed
        # acquire adds no lock-order edge.
        self._tomar(plan, h, lugar, ordenar=blocking and plazo is None)
        return True

    def _no_tomado(self, plan: Planificador, h: Hilo, lugar: Lugar | None) -> bool:
        """A try or a timed acquire that failed: is every live thread now retrying for good?

        A thread that keeps a lock and retries another, again and again, while
        the owner of that one does the same (or waits forever) is in a livelock:
        nobody will ever get through (`plan.reintentando`).
        """
        previo = h.reintentos
        h.reintentos = (self, previo[1] + 1 if previo is not None and previo[0] is self else 1)
        plan.reintentando(h, lugar)
        return False

    def _tomar(self, plan: Planificador, h: Hilo, lugar: Lugar | None, ordenar: bool = True) -> None:
        self._duenio = h
        if plan.detectando:
            unir(h.reloj, self._reloj)
        if self._reloj_orden:  # released before by a thread that had not taken it: a signal
            unir(h.reloj_orden, self._reloj_orden)
        if ordenar and plan.orden is not None and h.mantiene and lugar is not None:
            plan.orden.adquirir([c._ordinal for c in h.mantiene], self._ordinal, h.id, h.nombre,
                                h.reloj_orden, lugar.archivo, lugar.linea, lugar.codigo)
        h.mantiene.append(self)
        if plan.eventos is not None:
            plan.evento_sync(h, f"toma {self.describir()}", lugar)

    def release(self) -> None:
        if self._duenio is None:
            raise RuntimeError("release unlocked lock")
        if rapido.soltar(self, sys._getframe(1)):
            return
        ctx = _sync("suelta", self)
        if ctx is None:
            self._soltar_fuera()
            return
        plan, h, lugar = ctx
        self._soltar(plan, h, lugar)

    def _soltar_fuera(self) -> None:
        duenio = self._duenio
        if isinstance(duenio, Hilo) and self in duenio.mantiene:
            duenio.mantiene.remove(self)
        self._duenio = None
        plan = contexto.activo()
        if plan is not None:
            plan.notificar(self._esperan, 1)

    def _soltar(self, plan: Planificador, h: Hilo, lugar: Lugar | None) -> None:
        duenio = self._duenio
        if isinstance(duenio, Hilo) and self in duenio.mantiene:
            duenio.mantiene.remove(self)
            fin_de_seccion(duenio)
        self._duenio = None
        self._solto = None  # maybe released by a thread that did not take it (see rapido._soltar)
        if duenio is not h:
            # Released by a thread that did not take it: the lock is used as a signal (`hecho.release()`
            # in a worker, `hecho.acquire()` in main), an order like a semaphore's, not mutual exclusion.
            _enviar_orden(self, h)
        if plan.detectando:
            unir(self._reloj, h.reloj)
            h.reloj[h.id] += 1
        if plan.eventos is not None:
            plan.evento_sync(h, f"suelta {self.describir()}", lugar)
        # like CPython, a release wakes one waiter; it competes for the lock again
        plan.notificar(self._esperan, 1)

    def locked(self) -> bool:
        return self._duenio is not None

    # the old aliases that `_thread.lock` still has (3.10-3.13)
    def acquire_lock(self, blocking: bool = True, timeout: float = -1) -> bool:
        return self.acquire(blocking, timeout)

    def release_lock(self) -> None:
        self.release()

    def locked_lock(self) -> bool:
        return self.locked()

    def _at_fork_reinit(self) -> None:
        self._duenio = None
        self._esperan = []

    def _is_owned(self) -> bool:
        par = _en_hilo()
        return par is not None and self._duenio is par[1]

    def _release_save(self) -> Any:
        par = _en_hilo()
        assert par is not None
        self._soltar(par[0], par[1], None)
        return None

    def _acquire_restore(self, estado: Any) -> None:
        Lock.acquire(self)

    __enter__ = rapido.entrar  # acquire(), with its fast path one call shorter
    __exit__ = rapido.salir  # release(), likewise

    def __repr__(self) -> str:
        estado = "locked" if self._duenio is not None else "unlocked"
        return f"<{estado} _thread.lock object at {_direccion(self)}>"


rapido.LOCK = Lock


class _Fuera:
    nombre = "(fuera del programa)"
    mantiene: list[Any] = []  # noqa: RUF012


_FUERA: Any = _Fuera()


class RLock(Lock):
    _tipo = "RLock"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is RLock:
            return _REALES["RLock"]()
        return object.__new__(cls)

    def __init__(self) -> None:
        self._cuenta = 0
        super().__init__()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        _comprobar_timeout(timeout)
        par = _en_hilo()
        if par is None and self._duenio is _FUERA:
            self._cuenta += 1
            return True
        if par is not None and self._duenio is par[1]:
            _sync("toma", self)
            self._cuenta += 1
            return True
        if super().acquire(blocking, timeout):
            self._cuenta = 1
            return True
        return False

    __enter__ = acquire

    def release(self) -> None:
        par = _en_hilo()
        if par is None and self._duenio is _FUERA:
            self._cuenta -= 1
            if self._cuenta <= 0:
                self._cuenta = 0
                self._soltar_fuera()
            return
        if par is None or self._duenio is not par[1]:
            raise RuntimeError("cannot release un-acquired lock")
        if self._cuenta > 1:
            _sync("suelta", self)
            self._cuenta -= 1
            return
        self._cuenta = 0
        super().release()

    def _release_save(self) -> Any:
        cuenta = self._cuenta
        self._cuenta = 0
        par = _en_hilo()
        assert par is not None
        self._soltar(par[0], par[1], None)
        return cuenta

    def _acquire_restore(self, estado: Any) -> None:
        Lock.acquire(self)
        self._cuenta = estado

    def _recursion_count(self) -> int:
        return self._cuenta if self._is_owned() else 0

    def __repr__(self) -> str:
        estado = "locked" if self._duenio is not None else "unlocked"
        duenio = self._duenio
        ident = getattr(duenio.fachada, "ident", 0) if isinstance(duenio, Hilo) else 0
        return (f"<{estado} _thread.RLock object owner={ident or 0} count={self._cuenta} "
                f"at {_direccion(self)}>")


class Condition(_Primitiva):
    _tipo = "Condition"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is Condition:
            return _REALES["Condition"](*args, **kwargs)
        return super().__new__(cls)

    def __init__(self, lock: Any = None) -> None:
        self._lock = lock if lock is not None else RLock()
        self._nacer()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def _is_owned(self) -> bool:
        propio = getattr(self._lock, "_is_owned", None)
        if propio is not None:
            return bool(propio())
        if self._lock.acquire(False):  # CPython's fallback for foreign locks
            self._lock.release()
            return False
        return True

    def __repr__(self) -> str:
        return f"<Condition({self._lock!r}, {len(self._esperan)})>"

    def __enter__(self) -> bool:
        return self._lock.__enter__()

    def __exit__(self, *exc: Any) -> None:
        self._lock.__exit__(*exc)

    def wait(self, timeout: float | None = None) -> bool:
        if not isinstance(self._lock, Lock) or not self._lock._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        ctx = _sync("espera", self)
        assert ctx is not None
        plan, _h, lugar = ctx
        estado = self._lock._release_save()
        try:
            if _inmediato(timeout):
                # timeout <= 0: CPython releases the lock, polls once and takes it
                # back; others may run in between, nobody is waited for
                if lugar is not None:
                    plan.decidir(_h)
                return False
            avisado = plan.bloquear(Espera(self, f"espera en {self.describir()} (wait)", lugar),
                                    self._esperan, _plazo(plan, timeout, lugar))
            if avisado:
                _recibir(_h, self)
            return avisado
        finally:
            self._lock._acquire_restore(estado)

    def wait_for(self, predicate: Callable[[], Any], timeout: float | None = None) -> Any:
        plan = contexto.activo()
        fin = None if timeout is None or plan is None else plan.reloj + timeout
        resultado = predicate()
        while not resultado:
            if fin is not None and plan is not None:
                restante = fin - plan.reloj
                if restante <= 0:
                    break
                self.wait(restante)
            else:
                self.wait()
            resultado = predicate()
        return resultado

    def notify(self, n: int = 1) -> None:
        if not isinstance(self._lock, Lock) or not self._lock._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        if n <= 0:
            return
        ctx = _sync("avisa", self)
        assert ctx is not None
        plan, h, lugar = ctx
        _enviar(self, h)
        plan.evento_sync(h, f"avisa (notify) en {self.describir()}", lugar)
        plan.notificar(self._esperan, n)

    def notify_all(self) -> None:
        self.notify(len(self._esperan) or 1)

    def notifyAll(self) -> None:
        _obsoleto("notifyAll()", "notify_all()")
        self.notify_all()


# Semaphore, BoundedSemaphore, Event and Barrier live in `senales` (size of the
# module); re-exported here, where the rest of the engine looks for every primitive.
from verificador.motor.senales import Barrier, BoundedSemaphore, Event, Semaphore  # noqa: E402

__all__ = [
    "TIMEOUT_MAX",
    "Barrier",
    "BoundedSemaphore",
    "BrokenBarrierError",
    "Condition",
    "Event",
    "Lock",
    "RLock",
    "Semaphore",
]
