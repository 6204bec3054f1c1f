"""`threading.Lock` del alumno, para los hilos del ejecutor (`to_thread`, `run_in_executor`).

El bucle controlado espera, antes de cada paso, a que ningún hilo del ejecutor
corra código (todos terminados o durmiendo en tiempo virtual). Un hilo parado
de verdad en `Lock.acquire` mientras quien tiene el candado duerme en tiempo
virtual lo colgaría todo: el bucle esperaría al hilo parado y el dueño
esperaría al bucle para despertar.

`CandadoDeHilos` es un candado real con una diferencia: un hilo del ejecutor
que tiene que esperarlo deja de contar como activo mientras espera, y quien lo
suelta le reserva el turno (vuelve a contar como activo antes de soltarlo), así
que el bucle nunca avanza mientras el que espera está despertando. Fuera de
los hilos del ejecutor (el hilo del bucle, otros hilos) es un candado normal.
Solo lo reciben los `threading.Lock()` que crea el código del alumno mientras
se explora; los de la biblioteca estándar siguen siendo los de siempre.
"""

from __future__ import annotations

import _thread
import sys
from typing import Any

from verificador.asincrono.bucle import control_del_hilo, trabajo_del_hilo
from verificador.asincrono.control import Control


def _linea_del_alumno(c: Control) -> tuple[str, int] | None:
    marco = sys._getframe(2)
    while marco is not None:
        if marco.f_code.co_filename in c.archivos:
            return marco.f_code.co_filename, marco.f_lineno
        marco = marco.f_back  # type: ignore[assignment]
    return None


class CandadoDeHilos:
    """Un `threading.Lock` que no cuelga el bucle controlado (ver el módulo)."""

    def __init__(self) -> None:
        self._real = _thread.allocate_lock()
        self._control: Control | None = None
        self._esperando = 0  # hilos del ejecutor parados en acquire
        self._reservas = 0  # turnos reservados por quien soltó, aún sin recoger

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        c = control_del_hilo()
        if c is None or not blocking or timeout != -1:
            # Con plazo, el plazo es real: el motor no lo modela (ver docs/asincrono.md).
            return self._real.acquire(blocking, timeout)
        if self._real.acquire(False):
            return True
        trabajo = trabajo_del_hilo()
        with c.cond:
            self._control = c
            self._esperando += 1
            c.hilos_esperando[trabajo] = _linea_del_alumno(c)
            c.activos -= 1
            c.cond.notify_all()
        self._real.acquire()
        with c.cond:
            c.hilos_esperando.pop(trabajo, None)
            self._esperando -= 1
            if self._reservas > 0:
                self._reservas -= 1  # quien lo soltó ya nos contó como activos
            else:
                c.activos += 1
        return True

    def release(self) -> None:
        c = self._control
        if c is not None:
            with c.cond:
                if self._esperando > self._reservas and not c.terminado:
                    self._reservas += 1
                    c.activos += 1
        self._real.release()

    def locked(self) -> bool:
        return self._real.locked()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_exc: Any) -> None:
        self.release()

    def __repr__(self) -> str:
        estado = "locked" if self._real.locked() else "unlocked"
        return f"<{estado} _thread.lock object at {id(self):#x}>"
