"""Los candados de `threading` del alumno, para los hilos del ejecutor (`to_thread`, `run_in_executor`).

Los trabajos del ejecutor corren por turnos (turnos.py): uno solo a la vez.
Un trabajo que se quedara parado de verdad en `Lock.acquire` con el turno lo
colgaría todo (quien tiene el candado espera su turno para soltarlo). Por eso
un `CandadoDeHilos` modela la espera: el trabajo que no puede tomarlo se pone
en la fila del candado y devuelve el turno; quien lo suelta se lo pasa
directamente al primero de la fila (que vuelve a estar listo). Con plazo
(`acquire(timeout=t)`, `Condition.wait(t)`), el plazo es virtual: si vence
antes de que se lo pasen, devuelve False, como en CPython.

Fuera de los hilos del ejecutor (el hilo del bucle, otros hilos) es un
candado normal. Solo lo reciben los `threading.Lock()`/`RLock()` que crea el
código del alumno mientras se explora (también los de sus `Condition`,
`Event`, `Semaphore`, `queue.Queue`), y el candado de espera de
`threading.Condition.wait` en un hilo del ejecutor.
"""

from __future__ import annotations

import _thread
import asyncio
import collections
from typing import Any

from verificador.asincrono.bucle import clave_de_sueno, control_del_hilo, cortar_hilo, trabajo_del_hilo
from verificador.asincrono.control import Control
from verificador.asincrono.turnos import Turnos
from verificador.veredictos import Bloqueado

# Protege el estado de todos los candados (sus filas): se toma muy poco rato.
_estado = _thread.allocate_lock()


def _tarea_actual() -> object:
    try:
        return asyncio.current_task()
    except RuntimeError:  # sin bucle en marcha
        return None



class CandadoDeHilos:
    """Un `threading.Lock` cuya espera, en un hilo del ejecutor, es por turnos."""

    def __init__(self, control: Control | None = None) -> None:
        self._real = _thread.allocate_lock()
        self._creador = control  # la ejecución en que lo creó el alumno
        # Lo tomó el hilo del bucle (solo ahí se apunta): la tarea, o None fuera de una.
        self._en_bucle = False
        self._duena: object = None
        # Trabajos del ejecutor esperando, en orden de llegada: (turnos, número).
        self._fila: collections.deque[tuple[Turnos, int]] = collections.deque()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        c = control_del_hilo()
        if c is None:
            creador = self._creador
            en_bucle = creador is not None and _thread.get_ident() == creador.turnos.hilo_bucle
            if self._real.acquire(False):
                self._en_bucle, self._duena = en_bucle, _tarea_actual() if en_bucle else None
                return True
            if not blocking or timeout == 0:
                return False
            if en_bucle:
                assert creador is not None
                if self._esperar_en_bucle(creador, timeout):
                    self._en_bucle, self._duena = True, _tarea_actual()
                    return True
                return False
            if self._real.acquire(blocking, timeout):
                self._en_bucle, self._duena = False, None
                return True
            return False
        if c.terminado:
            raise cortar_hilo()
        if timeout != -1 and timeout < 0:
            raise ValueError("timeout value must be a non-negative number")
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        turnos, numero = c.turnos, trabajo_del_hilo()
        c.actualizaciones.sincroniza(numero)
        with _estado:
            if self._real.acquire(False):
                return True
            if not blocking or timeout == 0:
                return False
            self._fila.append((turnos, numero))
        turnos.trabajos[numero].obtuvo = True
        c.hilos_esperando[numero] = c.linea_del_alumno()
        try:
            if timeout == -1:
                turnos.bloquear(numero)
            else:
                clave = "p" + clave_de_sueno()[0]
                turnos.bloquear(numero, (c.reloj + timeout, clave), lambda: self._vencer(turnos, numero))
        finally:
            c.hilos_esperando.pop(numero, None)
        if c.terminado:
            raise cortar_hilo()
        return turnos.trabajos[numero].obtuvo

    def _esperar_en_bucle(self, c: Control, timeout: float) -> bool:
        """El hilo del bucle espera un candado que tiene un hilo del ejecutor: el
        bucle queda bloqueado (como en CPython) y solo corren los hilos; el reloj
        avanza hasta sus despertares (el paso lo apunta como bloqueo del bucle)."""
        limite = None if timeout == -1 else c.reloj + timeout
        while True:
            c.correr_hilos(False)
            if self._real.acquire(False):
                return True
            proximo = c.turnos.proximo_despertar()
            if limite is not None and (proximo is None or proximo > limite):
                c.reloj = max(c.reloj, limite)
                return False
            if proximo is None:
                if limite is None and self._en_bucle:  # lo tiene este mismo hilo: nadie lo soltará
                    self._interbloqueo_del_bucle(c)
                # Ningún hilo del ejecutor puede soltarlo: lo suelta otro hilo (o nadie).
                return self._real.acquire(True, -1 if limite is None else timeout)
            c.reloj = max(c.reloj, proximo)
            c.turnos.despertar(c.reloj)

    def _interbloqueo_del_bucle(self, c: Control) -> None:
        """Una tarea pide, en el hilo del bucle, el candado que tiene otra tarea (o ella
        misma) del mismo hilo: el bucle entero se queda parado y quien lo tiene ya no
        puede volver a soltarlo. En CPython se cuelga para siempre."""
        duena = self._duena
        actual = _tarea_actual()
        archivo, linea = c.linea_del_alumno() or ("", 0)
        tenido_por = (f"{c.nombre_de(duena)}, en el mismo hilo del bucle (lo tomó antes de un await)"
                      if duena is not None else "el propio hilo del bucle")
        c.bloqueados = [Bloqueado(
            actor=c.nombre_de(actual) if actual is not None else "el hilo del bucle",
            espera="un threading.Lock", tenido_por=tenido_por,
            archivo=archivo, linea=linea)]
        c.abortar("interbloqueo")

    def _vencer(self, turnos: Turnos, numero: int) -> None:
        with _estado:
            if (turnos, numero) in self._fila:
                self._fila.remove((turnos, numero))
                turnos.trabajos[numero].obtuvo = False

    def release(self) -> None:
        c = control_del_hilo()
        if c is not None:
            c.actualizaciones.sincroniza(trabajo_del_hilo())
        with _estado:
            if not self._real.locked():
                raise RuntimeError("release unlocked lock")
            self._en_bucle, self._duena = False, None
            if self._fila:
                turnos, numero = self._fila.popleft()
                turnos.desbloquear(numero)  # se lo pasa: el candado sigue tomado
                return
            self._real.release()

    def locked(self) -> bool:
        return self._real.locked()

    def _at_fork_reinit(self) -> None:
        self._real = _thread.allocate_lock()
        self._fila.clear()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_exc: Any) -> None:
        self.release()

    def __repr__(self) -> str:
        estado = "locked" if self._real.locked() else "unlocked"
        return f"<{estado} _thread.lock object at {id(self):#x}>"


class CandadoReentrante:
    """Un `threading.RLock` sobre un `CandadoDeHilos` (dueño y cuenta)."""

    def __init__(self, control: Control | None = None) -> None:
        self._base = CandadoDeHilos(control)
        self._dueno: int | None = None
        self._cuenta = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        yo = _thread.get_ident()
        if self._dueno == yo:
            self._cuenta += 1
            return True
        if not self._base.acquire(blocking, timeout):
            return False
        self._dueno, self._cuenta = yo, 1
        return True

    def release(self) -> None:
        if self._dueno != _thread.get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._cuenta -= 1
        if self._cuenta == 0:
            self._dueno = None
            self._base.release()

    def _is_owned(self) -> bool:
        return self._dueno == _thread.get_ident()

    def _release_save(self) -> tuple[int, int | None]:
        if self._cuenta == 0:
            raise RuntimeError("cannot release un-acquired lock")
        estado = (self._cuenta, self._dueno)
        self._dueno, self._cuenta = None, 0
        self._base.release()
        return estado

    def _acquire_restore(self, estado: tuple[int, int | None]) -> None:
        self._base.acquire()
        self._cuenta, self._dueno = estado

    def _at_fork_reinit(self) -> None:
        self._base._at_fork_reinit()
        self._dueno, self._cuenta = None, 0

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_exc: Any) -> None:
        self.release()

    def __repr__(self) -> str:
        estado = "locked" if self._dueno is not None else "unlocked"
        return (f"<{estado} {type(self).__module__}.{type(self).__qualname__} object "
                f"owner={self._dueno} count={self._cuenta} at {id(self):#x}>")
