"""Exceptions of pool tasks that nobody collected (`verificar explorar` with threads).

A task of a `ThreadPoolExecutor` (`submit`) or of a `multiprocessing.pool.ThreadPool`
(`apply_async`, `map_async`) that raises does not stop the program: the pool keeps the
exception in the task's `Future` (or `AsyncResult`) and goes on with the next task. It
reaches the program only when someone asks for it: `result()`, `exception()`,
`get()`, `successful()`, an `error_callback`, or a done callback (which receives the
future). If nobody asks, the task's work is lost without a trace, and the program
ends as if all had gone well: `excepcion` (as asyncio's "Task exception was never
retrieved", and as `procesos.perdidos` for process pools).

The replacements below mark the futures and results that end with an exception and
those that someone read; `fallo(plan)`, at the end of a run that did not fail, names
the first one left unread.
"""

from __future__ import annotations

import concurrent.futures as _futuros
import contextlib
import multiprocessing.pool as _piscina
from typing import Any

from verificador.motor.comunes import _en_hilo
from verificador.motor.estado import Fallo, Tipo
from verificador.motor.planificador import Planificador

_LEIDO = "_verificador_leido"
_DEL_ALUMNO = "_verificador_del_alumno"


def _anotar(tarea: Any) -> None:
    par = _en_hilo()
    if par is not None:
        par[0].excepciones_en_tareas.append(tarea)


def _submit(original: Any) -> Any:
    """`ThreadPoolExecutor.submit`: the futures the student's code asked for (not `map`'s own,
    which its iterator reads)."""

    def submit(self: Any, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        futuro = original(self, fn, *args, **kwargs)
        par = _en_hilo()
        if par is not None and par[0].llamado_por_alumno() is not None:
            setattr(futuro, _DEL_ALUMNO, True)
        return futuro

    submit.__name__ = "submit"
    return submit


def _marcar(original: Any, nombre: str) -> Any:
    def leer(self: Any, *args: Any, **kwargs: Any) -> Any:
        with contextlib.suppress(AttributeError):
            setattr(self, _LEIDO, True)
        return original(self, *args, **kwargs)

    leer.__name__ = nombre
    return leer


def _set_de(clase: Any) -> Any:
    """`ApplyResult._set` / `MapResult._set`: a failed task without an `error_callback` is noted."""
    original = clase._set

    def _set(resultado: Any, i: Any, obj: Any) -> None:
        original(resultado, i, obj)
        try:
            exito, _valor = obj
        except (TypeError, ValueError):
            return
        if not exito and resultado._error_callback is None:
            _anotar(resultado)

    return _set


def _perdida(tarea: Any) -> BaseException | None:
    if getattr(tarea, _LEIDO, False):
        return None
    if isinstance(tarea, _futuros.Future):
        if not getattr(tarea, _DEL_ALUMNO, False) or tarea.cancelled() or tarea._done_callbacks:
            return None
        return tarea._exception  # type: ignore[no-any-return]
    valor = getattr(tarea, "_value", None)
    return valor if isinstance(valor, BaseException) else None


def fallo(plan: Planificador) -> Fallo | None:
    """The first task exception nobody read in this run, as a failure of the run."""
    for tarea in plan.excepciones_en_tareas:
        error = _perdida(tarea)
        if error is None:
            continue
        clase = "ThreadPoolExecutor" if isinstance(tarea, _futuros.Future) else "ThreadPool"
        como = ("result() o exception() de cada futuro" if clase == "ThreadPoolExecutor"
                else "get() de cada resultado, o pasa un error_callback")
        return Fallo(
            Tipo.EXCEPCION, "MainThread",
            f"Una tarea del {clase} lanzó {type(error).__name__}: {error}, y nadie recogió esa "
            "excepción: el programa acabó como si todo hubiera ido bien. El error de una tarea "
            "se guarda en su resultado y solo aparece si alguien lo pide; si nadie lo pide, el "
            f"trabajo de esa tarea se pierde sin aviso. Llama a {como}, aunque la tarea no "
            "devuelva nada.",
            excepcion=error,
            detalles={"excepcion_perdida": type(error).__name__},
        )
    return None


def _set_exception_de(original: Any) -> Any:
    def set_exception(futuro: Any, exception: BaseException | None) -> None:
        original(futuro, exception)
        if exception is not None:
            _anotar(futuro)

    return set_exception


def reemplazos() -> tuple[tuple[Any, str, Any], ...]:
    """(class, attribute, replacement) for `parches`, built on what those attributes are now:
    installed after `traspasos`, which wraps `Future.set_exception`, `result` and `exception` too."""
    f, ejecutor, r = _futuros.Future, _futuros.ThreadPoolExecutor, _piscina.ApplyResult
    return (
        (f, "set_exception", _set_exception_de(f.set_exception)),
        (f, "result", _marcar(f.result, "result")),
        (f, "exception", _marcar(f.exception, "exception")),
        (f, "add_done_callback", _marcar(f.add_done_callback, "add_done_callback")),
        (ejecutor, "submit", _submit(ejecutor.submit)),
        (r, "_set", _set_de(r)),
        (_piscina.MapResult, "_set", _set_de(_piscina.MapResult)),
        (r, "get", _marcar(r.get, "get")),
        (r, "successful", _marcar(r.successful, "successful")),
    )
