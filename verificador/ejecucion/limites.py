"""Límites de recursos del proceso hijo (se aplican entre fork y exec).

Se calculan en el padre y el `preexec_fn` solo llama a `setrlimit`: entre
fork y exec no debe hacerse nada que tome cerrojos de Python (importar,
reservar objetos grandes). Se baja también el límite duro, para que el código
del alumno no pueda volver a subirlo.

RLIMIT_NPROC no obliga a root (ni a quien tiene CAP_SYS_RESOURCE): en ese caso
no se aplica y la defensa contra una bomba de forks es matar el grupo entero.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

try:
    import resource
except ImportError:  # Windows: sin límites de recursos
    resource = None  # type: ignore[assignment]

__all__ = ["LIMITES_POR_DEFECTO", "preparar_hijo"]

_GIB = 1024**3
_MIB = 1024**2

LIMITES_POR_DEFECTO: dict[str, int] = {
    "memoria_bytes": 4 * _GIB,  # espacio de direcciones por proceso (RLIMIT_AS)
    "archivo_bytes": 256 * _MIB,  # tamaño máximo de un archivo escrito (RLIMIT_FSIZE)
    "procesos_extra": 256,  # procesos/hilos nuevos por encima de los del usuario (RLIMIT_NPROC)
}

_RECURSOS = {
    "memoria_bytes": "RLIMIT_AS",
    "archivo_bytes": "RLIMIT_FSIZE",
}


def _tareas_del_usuario(uid: int) -> int:
    """Hilos del usuario `uid` ahora mismo (RLIMIT_NPROC cuenta hilos, no solo procesos)."""
    total = 0
    try:
        entradas = os.listdir("/proc")
    except OSError:
        return 0
    for entrada in entradas:
        if not entrada.isdigit():
            continue
        try:
            with open(f"/proc/{entrada}/status", encoding="ascii", errors="replace") as f:
                uid_real = hilos = None
                for linea in f:
                    if linea.startswith("Uid:"):
                        uid_real = int(linea.split()[1])
                    elif linea.startswith("Threads:"):
                        hilos = int(linea.split()[1])
                        break
        except (OSError, ValueError, IndexError):
            continue
        if uid_real == uid and hilos:
            total += hilos
    return total


def _tope(recurso: int, valor: int) -> tuple[int, int]:
    """(blando, duro) = valor, sin pasar del duro actual (subirlo no está permitido)."""
    _, duro = resource.getrlimit(recurso)
    if duro != resource.RLIM_INFINITY:
        valor = min(valor, duro)
    return valor, valor


def preparar_hijo(limites: Mapping[str, int] | None = None) -> Callable[[], None] | None:
    """La función para `preexec_fn` con los límites ya calculados, o None si no hay `resource`."""
    if resource is None:
        return None
    elegidos = {**LIMITES_POR_DEFECTO, **(limites or {})}
    fijar: list[tuple[int, tuple[int, int]]] = [(resource.RLIMIT_CORE, (0, 0))]
    for nombre, constante in _RECURSOS.items():
        valor = elegidos.get(nombre)
        if valor and hasattr(resource, constante):
            recurso = getattr(resource, constante)
            fijar.append((recurso, _tope(recurso, valor)))
    extra = elegidos.get("procesos_extra")
    if extra and os.geteuid() != 0 and hasattr(resource, "RLIMIT_NPROC"):
        actuales = _tareas_del_usuario(os.getuid())
        if actuales:
            fijar.append((resource.RLIMIT_NPROC, _tope(resource.RLIMIT_NPROC, actuales + extra)))
    setrlimit = resource.setrlimit

    def aplicar() -> None:
        # Sin contextlib.suppress: entre fork y exec, lo mínimo posible.
        for recurso, valores in fijar:
            try:  # noqa: SIM105
                setrlimit(recurso, valores)
            except (ValueError, OSError):
                pass

    return aplicar
