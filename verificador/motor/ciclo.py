"""The life of a controlled thread as `Planificador` sees it: created, started, ended, and the program's end.

`CicloDeHilos` is a part of `Planificador` (a mixin, like `tiempo.RelojVirtual`):
its methods run on the thread holding the baton. Starting a thread joins
the parent's vector clocks into the child's (happens-before for the
detectors); ending one joins its clocks into those who wait for it and
hands the turn on; when the main program returns, the interpreter's
shutdown is emulated (daemon threads freeze, non-daemon threads are joined,
executors' idle workers are woken).
"""

from __future__ import annotations

from typing import Any

from verificador.motor.detectores import unir
from verificador.motor.estado import Espera, Estado, Hilo, Lugar
from verificador.motor.trabajadores import _POOL


class CicloDeHilos:
    """The thread-lifecycle methods of `Planificador`."""

    def nuevo_hilo(self, fachada: Any, nombre: str, *, daemon: bool, principal: bool = False) -> Hilo:
        h = Hilo(len(self.hilos), nombre, fachada, daemon, principal)
        padre = self.actual
        if padre is not None:
            unir(h.reloj, padre.reloj)
            unir(h.reloj_orden, padre.reloj_orden)
            h.reloj[h.id] = 1
            h.reloj_orden[h.id] = 1
        self.hilos.append(h)
        return h

    def iniciar(self, h: Hilo, lugar: Lugar | None) -> None:
        padre = self.actual
        assert padre is not None
        self.hilos_creados += 1
        unir(h.reloj, padre.reloj)
        if len(h.reloj) <= h.id:
            h.reloj.extend([0] * (h.id + 1 - len(h.reloj)))
        h.reloj[h.id] = max(h.reloj[h.id], 1)
        unir(h.reloj_orden, padre.reloj_orden)
        if len(h.reloj_orden) <= h.id:
            h.reloj_orden.extend([0] * (h.id + 1 - len(h.reloj_orden)))
        h.reloj_orden[h.id] = max(h.reloj_orden[h.id], 1)
        padre.reloj[padre.id] += 1
        padre.reloj_orden[padre.id] += 1
        self.estrategia.nuevo_hilo(self, h)
        vivos = sum(1 for x in self.hilos if not x.principal and x.estado is not Estado.TERMINADO)
        self.max_simultaneos = max(self.max_simultaneos, vivos)
        self._hacer_listo(h)
        self._lanzar(h)
        self.evento_sync(padre, f"arranca {h.nombre}", lugar)
        if lugar is not None:
            self.decidir(padre)

    def _terminar(self, h: Hilo) -> None:
        """Called on h's OS thread when its body is over (normally or aborted)."""
        trabajador = h.trabajador
        if self.abortando:
            h.estado = Estado.TERMINADO
            if trabajador is not None and not h.expulsado:
                _POOL.devolver(trabajador)
            self._fin_aborto.release()
            return
        self._quitar_listo(h, Estado.TERMINADO)
        for otro in list(h.fachada._esperan):
            unir(otro.reloj, h.reloj)
            unir(otro.reloj_orden, h.reloj_orden)
        self.notificar(h.fachada._esperan)
        if trabajador is not None:
            _POOL.devolver(trabajador)
        if self.terminada:
            self._fin.release()
            return
        vivos = [x for x in self.hilos if x.estado is not Estado.TERMINADO and not (self.fin_principal and x.daemon)]
        if not vivos:
            self.terminada = True
            self._fin.release()
            return
        otro = self._siguiente(h)
        if otro is None:
            self._interbloqueo(park=False)
            return
        self.actual = otro
        otro.racha = 0
        otro.baton.release()

    def _fin_del_principal(self, h: Hilo) -> None:
        """The main program returned: emulate interpreter shutdown (join non-daemon threads)."""
        self.fin_principal = True
        for otro in self.hilos:
            if otro.daemon and otro.estado is not Estado.TERMINADO:
                self._quitar_listo(otro, Estado.BLOQUEADO)
                otro.despertar = None
        from verificador.motor.hilos import despertar_executors

        despertar_executors(self)
        for otro in list(self.hilos):
            if otro is h or otro.daemon or not otro.lanzado:
                continue
            while otro.estado is not Estado.TERMINADO:
                self.bloquear(Espera(otro.fachada, f"espera a que termine {otro.nombre} (cierre del programa)", None),
                              otro.fachada._esperan, None)
