"""Virtual time of the thread engine: sleeps, timed waits and clock reads never wait for real.

Sleeping and timed waits block the thread until the virtual clock reaches
their deadline, and the clock jumps to the earliest deadline when no thread
can run (`_avanzar_reloj`). Reading the clock advances it by `TIC_LECTURA_S`
so that busy-wait loops end; a lone thread that keeps reading it, or keeps
running (`RACHA_SOLA` points), lets sleepers' deadlines arrive.

`RelojVirtual` is a part of `Planificador` (a mixin): its methods run on the
thread holding the baton, like every other method of the engine.
"""

from __future__ import annotations

from verificador.motor.estado import Espera, Estado, Hilo, Lugar, _Abortado

TIC_LECTURA_S = 1e-4  # virtual seconds each clock read costs (lets busy-waits finish)
LIMITE_TIEMPO_VIRTUAL_S = 3600.0  # virtual seconds per run before calling it a hang
RACHA_JUSTA = 20_000  # points a thread may run while others wait before it is forced to yield
RACHA_SOLA = 10_000  # points the only runnable thread runs before sleeping threads' deadlines arrive
TAJADA_TRAS_RELEVO = 32  # points the thread that gets the CPU when a time slice ends runs, at most, before
# fairness looks again; its slice also ends as soon as it leaves its critical section (`fin_de_seccion`)


def fin_de_seccion(h: Hilo) -> None:
    """`h` released its last lock: if it got the CPU when another thread's time slice ended, its
    own slice ends here (the next point switches back), so a thread that polls under that lock
    can see what the critical section did before whatever `h` does next (its `print`)."""
    if h.relevo == 1 and not h.mantiene:
        h.relevo = 2
        h.racha = RACHA_JUSTA + 1
LECTURAS_ANTES_DE_SALTAR = 20  # clock reads since switched in: then time jumps (alone) or the thread yields


class RelojVirtual:
    """The time-keeping methods of `Planificador` (time passing, and time slices)."""

    def _tajada_agotada(self, hilo: Hilo) -> bool:
        """Did `hilo`'s time slice end, so that fairness switches now (`RACHA_JUSTA`)?

        It ends where the thread holds no lock (up to twice as long): a switch inside its
        critical section only lets the others block on it, and a poller under a lock would
        never let them past it. The thread that gets the CPU then runs a short slice
        (`TAJADA_TRAS_RELEVO`, ended by `fin_de_seccion`): a poller can see another thread
        stopped between its critical section and what follows it.
        """
        return hilo.racha > RACHA_JUSTA and (not hilo.mantiene or hilo.racha > 2 * RACHA_JUSTA)

    def _paso_sincronizacion(self, hilo: Hilo) -> None:
        """What `punto` does besides deciding, when only sync operations are points.

        The step budget, fairness (`RACHA_JUSTA`) and a lone thread letting
        time pass (`RACHA_SOLA`) then count sync operations, so a thread that
        polls under a lock still ends, yields, or lets sleepers wake.
        """
        if hilo.expulsado or self.terminada:
            raise _Abortado
        if self.pasos > self.limite_pasos:
            self._sin_fin(hilo, None)
        hilo.racha += 1
        if len(self.listos) < 2 and hilo.racha >= RACHA_SOLA:
            self._pasar_tiempo(hilo)

    def _avanzar_reloj(self) -> bool:
        """Jump the virtual clock to the earliest deadline. False if nobody is waiting on time."""
        candidatos = [h for h in self.hilos if h.despertar is not None and h.estado in
                      (Estado.BLOQUEADO, Estado.DURMIENDO) and not self.congelado(h)]
        if not candidatos:
            return False
        proximo = min(h.despertar for h in candidatos if h.despertar is not None)
        if proximo > LIMITE_TIEMPO_VIRTUAL_S:
            self.por_tiempo = True
            return False
        self.reloj = max(self.reloj, proximo)
        self._despertar_vencidos()
        return True

    def _despertar_vencidos(self) -> None:
        for h in self.hilos:
            if h.despertar is not None and h.despertar <= self.reloj and h.estado in (
                Estado.BLOQUEADO, Estado.DURMIENDO
            ) and not self.congelado(h):
                h.despertar = None
                h.notificado = False
                if h.esperando_en is not None and h in h.esperando_en:
                    h.esperando_en.remove(h)
                h.esperando_en = None
                self._hacer_listo(h)

    def leer_reloj(self) -> float:
        """A clock read: time moves on a little, and a lot for a lone thread that keeps reading.

        Any amount of real time may pass between two reads, so the engine may
        choose. A read costs TIC_LECTURA_S (busy-waits on the clock end); when
        a thread has read the clock LECTURAS_ANTES_DE_SALTAR times since it
        was last switched in and is the only runnable thread, the clock jumps to the next
        deadline of a sleeping thread, which then gets a turn; with other
        threads runnable, it yields at its next point (as CPython's switch
        interval would make it). A thread that logs in a loop while main
        sleeps takes a few dozen iterations per sleep, not thousands.
        """
        h = self.hilo_actual()
        if h is not None:
            h.sin_escribir = 0
        self._tic(h)
        return self.reloj

    def _tic(self, h: Hilo | None) -> None:
        """A clock read's worth of time (see `leer_reloj`), counted for the lone-thread jump."""
        self.reloj += TIC_LECTURA_S
        if h is not None:
            h.lecturas_reloj += 1
            if h.lecturas_reloj >= LECTURAS_ANTES_DE_SALTAR:
                h.lecturas_reloj = 0
                if len(self.listos) == 1:
                    self._pasar_tiempo(h)
                else:
                    h.racha = RACHA_JUSTA  # others are waiting: a fair scheduler would switch now
        self._despertar_vencidos()

    def _pasar_tiempo(self, hilo: Hilo) -> None:
        """The only runnable thread ran RACHA_SOLA points: that took time, so sleepers wake.

        Without it, `while not parar.is_set(): pass` beside a main thread that
        sleeps before setting `parar` would spin to LIMITE_PASOS, where CPython
        just wakes main up after the sleep.
        """
        hilo.racha = 0
        plazos = [o.despertar for o in self.hilos if o is not hilo and o.despertar is not None
                  and o.estado in (Estado.BLOQUEADO, Estado.DURMIENDO) and not self.congelado(o)]
        if plazos:
            self.reloj = max(self.reloj, min(plazos))
            self._despertar_vencidos()
            hilo.racha = RACHA_JUSTA  # the woken thread gets its turn at the next point

    def vencer_antes(self, timeout: float) -> bool:
        """Adversarial timing (judges only): a timed lock wait expires now, as if the owner were late.

        With `retraso_s` set, the thread that holds the lock may be delayed
        that long (a loaded machine), so a wait of `timeout` <= what is left of
        that delay in this run can run out before the owner releases. The
        clock moves on `timeout`; once the delay is spent, timed waits behave
        as always (they expire only when no other thread can run), so a
        correct retry loop still gets the lock.
        """
        if not 0 < timeout <= self.retraso_candados:
            return False
        self.retraso_candados -= timeout
        self.reloj += timeout
        self._despertar_vencidos()
        return True

    def dormir(self, segundos: float, lugar: Lugar | None) -> None:
        yo = self.actual
        assert yo is not None
        if segundos <= 0:
            # `sleep(0)` drops the GIL and costs real time, like a clock read: a lone thread
            # polling with it lets sleepers' deadlines arrive after a few dozen rounds, and
            # with others runnable it yields to them every few dozen rounds.
            self._tic(yo)
            if lugar is not None:
                self.decidir(yo)
            return
        if not yo.principal:
            segundos += self.retraso_s  # a loaded machine may wake it late
        elif segundos <= self.retraso_pendiente:  # ...or not run the others while main sleeps
            self.retraso_pendiente -= segundos
            self.reloj += segundos
            self._despertar_vencidos()
            self.decidir(yo)
            return
        self.bloquear(Espera(None, f"duerme {segundos:g} s", lugar), None, self.reloj + segundos)

    # ------------------------------------------------------------------ adversarial timing
    def dormidos_a_tiempo(self) -> list[Hilo]:
        """Sleepers (`time.sleep`) whose deadline fits in what is left of `retraso_salto`.

        Judges only (`retraso_s` > 0): a loaded machine may leave the running
        thread without the CPU while the clock moves on, so a sleeper may wake
        *before* the runnable threads reach their next step. The strategy may
        pick one of these at a decision point (`Planificador.decidir`): the clock
        then jumps to its deadline and it runs (`saltar_a`). «The worker adds to
        the counter, is descheduled before its `print`, and main's polling sleep
        ends» is such a schedule; waits on a primitive are not shortened here.
        """
        if self.retraso_salto <= 0:
            return []
        return [h for h in self.hilos if h.estado is Estado.DURMIENDO and h.despertar is not None
                and h.despertar - self.reloj <= self.retraso_salto and not self.congelado(h)]

    def saltar_a(self, dormido: Hilo) -> None:
        """The clock jumps to the sleeper's deadline, spending that much of `retraso_salto`."""
        assert dormido.despertar is not None
        salto = max(0.0, dormido.despertar - self.reloj)
        self.retraso_salto -= salto
        self.reloj += salto
        self._despertar_vencidos()

    def _decidir_salto(self, hilo: Hilo) -> bool:
        """A decision point with adversarial timing: may a sleeper wake now, over the runnable threads?"""
        dormidos = self.dormidos_a_tiempo()
        if not dormidos:
            return False
        k = self.n_decision
        self.n_decision += 1
        candidatos = sorted((*self.listos, *dormidos), key=lambda h: h.id)
        elegido = self.estrategia.elegir(self, candidatos, hilo, hilo, k, False)
        if elegido is hilo:
            return False
        self.desvios[k] = elegido.id
        if elegido in dormidos:
            self.saltar_a(elegido)
        self.cambios += 1
        self._ceder_a(hilo, elegido)
        return True
