"""What every controlled primitive shares: the prologue of an operation, clock edges, names.

`_sync` is the prologue of an operation on a controlled primitive (a
scheduling point when the student's code called it); `_enviar`/`_recibir` are
the happens-before edges through non-lock primitives; `_Primitiva` is the
base class, which remembers where and as what the student created the object
so that the evidence can name it (`describir`). The primitives themselves
live in `primitivas` (locks and conditions), `senales`, `colas` and `hilos`.
"""

from __future__ import annotations

import sys
import threading as _threading_real
from _thread import get_ident as _ident
from typing import Any

from verificador.motor import contexto
from verificador.motor.detectores import unir
from verificador.motor.planificador import Hilo, Lugar, Planificador

_REALES: dict[str, Any] = {
    "Lock": _threading_real.Lock,
    "RLock": _threading_real.RLock,
    "Condition": _threading_real.Condition,
    "Semaphore": _threading_real.Semaphore,
    "BoundedSemaphore": _threading_real.BoundedSemaphore,
    "Event": _threading_real.Event,
    "Barrier": _threading_real.Barrier,
}
BrokenBarrierError = _threading_real.BrokenBarrierError
TIMEOUT_MAX = _threading_real.TIMEOUT_MAX
_PY311 = sys.version_info >= (3, 11)


def _en_hilo() -> tuple[Planificador, Hilo] | None:
    plan = contexto._activo
    if plan is None:
        return None
    h = plan._por_os.get(_ident())
    if h is None:
        return None
    return plan, h


def _sync(accion: str, objeto: Any) -> tuple[Planificador, Hilo, Lugar | None] | None:
    """Prologue of every operation: a scheduling point if the student called it."""
    plan = contexto._activo
    if plan is None:
        return None
    h = plan._por_os.get(_ident())
    if h is None:
        return None
    if plan.terminada or h.expulsado:
        from verificador.motor.planificador import _Abortado

        raise _Abortado
    h.sin_escribir = 0
    plan.pasos += 1  # progress even when a library calls it (the stuck-run guard watches steps)
    lugar = plan.llamado_por_alumno()
    if lugar is not None:
        h.lugar = lugar
        h.tras_sync = h.salto_libre = True
        plan.decidir(h)
    return plan, h, lugar


def _enviar(objeto: Any, h: Hilo) -> None:
    """Release-like edge through a non-lock primitive: both clocks travel."""
    unir(objeto._reloj, h.reloj)
    unir(objeto._reloj_orden, h.reloj_orden)
    h.reloj[h.id] += 1
    h.reloj_orden[h.id] += 1


def _enviar_orden(objeto: Any, h: Hilo) -> None:
    """A lock used as a signal: only the order clock travels (the lock edge already moves `reloj`)."""
    unir(objeto._reloj_orden, h.reloj_orden)
    h.reloj_orden[h.id] += 1


def _recibir(h: Hilo, objeto: Any) -> None:
    unir(h.reloj, objeto._reloj)
    unir(h.reloj_orden, objeto._reloj_orden)


def _plazo(plan: Planificador, timeout: float | None, lugar: Lugar | None) -> float | None:
    """The virtual deadline of a wait of `timeout` s made now from `lugar` (None: no deadline).

    Adversarial timing (the judges' `retrasos`): a wait that the student's code
    makes in a thread other than main, and that runs out, may end late, like a
    sleep (`dormir`), so a timed wait used as a sleep (`Event().wait(d)`)
    cannot stand in for a join. A notification still wakes it at once; waits
    made by a library (a `Timer`'s interval) keep their exact time.
    """
    if timeout is None or timeout < 0:
        return None
    h = plan.actual
    tarde = lugar is not None and h is not None and not h.principal
    return plan.reloj + timeout + (plan.retraso_s if tarde else 0.0)


def _inmediato(timeout: float | None) -> bool:
    """`threading`'s Python-level waits treat a timeout <= 0 as "do not block"."""
    return timeout is not None and timeout <= 0


def _comprobar_timeout(timeout: float) -> None:
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


def _obsoleto(viejo: str, nuevo: str) -> None:
    import warnings

    warnings.warn(f"{viejo} is deprecated, use {nuevo} instead", DeprecationWarning, stacklevel=3)


def _direccion(objeto: Any) -> str:
    return f"0x{id(objeto):x}"


class _Primitiva:
    _es_primitiva = True
    _tipo = "primitiva"

    def _nacer(self) -> None:
        self._esperan: list[Hilo] = []
        self._reloj: list[int] = []
        self._reloj_orden: list[int] = []  # happens-before without lock edges (lock-order detector)
        par = _en_hilo()
        self._creado: Lugar | None = None
        self._ordinal = 0
        self._globales: dict[str, Any] | None = None
        self._expr = ""
        self._dueno_obj: Any = None  # the object whose __init__ created it (`self.lock = ...`)
        if par is not None:
            plan, _h = par
            plan.ordinal_candados += 1
            self._ordinal = plan.ordinal_candados
            self._creado = plan.lugar_alumno(3)
            plan.candados[self._ordinal] = self
            if self._creado is not None:
                izquierda, _, derecha = self._creado.codigo.partition("=")
                izquierda = izquierda.strip()
                if derecha and " for " not in derecha and \
                        izquierda.replace(".", "").replace("_", "").isalnum():
                    self._expr = izquierda
                self._globales, self._dueno_obj = _contexto_alumno(plan)

    def describir(self) -> str:
        nombre = _nombre_global(self) or _nombre_por_dueno(self) or self._expr
        donde = ""
        if self._creado is not None:
            donde = f", creado en {self._creado.archivo.rsplit('/', 1)[-1]}:{self._creado.linea}"
        if nombre:
            return f"`{nombre}` ({self._tipo} nº{self._ordinal}{donde})"
        return f"{self._tipo} nº{self._ordinal}{donde}"


def _contexto_alumno(plan: Planificador) -> tuple[dict[str, Any] | None, Any]:
    """Globals of the student's frame that created a primitive, and its `self` if any."""
    import sys

    f = sys._getframe(1)
    while f is not None:
        if f.f_code.co_filename in plan.archivos:
            dueno = f.f_locals.get("self") if "self" in f.f_code.co_varnames else None
            return f.f_globals, dueno
        f = f.f_back  # type: ignore[assignment]
    return None, None


_ATRIBUTOS_IDENTIFICADORES = ("numero", "nombre", "id", "name", "identificador", "titular", "cuenta")


def _nombre_por_dueno(obj: _Primitiva) -> str | None:
    """`self.lock` created in an __init__: name it by its owner, e.g. `Cuenta(numero=2).lock`."""
    dueno = obj._dueno_obj
    if dueno is None or not obj._expr.startswith("self."):
        return None
    etiqueta = type(dueno).__name__
    d = getattr(dueno, "__dict__", {})
    for atributo in _ATRIBUTOS_IDENTIFICADORES:
        valor = d.get(atributo) if isinstance(d, dict) else None
        if isinstance(valor, (int, str)) and not isinstance(valor, bool):
            etiqueta += f"({atributo}={valor!r})"
            break
    return f"{etiqueta}{obj._expr[len('self'):]}"


def _nombre_global(obj: _Primitiva) -> str | None:
    g = obj._globales
    if not g:
        return None
    try:
        for nombre, valor in list(g.items()):
            if valor is obj:
                return nombre
        for nombre, valor in list(g.items()):
            if isinstance(valor, (list, tuple)):
                for i, v in enumerate(valor):
                    if v is obj:
                        return f"{nombre}[{i}]"
            elif isinstance(valor, dict):
                for k, v in list(valor.items()):
                    if v is obj:
                        return f"{nombre}[{k!r}]"
            d = getattr(valor, "__dict__", None)
            if isinstance(d, dict) and not isinstance(valor, type):
                for attr, v in d.items():
                    if v is obj:
                        return f"{nombre}.{attr}"
    except RuntimeError:
        return None
    return None
