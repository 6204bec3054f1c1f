"""La `Task` de los bucles controlados: la de asyncio, igual en todo (también su repr).

`bucle.BucleControlado.create_task` crea estas. Solo se apunta lo que necesitan
los detectores: cuándo el código del alumno cancela una tarea que aún tenía
trabajo por hacer (`detectores.al_cancelar`) y si el programa mira luego qué fue
de ella (`vista`), porque cancelar a propósito y recoger la cancelación no es
perder su trabajo.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import TYPE_CHECKING, Any

from verificador.asincrono import detectores

if TYPE_CHECKING:
    from verificador.asincrono.control import Control


class Task(asyncio.Task):  # type: ignore[misc,type-arg]
    """La tarea de asyncio, igual en todo (también su repr), salvo que se apunta
    cuándo el código del alumno cancela una tarea que aún tenía trabajo por hacer,
    y si el programa mira luego qué fue de ella (`vista`: la espera con `await`,
    `gather`, `wait`...): cancelarla a propósito y recoger la cancelación no es
    perder su trabajo."""

    vista = False

    def _mirada(self) -> None:
        """¿Nos mira el código del alumno, directamente o a través de `asyncio.tasks`
        (`gather`, `wait`, `as_completed`)? No cuenta lo que hace `asyncio.run` al
        cancelar lo que quedó (su marco está en runners.py, no en tasks.py)."""
        if self.vista:
            return
        marco = sys._getframe(2)
        while marco is not None and marco.f_code.co_filename.endswith(_TASKS_PY):
            marco = marco.f_back
        if marco is not None and marco.f_code.co_filename in _archivos_de(self):
            self.vista = True

    def __await__(self) -> Any:
        self._mirada()
        return super().__await__()

    def add_done_callback(self, *args: Any, **kwargs: Any) -> None:
        self._mirada()
        super().add_done_callback(*args, **kwargs)

    def cancelled(self) -> bool:
        self._mirada()  # gather de 3.13 mira así las que ya terminaron, sin callback
        return super().cancelled()

    def cancel(self, *args: Any, **kwargs: Any) -> bool:
        c = _control_de(self)
        if c is not None and not self.done():
            llamador = sys._getframe(1)
            if not c.cerrando and c.aborto is None and llamador.f_code.co_filename in c.archivos:
                detectores.al_cancelar(c, self, (llamador.f_code.co_filename, llamador.f_lineno))
        return super().cancel(*args, **kwargs)


_TASKS_PY = os.sep + os.path.join("asyncio", "tasks.py")


def _control_de(tarea: asyncio.Task[Any]) -> Control | None:
    """El `Control` del bucle controlado de la tarea (None en otro bucle)."""
    return getattr(tarea.get_loop(), "_control", None)


def _archivos_de(tarea: asyncio.Task[Any]) -> frozenset[str]:
    c = _control_de(tarea)
    return c.archivos if c is not None else frozenset()
