"""Lo que completa, desde fuera del bucle, a una tarea que espera: esperar no es un interbloqueo.

El bucle controlado declara `interbloqueo` cuando no queda nada listo, ni
temporizadores, ni hilos por turnos, ni E/S real registrada en el selector.
Dos cosas más pueden despertar a una tarea desde fuera, por
`call_soon_threadsafe`, sin dejar rastro en el selector:

- una Future de `concurrent.futures` que la tarea espera con
  `await asyncio.wrap_future(futuro)` (o `run_in_executor` con un
  `ProcessPoolExecutor`): la completa un hilo real del ejecutor;
- un proceso de `asyncio.create_subprocess_exec`/`_shell`: su fin lo avisa el
  vigilante de procesos hijos de asyncio (un hilo, en 3.10 y 3.11).

Mientras alguna siga pendiente, el bucle espera E/S real (con el límite real
de la ejecución) en vez de declarar un interbloqueo que CPython no tendría.
Las Futures de los trabajos por turnos (`run_in_executor` con hilos) no
cuentan: su avance ya lo sigue `turnos.py`, y un trabajo parado para siempre
es un interbloqueo de verdad.
"""

from __future__ import annotations

import asyncio
import asyncio.futures
import concurrent.futures
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Atributo con el que `run_in_executor` marca la Future de un trabajo por turnos.
POR_TURNOS = "_verificador_por_turnos"


class Externas:
    """Las esperas de un bucle controlado que se completan desde fuera de él."""

    def __init__(self) -> None:
        self._futuros: list[asyncio.Future[Any]] = []
        self._procesos: list[Any] = []

    def anotar_futuro(self, destino: asyncio.Future[Any]) -> None:
        self._futuros.append(destino)

    def anotar_proceso(self, transporte: Any) -> None:
        self._procesos.append(transporte)

    def pendientes(self) -> bool:
        """¿Queda algo que un hilo de fuera aún puede completar?"""
        self._futuros = [f for f in self._futuros if not f.done()]
        self._procesos = [t for t in self._procesos if t.get_returncode() is None]
        return bool(self._futuros or self._procesos)


_encadenar_original = asyncio.futures._chain_future  # type: ignore[attr-defined]


def _encadenar(origen: Any, destino: Any) -> None:
    """`asyncio.wrap_future`: si un hilo de fuera completará `destino`, su bucle lo sabe."""
    _encadenar_original(origen, destino)
    bucle = getattr(destino, "_loop", None)
    externas = getattr(bucle, "externas", None)
    if (isinstance(externas, Externas) and isinstance(origen, concurrent.futures.Future)
            and not getattr(origen, POR_TURNOS, False)):
        externas.anotar_futuro(destino)


@contextmanager
def instaladas() -> Iterator[None]:
    asyncio.futures._chain_future = _encadenar  # type: ignore[attr-defined]
    try:
        yield
    finally:
        asyncio.futures._chain_future = _encadenar_original  # type: ignore[attr-defined]
