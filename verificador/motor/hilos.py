"""Controlled `threading.Thread`, `Timer`, `local` and the module-level functions.

A `Thread` here is a facade over an engine `Hilo`: `start()` registers it with
the scheduler (which decides when it first runs), `join()` blocks in virtual
time, `current_thread()` answers for the controlled thread that is running.
Names follow CPython ("Thread-3 (depositar)") so that what the student prints
under the engine is what they would see in a plain run.
"""

from __future__ import annotations

import _thread
import sys
import threading as _threading_real
import warnings
import weakref
from collections.abc import Callable
from typing import Any

from verificador.motor import contexto
from verificador.motor.planificador import Espera, Hilo, Planificador
from verificador.motor.primitivas import Event, _en_hilo, _plazo, _sync

TRAS_JOIN = " ya terminó (join)"  # the trace event of a join that returned: «<thread> ya terminó (join)»

# Originals captured at import time: while the engine is active the module's
# attributes point at the functions below, so calling through the module would recurse.
_Thread_real = _threading_real.Thread
_Timer_real = _threading_real.Timer
_local_real = _threading_real.local
_current_thread_real = _threading_real.current_thread
_main_thread_real = _threading_real.main_thread
_enumerate_real = _threading_real.enumerate
_get_ident_real = _threading_real.get_ident
_start_new_thread_real = _thread.start_new_thread
_count_real = _thread._count
_IDENT_BASE = 1_000_000  # synthetic idents: 1_000_000 + creation order


class Thread:
    _es_primitiva = True

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is Thread:
            return _Thread_real(*args, **kwargs)
        return super().__new__(cls)

    def __init__(self, group: None = None, target: Callable[..., Any] | None = None,
                 name: str | None = None, args: Any = (), kwargs: dict[str, Any] | None = None,
                 *, daemon: bool | None = None) -> None:
        if group is not None:
            raise AssertionError("group argument must be None for now")
        par = _en_hilo()
        if par is None:
            raise RuntimeError("threading.Thread controlado creado fuera del verificador")
        plan, actual = par
        self._plan: Planificador = plan
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        if name is None:
            n = plan.contador_nombres.get("Thread", 0) + 1
            plan.contador_nombres["Thread"] = n
            name = f"Thread-{n}"
            if target is not None and getattr(target, "__name__", None):
                name += f" ({target.__name__})"
        self._name = str(name)
        self._daemonic = actual.fachada.daemon if daemon is None else bool(daemon)
        self._interno: Hilo | None = None
        self._started = False
        self._esperan: list[Hilo] = []
        self._ident: int | None = None

    # -- lifecycle
    def start(self) -> None:
        ctx = _sync("arranca", self)
        if self._started:
            raise RuntimeError("threads can only be started once")
        if ctx is None:
            raise RuntimeError("threading.Thread controlado arrancado fuera del verificador")
        plan, _h, lugar = ctx
        self._started = True
        self._interno = plan.nuevo_hilo(self, self._name, daemon=self._daemonic)
        self._ident = _IDENT_BASE + self._interno.id
        plan.iniciar(self._interno, lugar)

    def run(self) -> None:
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # like CPython; what it ran stays known to the engine (a daemon unwound at exit)
            self._tarea = (self._target, self._args)
            del self._target, self._args, self._kwargs

    def _ejecutar_cuerpo(self) -> None:
        self.run()

    def join(self, timeout: float | None = None) -> None:
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        ctx = _sync("espera", self)
        if ctx is None:
            return
        plan, h, lugar = ctx
        if self._interno is h:
            raise RuntimeError("cannot join current thread")
        interno = self._interno
        assert interno is not None
        from verificador.motor.planificador import Estado
        from verificador.motor.primitivas import unir

        plazo = None if timeout is None else _plazo(plan, max(timeout, 0), lugar)
        while interno.estado is not Estado.TERMINADO:
            if timeout is not None and timeout <= 0:  # CPython only polls the thread's state
                break
            ok = plan.bloquear(Espera(self, f"espera a que termine {self._name} (join)", lugar),
                               self._esperan, plazo)
            if not ok and plazo is not None and plan.reloj >= plazo:
                break
        if interno.estado is Estado.TERMINADO:
            unir(h.reloj, interno.reloj)
            unir(h.reloj_orden, interno.reloj_orden)
            plan.evento_sync(h, self._name + TRAS_JOIN, lugar)

    def is_alive(self) -> bool:
        from verificador.motor.planificador import Estado
        from verificador.motor.primitivas import unir

        interno = self._interno
        if not self._started or interno is None:
            return False
        if interno.estado is not Estado.TERMINADO:
            return True
        # CPython learns that the thread ended by taking its state lock (3.13: its handle):
        # everything the thread did happens before, as after a join.
        plan = contexto.activo()
        h = plan.hilo_actual() if plan is not None else None
        if h is not None and h is not interno:
            unir(h.reloj, interno.reloj)
            unir(h.reloj_orden, interno.reloj_orden)
        return False

    # -- attributes
    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, valor: str) -> None:
        self._name = str(valor)
        if self._interno is not None:
            self._interno.nombre = self._name

    @property
    def ident(self) -> int | None:
        return self._ident

    @property
    def native_id(self) -> int | None:
        return self._ident

    @property
    def daemon(self) -> bool:
        return self._daemonic

    @daemon.setter
    def daemon(self, valor: bool) -> None:
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(valor)

    def isDaemon(self) -> bool:
        _obsoleto("isDaemon()", "get the daemon attribute")
        return self.daemon

    def setDaemon(self, valor: bool) -> None:
        _obsoleto("setDaemon()", "set the daemon attribute")
        self.daemon = valor

    def getName(self) -> str:
        _obsoleto("getName()", "get the name attribute")
        return self.name

    def setName(self, valor: str) -> None:
        _obsoleto("setName()", "set the name attribute")
        self.name = valor

    def __repr__(self) -> str:
        estado = "initial"
        if self._started:
            estado = "started" if self.is_alive() else "stopped"
        if self._daemonic:
            estado += " daemon"
        return f"<{type(self).__name__}({self._name}, {estado} {self._ident})>"


class FachadaPrincipal(Thread):
    """The main controlled thread: runs the scenario or the script."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return object.__new__(cls)

    def __init__(self, plan: Planificador) -> None:
        self._plan = plan
        self._name = "MainThread"
        self._daemonic = False
        self._interno = None
        self._started = True
        self._esperan = []
        self._ident = _IDENT_BASE
        self._objetivo: Callable[[], object] | None = None

    def _ejecutar_cuerpo(self) -> None:
        assert self._objetivo is not None
        self._objetivo()


class Timer(Thread):
    def __init__(self, interval: float, function: Callable[..., Any], args: Any = None,
                 kwargs: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self) -> None:
        self.finished.set()

    def run(self) -> None:
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _Timer_nuevo(*args: Any, **kwargs: Any) -> Any:
    if _en_hilo() is None:
        return _Timer_real(*args, **kwargs)
    return Timer(*args, **kwargs)


_ESTADO_LOCAL: dict[int, tuple[tuple[Any, ...], dict[str, Any], dict[int, dict[str, Any]]]] = {}


class local:
    """Per-thread attributes; `__init__` runs again in each thread that touches it.

    The per-thread dictionaries live outside the instance (its `__dict__` is
    swapped on every access), keyed by id and dropped when the object dies.
    """

    _es_primitiva = True
    _por_hilo = True  # its attributes are per thread: not shared data (see registro)

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _en_hilo() is None and cls is local:
            return _local_real()
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        par = _en_hilo()
        clave = par[1].id if par else -1
        _ESTADO_LOCAL[id(self)] = (args, kwargs, {clave: object.__getattribute__(self, "__dict__")})
        weakref.finalize(self, _ESTADO_LOCAL.pop, id(self), None)
        return self

    def _local__activar(self) -> None:
        par = _en_hilo()
        clave = par[1].id if par else -1
        args, kwargs, dicts = _ESTADO_LOCAL[id(self)]
        d = dicts.get(clave)
        if d is None:
            d = {}
            dicts[clave] = d
            object.__setattr__(self, "__dict__", d)
            type(self).__init__(self, *args, **kwargs)
            # __init__ may have switched threads, and another thread swapped in its dict
            object.__setattr__(self, "__dict__", d)
        else:
            object.__setattr__(self, "__dict__", d)

    def __getattribute__(self, nombre: str) -> Any:
        if nombre in ("__class__", "_local__activar", "_es_primitiva"):
            return object.__getattribute__(self, nombre)
        local._local__activar(self)
        return object.__getattribute__(self, nombre)

    def __setattr__(self, nombre: str, valor: Any) -> None:
        if nombre == "__dict__":
            raise AttributeError("'local' object attribute '__dict__' is read-only")
        local._local__activar(self)
        object.__setattr__(self, nombre, valor)

    def __delattr__(self, nombre: str) -> None:
        if nombre == "__dict__":
            raise AttributeError("'local' object attribute '__dict__' is read-only")
        local._local__activar(self)
        object.__delattr__(self, nombre)


# ---------------------------------------------------------------- module functions
def current_thread() -> Any:
    par = _en_hilo()
    if par is None:
        return _current_thread_real()
    return par[1].fachada


def currentThread() -> Any:  # noqa: N802 - CPython's deprecated alias
    warnings.warn("currentThread() is deprecated, use current_thread() instead", DeprecationWarning,
                  stacklevel=2)
    return current_thread()


def activeCount() -> int:  # noqa: N802 - CPython's deprecated alias
    warnings.warn("activeCount() is deprecated, use active_count() instead", DeprecationWarning,
                  stacklevel=2)
    return active_count()


def _obsoleto(viejo: str, consejo: str) -> None:
    warnings.warn(f"{viejo} is deprecated, {consejo} instead", DeprecationWarning, stacklevel=3)


def main_thread() -> Any:
    plan = contexto.activo()
    if plan is None or not plan.hilos:
        return _main_thread_real()
    return plan.hilos[0].fachada


def enumerate_() -> list[Any]:
    plan = contexto.activo()
    if plan is None or _en_hilo() is None:
        return _enumerate_real()
    from verificador.motor.planificador import Estado

    return [h.fachada for h in plan.hilos if h.estado is not Estado.TERMINADO]


def active_count() -> int:
    return len(enumerate_())


def get_ident() -> int:
    par = _en_hilo()
    if par is None:
        return _get_ident_real()
    return int(par[1].fachada.ident or _IDENT_BASE)


def start_new_thread(function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any] | None = None) -> int:
    """`_thread.start_new_thread`: a bare thread, killed at exit like a daemon one."""
    plan = contexto.activo()
    if _en_hilo() is None or plan is None or sys._getframe(1).f_code.co_filename in plan.motor_archivos:
        return _start_new_thread_real(function, args, *(() if kwargs is None else (kwargs,)))
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    t = Thread(target=function, args=args, kwargs=kwargs, daemon=True)
    t.start()
    return int(t.ident or _IDENT_BASE)


def count() -> int:
    """`_thread._count`: threads started in this run and still alive (the main one not counted)."""
    plan = contexto.activo()
    if plan is None or _en_hilo() is None:
        return _count_real()
    from verificador.motor.planificador import Estado

    return sum(1 for h in plan.hilos if not h.principal and h.lanzado and h.estado is not Estado.TERMINADO)


def despertar_executors(plan: Planificador) -> None:
    """Emulate concurrent.futures' interpreter-exit hook for the executors of this run.

    At interpreter exit CPython wakes idle ThreadPoolExecutor workers so that
    they finish; without this their (non-daemon) threads would look stuck.
    We do it per run instead of setting the module's global flag, which would
    break every later run.
    """
    try:
        from concurrent.futures import thread as cf_thread
    except ImportError:  # pragma: no cover
        return
    trabajadores = [h for h in plan.hilos if getattr(h.fachada, "_target", None) is cf_thread._worker]
    actual = plan.actual
    if trabajadores and actual is not None and actual.principal:
        # a scheduling point before the shutdown hook: the workers may run first
        plan.decidir(actual)
    for h in trabajadores:
        fachada = h.fachada
        objetivo = getattr(fachada, "_target", None)
        if objetivo is not cf_thread._worker:
            continue
        args = getattr(fachada, "_args", ())
        if len(args) < 2:
            continue
        ejecutor = args[0]() if callable(args[0]) else None
        if ejecutor is not None:
            ejecutor._shutdown = True
        args[1].put(None)
