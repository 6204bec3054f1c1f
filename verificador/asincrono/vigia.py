"""El vigía de un paso del bucle parado de verdad: una llamada bloqueante que no vuelve.

Un paso del bucle (una tarea que avanza hasta su siguiente `await`) que hace
una llamada bloqueante real (`sock.recv`, `urlopen` síncrono) congela el bucle
de eventos: es `bucle_bloqueado`, y `bucle.BucleControlado._correr` lo anota
cuando el paso vuelve. Pero puede no volver nunca aquí: si lo que desbloquea esa
llamada es un hilo del propio programa (el que contesta por el otro extremo del
socket), ese hilo espera su turno, y el turno lo tiene el paso parado.

El vigía mira el paso en curso desde otro hilo (real, fuera del motor). Si lleva
`GUARDIA_S` de pared sin que el hilo del bucle gaste CPU (`FRACCION_CPU`: está
dormido en el núcleo, no calculando; la carga de la máquina no lo dispara), anota
el bloqueo con la línea del alumno en la que está parado, corta la ejecución
(`aborto` «bucle_parado») e interrumpe la llamada con una señal (`SENAL`) cuyo
manejador lanza `ParoDelBucle` en el hilo del bucle. Solo cuando el bucle corre
en el hilo principal del proceso (donde Python atiende las señales); si no, el
límite de tiempo real de la ejecución sigue siendo la red.
"""

from __future__ import annotations

import _thread
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from verificador.reloj import reloj_cpu

if TYPE_CHECKING:
    from verificador.asincrono.control import Control

GUARDIA_S = 3.0  # s de pared de un paso sin CPU del bucle antes de darlo por parado
FRACCION_CPU = 0.05  # CPU por segundo de pared por debajo de la cual el bucle no calcula
INTERVALO_S = 0.1  # cada cuánto mira (nunca cambia un veredicto)
SENAL = signal.SIGUSR2


class ParoDelBucle(BaseException):
    """Interrumpe la llamada bloqueante de un paso parado (BaseException: el `except
    Exception` del alumno no se la traga)."""


def _linea_del_alumno(c: Control, ident: int) -> tuple[str, int] | None:
    marco = sys._current_frames().get(ident)
    while marco is not None:
        if marco.f_code.co_filename in c.archivos:
            return marco.f_code.co_filename, marco.f_lineno
        marco = marco.f_back
    return None


class Vigia:
    """Mira los pasos de una ejecución (`vigilar`) mientras dura el `with`."""

    def __init__(self, c: Control) -> None:
        self._c = c
        self._ident = _thread.get_ident()
        self._fin = False
        self._armado = False
        self._anterior: Any = None
        self._activo = threading.current_thread() is threading.main_thread()

    def __enter__(self) -> Vigia:
        if self._activo:
            try:
                self._anterior = signal.signal(SENAL, self._al_recibir)
            except (ValueError, OSError):
                self._activo = False
        if self._activo:
            _thread.start_new_thread(self._mirar, ())
        return self

    def __exit__(self, *exc: object) -> None:
        self._fin = True
        self._armado = False
        if self._activo:
            signal.signal(SENAL, self._anterior if self._anterior is not None else signal.SIG_DFL)

    def _al_recibir(self, _senal: int, _marco: Any) -> None:
        if self._armado:
            self._armado = False
            raise ParoDelBucle

    def _mirar(self) -> None:
        c, cpu = self._c, reloj_cpu(self._ident)
        paso, desde, gastado = None, 0.0, 0.0
        reposo = _thread.allocate_lock()
        reposo.acquire()
        while not self._fin:
            reposo.acquire(True, INTERVALO_S)  # una espera real: `time.sleep` es virtual aquí
            inicio = c.paso_real
            if inicio is None or c.aborto is not None:
                paso = None
                continue
            ahora = time.monotonic()
            if paso != inicio:  # otro paso: ventana nueva
                paso, desde, gastado = inicio, ahora, cpu()
                continue
            if ahora - desde < GUARDIA_S:
                continue
            if cpu() - gastado >= FRACCION_CPU * (ahora - desde):
                desde, gastado = ahora, cpu()  # calcula: no está parado
                continue
            donde = _linea_del_alumno(c, self._ident)
            if donde is None:
                desde, gastado = ahora, cpu()  # parado fuera del código del alumno
                continue
            if self._fin or c.paso_real != inicio:
                continue
            c.paro_del_bucle(donde, ahora - desde)
            self._armado = True
            signal.pthread_kill(self._ident, SENAL)
            return
