"""Controlled `Semaphore`, `BoundedSemaphore`, `Event` and `Barrier`.

Same contract as `primitivas` (which re-exports them): names and signatures of
`threading`, each operation called from the student's code is a scheduling
point, a timeout <= 0 never waits for another thread, releases wake as many
waiters as CPython does (one per unit for a semaphore, all for an event or an
opening barrier), and `repr()` is CPython's for the running version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from verificador.motor import contexto
from verificador.motor.planificador import Espera, Planificador
from verificador.motor.primitivas import (
    _PY311,
    _REALES,
    BrokenBarrierError,
    _direccion,
    _en_hilo,
    _enviar,
    _inmediato,
    _obsoleto,
    _plazo,
    _Primitiva,
    _recibir,
    _sync,
)


class Semaphore(_Primitiva):
    _tipo = "Semaphore"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls in (Semaphore, BoundedSemaphore):
            return _REALES[cls.__name__](*args, **kwargs)
        return super().__new__(cls)

    def __init__(self, value: int = 1) -> None:
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._valor = value
        self._inicial = value
        self._nacer()

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        ctx = _sync("toma", self)
        if ctx is None:
            if self._valor > 0:
                self._valor -= 1
                return True
            return False
        plan, h, lugar = ctx
        plazo = _plazo(plan, timeout, lugar)
        while self._valor == 0:
            if not blocking or _inmediato(timeout):
                return False
            ok = plan.bloquear(Espera(self, f"toma {self.describir()}", lugar), self._esperan, plazo)
            if not ok and self._valor == 0 and plazo is not None and plan.reloj >= plazo:
                return False
        self._valor -= 1
        _recibir(h, self)
        plan.evento_sync(h, f"toma {self.describir()} (quedan {self._valor})", lugar)
        return True

    __enter__ = acquire

    def release(self, n: int = 1) -> None:
        if n < 1:
            raise ValueError("n must be one or more")
        self._comprobar_tope(n)
        ctx = _sync("suelta", self)
        self._valor += n
        plan = contexto.activo()
        if ctx is not None:
            plan_, h, lugar = ctx
            _enviar(self, h)
            plan_.evento_sync(h, f"suelta {self.describir()} (quedan {self._valor})", lugar)
        if plan is not None:
            plan.notificar(self._esperan, n)  # one waiter per unit released, like CPython

    def _comprobar_tope(self, n: int) -> None:
        pass

    def __repr__(self) -> str:
        if not _PY311:
            return f"<threading.{type(self).__name__} object at {_direccion(self)}>"
        return f"<threading.{type(self).__name__} at {_direccion(self)}: value={self._valor}>"

    def __exit__(self, *exc: Any) -> None:
        self.release()


class BoundedSemaphore(Semaphore):
    _tipo = "BoundedSemaphore"

    def _comprobar_tope(self, n: int) -> None:
        if self._valor + n > self._inicial:
            raise ValueError("Semaphore released too many times")

    def __repr__(self) -> str:
        if not _PY311:
            return super().__repr__()
        return (f"<threading.{type(self).__name__} at {_direccion(self)}: "
                f"value={self._valor}/{self._inicial}>")


class Event(_Primitiva):
    _tipo = "Event"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is Event:
            return _REALES["Event"]()
        return super().__new__(cls)

    def __init__(self) -> None:
        self._bandera = False
        self._nacer()

    def is_set(self) -> bool:
        ctx = _en_hilo()
        if ctx is not None and self._bandera:
            _recibir(ctx[1], self)
        return self._bandera

    def isSet(self) -> bool:
        _obsoleto("isSet()", "is_set()")
        return self.is_set()

    def __repr__(self) -> str:
        if not _PY311:
            return f"<threading.Event object at {_direccion(self)}>"
        return f"<threading.Event at {_direccion(self)}: {'set' if self._bandera else 'unset'}>"

    def set(self) -> None:
        ctx = _sync("activa", self)
        self._bandera = True
        if ctx is not None:
            plan, h, lugar = ctx
            _enviar(self, h)
            plan.evento_sync(h, f"activa {self.describir()} (set)", lugar)
            plan.notificar(self._esperan)
        else:
            plan2 = contexto.activo()
            if plan2 is not None:
                plan2.notificar(self._esperan)

    def clear(self) -> None:
        _sync("desactiva", self)
        self._bandera = False

    def wait(self, timeout: float | None = None) -> bool:
        ctx = _sync("espera", self)
        if ctx is None:
            return self._bandera
        plan, h, lugar = ctx
        senal = self._bandera
        if not senal and not _inmediato(timeout):
            plazo = _plazo(plan, timeout, lugar)
            while not senal:
                # woken by set(): True even if clear() came before this thread ran
                senal = plan.bloquear(Espera(self, f"espera {self.describir()} (wait)", lugar),
                                      self._esperan, plazo) or self._bandera
                if not senal and plazo is not None and plan.reloj >= plazo:
                    break
        if senal:
            _recibir(h, self)
        return senal


class Barrier(_Primitiva):
    """Generations: each filling of the barrier is one; breaking or resetting voids
    the current one, and every thread waiting in a void generation raises
    BrokenBarrierError (CPython's "broken" and "resetting" states)."""

    _tipo = "Barrier"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is Barrier:
            return _REALES["Barrier"](*args, **kwargs)
        return super().__new__(cls)

    def __init__(self, parties: int, action: Callable[[], Any] | None = None,
                 timeout: float | None = None) -> None:
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._partes = parties
        self._accion = action
        self._timeout = timeout
        self._cuenta = 0
        self._generacion = 0
        self._rota = False
        self._anuladas: set[int] = set()
        self._nacer()

    @property
    def parties(self) -> int:
        return self._partes

    @property
    def n_waiting(self) -> int:
        return 0 if self._rota else self._cuenta

    @property
    def broken(self) -> bool:
        return self._rota

    def __repr__(self) -> str:
        if not _PY311:
            return f"<threading.Barrier object at {_direccion(self)}>"
        if self._rota:
            return f"<threading.Barrier at {_direccion(self)}: broken>"
        return f"<threading.Barrier at {_direccion(self)}: waiters={self.n_waiting}/{self._partes}>"

    def wait(self, timeout: float | None = None) -> int:
        ctx = _sync("espera", self)
        assert ctx is not None
        plan, h, lugar = ctx
        if self._rota:
            raise BrokenBarrierError
        if timeout is None:
            timeout = self._timeout
        indice = self._cuenta
        self._cuenta += 1
        generacion = self._generacion
        _enviar(self, h)
        if self._cuenta == self._partes:
            try:
                if self._accion is not None:
                    self._accion()
            except BaseException:
                self._romper(plan)
                raise
            self._cuenta = 0
            self._generacion += 1
            _recibir(h, self)
            plan.evento_sync(h, f"llega a {self.describir()}: se abre", lugar)
            plan.notificar(self._esperan)
            return indice
        plazo = _plazo(plan, timeout, lugar)
        while generacion == self._generacion and generacion not in self._anuladas:
            if _inmediato(timeout):
                self._romper(plan)
                break
            ok = plan.bloquear(Espera(self, f"espera en {self.describir()} ({self._cuenta}/{self._partes})",
                                      lugar), self._esperan, plazo)
            if not ok and generacion == self._generacion and plazo is not None and plan.reloj >= plazo:
                self._romper(plan)
        if generacion in self._anuladas:
            raise BrokenBarrierError
        _recibir(h, self)
        return indice

    def _romper(self, plan: Planificador | None) -> None:
        self._rota = True
        self._anular(plan)

    def _anular(self, plan: Planificador | None) -> None:
        if self._cuenta > 0:
            self._anuladas.add(self._generacion)
        self._cuenta = 0
        if plan is not None:
            plan.notificar(self._esperan)

    def reset(self) -> None:
        _sync("reinicia", self)
        self._anular(contexto.activo())
        self._rota = False
        self._generacion += 1

    def abort(self) -> None:
        _sync("rompe", self)
        self._romper(contexto.activo())
