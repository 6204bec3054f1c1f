"""Swap `threading`, `time`, `queue` and the standard streams for the controlled ones.

The swap lasts for a whole exploration (`Parches` is a context manager) and
is undone even if the exploration fails. Every replacement checks whether it is
called from a controlled thread; from any other thread (the controller,
pytest-timeout's watchdog...) it behaves exactly like the original.
"""

from __future__ import annotations

import _thread
import io
import os
import queue
import sys
import threading
import time
from typing import Any

from verificador.motor import colas, contexto, hilos, perdidas, primitivas, red, traspasos
from verificador.motor.planificador import Planificador, Tipo

LIMITE_SALIDA = 64 * 1024  # characters of the program's output kept per run

_real_sleep = time.sleep
_real_time = time.time
_real_monotonic = time.monotonic
_real_perf = time.perf_counter
_real_exit = os._exit


def _hilo() -> Any:
    plan = contexto.activo()
    return None if plan is None else plan.hilo_actual()


class _Reloj:
    """Virtual clock functions; the epoch is fixed per exploration for reproducibility."""

    def __init__(self) -> None:
        self.base_epoca = 1_750_000_000.0
        self.base_mono = 1000.0

    def sleep(self, segundos: float) -> None:
        plan = contexto.activo()
        h = None if plan is None else plan.hilo_actual()
        if h is None or plan is None:
            _real_sleep(segundos)
            return
        if segundos < 0:
            raise ValueError("sleep length must be non-negative")
        lugar = plan.llamado_por_alumno()
        if lugar is not None:
            h.lugar = lugar
            plan.pasos += 1
            plan.evento_sync(h, f"duerme {segundos:g} s", lugar)
        plan.dormir(float(segundos), lugar)

    def time(self) -> float:
        plan = contexto.activo()
        if plan is None or plan.hilo_actual() is None:
            return _real_time()
        return self.base_epoca + plan.leer_reloj()

    def monotonic(self) -> float:
        plan = contexto.activo()
        if plan is None or plan.hilo_actual() is None:
            return _real_monotonic()
        return self.base_mono + plan.leer_reloj()

    def perf_counter(self) -> float:
        plan = contexto.activo()
        if plan is None or plan.hilo_actual() is None:
            return _real_perf()
        return self.base_mono + plan.leer_reloj()

    def time_ns(self) -> int:
        return int(self.time() * 1e9)

    def monotonic_ns(self) -> int:
        return int(self.monotonic() * 1e9)

    def perf_counter_ns(self) -> int:
        return int(self.perf_counter() * 1e9)


class _Flujo(io.TextIOBase):
    """stdout/stderr replacement: a controlled thread writes into the run's buffer."""

    def __init__(self, original: Any) -> None:
        self._original = original

    def write(self, texto: str) -> int:
        plan = contexto.activo()
        if plan is not None and plan.hilo_actual() is not None:
            plan.escribir(texto)
            return len(texto)
        return self._original.write(texto)

    def flush(self) -> None:
        if _hilo() is None:
            self._original.flush()

    def isatty(self) -> bool:
        return False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True


# How often (virtual seconds) a pool's worker handler looks at its sentinels while waiting.
PERIODO_POOL_S = 0.05


def _crear_espera_del_pool(original: Any) -> Any:
    """`multiprocessing.pool.Pool._wait_for_updates` for a `ThreadPool` run by the engine.

    The pool's worker handler waits in `multiprocessing.connection.wait` on a
    real pipe (the change notifier): a call the engine cannot see, which would
    stall every controlled thread. In a controlled thread it looks at the pipes
    without blocking and otherwise sleeps a virtual period, so the other threads
    run and a `close()`/`terminate()` (or the end of the last task) wakes it.
    """
    from multiprocessing.connection import wait as esperar_real

    def _wait_for_updates(sentinels: Any, change_notifier: Any, timeout: Any = None) -> None:
        if _hilo() is None:
            original(sentinels, change_notifier, timeout)
            return
        plazo = None if timeout is None else float(timeout)
        while not esperar_real(sentinels, 0):
            if plazo is not None and plazo <= 0:
                break
            periodo = PERIODO_POOL_S if plazo is None else min(PERIODO_POOL_S, plazo)
            time.sleep(periodo)  # the controlled, virtual one
            if plazo is not None:
                plazo -= periodo
        while not change_notifier.empty():
            change_notifier.get()

    return staticmethod(_wait_for_updates)


def _candado_de_bajo_nivel(plan: Planificador, original: Any, controlado: Any) -> Any:
    """`_thread.allocate_lock()` (o `_thread.RLock()`): controlado si lo pide el código del
    alumno; el de verdad si lo pide la biblioteca estándar (la importación, por ejemplo)."""

    def crear() -> Any:
        if sys._getframe(1).f_code.co_filename in plan.archivos:
            return controlado()
        return original()

    crear.__name__ = getattr(original, "__name__", "allocate_lock")
    return crear


def _salida_forzosa(codigo: int = 0) -> None:
    plan = contexto.activo()
    h = None if plan is None else plan.hilo_actual()
    if h is None or plan is None:
        _real_exit(codigo)
        return
    plan.fallar(Tipo.EXCEPCION, h, f"El programa llamó a os._exit({codigo}): eso mata el proceso entero "
                "sin dejar terminar a los demás hilos.", lugar=plan.lugar_alumno(2))


class Parches:
    """Context manager that installs the controlled world for `plan`."""

    def __init__(self, plan: Planificador) -> None:
        self.plan = plan
        self.reloj = _Reloj()
        self._guardados: list[tuple[Any, str, Any]] = []

    def _poner(self, objeto: Any, nombre: str, valor: Any) -> None:
        self._guardados.append((objeto, nombre, getattr(objeto, nombre)))
        setattr(objeto, nombre, valor)

    def __enter__(self) -> Parches:
        if contexto.activo() is not None:
            raise RuntimeError("ya hay una exploración en marcha en este proceso")
        # Modules that create locks at import time must be imported with the real
        # threading, or their module-level locks would be controlled ones.
        import concurrent.futures.thread  # noqa: F401
        import logging  # noqa: F401
        import multiprocessing.pool as pool_mp

        contexto.fijar(self.plan)
        t = threading
        for nombre in ("Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event", "Barrier"):
            self._poner(t, nombre, getattr(primitivas, nombre))
        self._poner(t, "Thread", hilos.Thread)
        self._poner(t, "Timer", hilos._Timer_nuevo)
        self._poner(t, "local", hilos.local)
        self._poner(t, "current_thread", hilos.current_thread)
        if hasattr(t, "currentThread"):
            self._poner(t, "currentThread", hilos.currentThread)
        self._poner(t, "main_thread", hilos.main_thread)
        self._poner(t, "enumerate", hilos.enumerate_)
        self._poner(t, "active_count", hilos.active_count)
        if hasattr(t, "activeCount"):
            self._poner(t, "activeCount", hilos.activeCount)
        self._poner(t, "get_ident", hilos.get_ident)
        self._poner(_thread, "start_new_thread", hilos.start_new_thread)
        self._poner(_thread, "_count", hilos.count)
        self._poner(_thread, "allocate_lock",
                    _candado_de_bajo_nivel(self.plan, _thread.allocate_lock, primitivas.Lock))
        if hasattr(_thread, "RLock"):
            self._poner(_thread, "RLock",
                        _candado_de_bajo_nivel(self.plan, _thread.RLock, primitivas.RLock))
        r = self.reloj
        for nombre in ("sleep", "time", "monotonic", "perf_counter", "time_ns", "monotonic_ns",
                       "perf_counter_ns"):
            self._poner(time, nombre, getattr(r, nombre))
        self._poner(queue, "time", r.monotonic)
        self._poner(queue, "SimpleQueue", colas.SimpleQueue)
        for clase, nombre, reemplazo in (*traspasos.REEMPLAZOS, *red.REEMPLAZOS):
            self._poner(clase, nombre, reemplazo)
        for clase, nombre, reemplazo in perdidas.reemplazos():  # on top of traspasos'
            self._poner(clase, nombre, reemplazo)
        self._poner(os, "_exit", _salida_forzosa)
        original = pool_mp.Pool.__dict__["_wait_for_updates"]  # the staticmethod itself
        self._guardados.append((pool_mp.Pool, "_wait_for_updates", original))
        pool_mp.Pool._wait_for_updates = _crear_espera_del_pool(original.__func__)
        self._poner(sys, "stdout", _Flujo(sys.stdout))
        self._poner(sys, "stderr", _Flujo(sys.stderr))
        self._poner(sys, "stdin", io.StringIO(""))
        return self

    def __exit__(self, *exc: Any) -> None:
        while self._guardados:
            objeto, nombre, valor = self._guardados.pop()
            setattr(objeto, nombre, valor)
        contexto.fijar(None)
