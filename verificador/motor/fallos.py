"""How a run of the thread engine ends badly: the failures `Planificador` records.

`Fallos` is a part of `Planificador` (a mixin, like `tiempo.RelojVirtual`):
its methods run on the thread holding the baton, or on the controller while
no controlled thread runs (`_atascado`). Each records the run's first failure
(a `Fallo`) and ends the run; the explorer turns it into a verdict.
"""

from __future__ import annotations

import _thread
import sys
import types
from typing import Any

from verificador import analisis
from verificador.motor import guardia
from verificador.motor.estado import Estado, Fallo, Hilo, Lugar, Tipo, _Abortado
from verificador.motor.tiempo import LIMITE_TIEMPO_VIRTUAL_S

_ident = _thread.get_ident
# Failed tries in a row on the same lock (without taking it once) after which a thread is
# retrying for good, if every other live thread is too or waits forever (`reintentando`).
REINTENTOS_SIN_FIN = 1000


class Fallos:
    """The failure-recording methods of `Planificador`."""

    def _atascado(self, segundos: float, por_calculo: bool = False) -> None:
        hilo = self.actual
        marcos = sys._current_frames()
        lugar = None
        if hilo is not None and hilo.trabajador is not None:
            f = marcos.get(hilo.trabajador.ident)
            while f is not None and lugar is None:
                if f.f_code.co_filename in self.archivos:
                    lugar = self.lugar_de(f.f_code.co_filename, f.f_lineno)
                f = f.f_back
            hilo.expulsado = True
        # The thread may still be running (or stuck in C): no later run is safe.
        self.contaminado = True
        nombre = hilo.nombre if hilo else "?"
        if por_calculo:
            tipo = Tipo.SIN_FIN
            mensaje = (f"{nombre} lleva {segundos:.0f} s de CPU calculando dentro de una llamada sin "
                       "volver nunca a tu código: un cálculo que no acaba.")
        else:
            tipo = Tipo.BLOQUEO_NO_MODELADO
            mensaje = (f"{nombre} lleva {segundos:.1f} s dormido sin gastar CPU en una llamada que el "
                       "verificador no controla (entrada/salida, red, input(), un candado que no es de "
                       "threading...): no se puede juzgar esa ejecución.")
        if self.fallo is None:
            self.fallo = Fallo(tipo, nombre, mensaje, lugar=lugar)
        self.terminada = True

    def _fallo_por_excepcion(self, h: Hilo, e: BaseException) -> None:
        from verificador.veredictos import FalloVeredicto

        try:
            ciclo = self._ciclo_de_candados() if isinstance(e, (FalloVeredicto, AssertionError)) else None
            if ciclo:
                # The check failed because some threads are deadlocked for good (daemon threads
                # main stopped waiting for, `join(timeout=...)`): the deadlock is the bug.
                comprobacion = e.evidencia.resumen if isinstance(e, FalloVeredicto) else str(e)
                self.fallar(Tipo.INTERBLOQUEO, h, "Unos hilos quedaron interbloqueados para siempre y "
                            "el programa siguió sin su trabajo.", bloqueados=ciclo,
                            detalles={"comprobacion": comprobacion[:300]})
            elif _plazo_de_red_vencido(e) and any(o is not h and o.lanzado for o in self.hilos):
                # While this thread waited on a real socket, the engine kept every other thread
                # still (one runs at a time): the thread that would have answered never could.
                # (By the time the exception escapes, that thread may have finished: any other
                # thread of the program counts.)
                self.fallar(Tipo.BLOQUEO_NO_MODELADO, h,
                            f"{h.nombre} esperó a la red con un plazo real ({type(e).__name__}) mientras "
                            "el verificador tenía parados a los demás hilos, que quizá eran quienes "
                            "debían contestar: la red entre hilos del mismo programa no se modela y no "
                            "se puede juzgar esa ejecución.", excepcion=e)
            elif isinstance(e, FalloVeredicto):
                self.fallar(Tipo.ASERCION, h, e.evidencia.resumen, excepcion=e)
            elif isinstance(e, AssertionError):
                self.fallar(Tipo.ASERCION, h, f"Falló una comprobación: {e}", excepcion=e)
            else:
                self.fallar(Tipo.EXCEPCION, h, f"{type(e).__name__}: {e}", excepcion=e)
        except _Abortado:
            pass

    def _sin_fin(self, hilo: Hilo, frame: types.FrameType | None) -> None:
        donde = []
        for h in self.hilos:
            if h.estado is not Estado.TERMINADO and h.lugar is not None:
                donde.append(f"{h.nombre} en {_corto(h.lugar.archivo)}:{h.lugar.linea}")
        lugar = self.lugar_de(frame.f_code.co_filename, frame.f_lineno) if frame is not None else hilo.lugar
        aqui = [f"{hilo.nombre} en {_corto(lugar.archivo)}:{lugar.linea}"] if lugar is not None else []
        detalles = {"hilos": donde or aqui, "pasos": self.pasos}
        limite = f"{self.limite_pasos:,}".replace(",", ".")
        if len(self.listos) > 1:
            # Several threads still take turns: a long program or a livelock; steps cannot tell.
            self.fallar(
                Tipo.PRESUPUESTO, hilo,
                f"Una ejecución llegó al límite de {limite} pasos con {len(self.listos)} hilos aún "
                "trabajando: el programa es demasiado largo para recorrerlo paso a paso (o sus hilos "
                "se ceden el turno sin avanzar).",
                lugar=lugar, detalles=detalles,
            )
        self.fallar(
            Tipo.SIN_FIN, hilo,
            f"Tras {limite} pasos {hilo.nombre} seguía sin terminar mientras el resto de hilos "
            "había acabado o esperaba: un bucle sin fin.",
            lugar=lugar, detalles=detalles,
        )

    def _espera_activa(self, hilo: Hilo, frame: types.FrameType, p: analisis.Punto) -> None:
        """A busy-wait nobody can ever end: report it now instead of at the step budget.

        The thread has only read shared state and looped for a long stretch, it is
        the only runnable thread, and no thread waits on time: nothing but this
        thread could change what it reads, and it writes nothing. So it spins forever.
        """
        hilo.sin_escribir = 0
        if len(self.listos) != 1 or any(
            h.despertar is not None for h in self.hilos if h.estado is not Estado.TERMINADO
        ):
            return
        lugar = self.lugar_de(frame.f_code.co_filename, p.linea)
        otros = [h.nombre for h in self.hilos if h is not hilo and h.estado is not Estado.TERMINADO]
        self.fallar(
            Tipo.SIN_FIN, hilo,
            f"Espera activa sin fin: {hilo.nombre} da vueltas en {_corto(lugar.archivo)}:{lugar.linea} "
            "leyendo datos que nadie puede cambiar"
            + (f" ({', '.join(otros)} {'está bloqueado' if len(otros) == 1 else 'están bloqueados'} "
               "esperando)." if otros else "."),
            lugar=lugar,
            detalles={"hilos": [f"{hilo.nombre} en {_corto(lugar.archivo)}:{lugar.linea}"]},
        )

    def fallar(self, tipo: Tipo, hilo: Hilo, mensaje: str, *, excepcion: BaseException | None = None,
               lugar: Lugar | None = None, detalles: dict[str, Any] | None = None,
               bloqueados: list[Any] | None = None) -> None:
        """Record the run's failure and park the current thread; never returns normally."""
        if self.fallo is None:
            self.fallo = Fallo(tipo, hilo.nombre, mensaje, excepcion, lugar or hilo.lugar,
                               bloqueados=bloqueados or [], detalles=detalles or {})
        self.terminada = True
        if _ident() in self._por_os:
            raise _Abortado

    def reintentando(self, hilo: Hilo, lugar: Lugar | None) -> None:
        """After a failed try/timed acquire: a livelock if every live thread retries for good.

        Every thread that has not finished either keeps failing to take the
        same lock (`REINTENTOS_SIN_FIN` times in a row, without taking it once)
        or waits with no deadline: nobody can ever get through.
        """
        if hilo.reintentos is None or hilo.reintentos[1] < REINTENTOS_SIN_FIN:
            return
        vivos = [h for h in self.hilos if h.estado is not Estado.TERMINADO and h.lanzado
                 and not (self.fin_principal and h.daemon)]
        atascados = [h for h in vivos if h.reintentos is not None and h.reintentos[1] >= REINTENTOS_SIN_FIN]
        if len(atascados) < 2 or any(h not in atascados and not (h.estado is Estado.BLOQUEADO and h.despertar is None)
                                     for h in vivos):
            return
        bloqueados = []
        for h in atascados:
            candado = h.reintentos[0] if h.reintentos is not None else None
            duenio = getattr(candado, "_duenio", None)
            bloqueados.append((h.nombre, f"toma {candado.describir()} (lo reintenta sin parar)",
                               duenio.nombre if isinstance(duenio, Hilo) else None,
                               lugar if h is hilo else h.lugar))
        self.fallar(Tipo.INTERBLOQUEO, hilo,
                    f"Los hilos reintentan sin parar tomar un candado que tiene otro, sin soltar el suyo "
                    f"({REINTENTOS_SIN_FIN} intentos fallidos seguidos cada uno): ninguno puede avanzar.",
                    lugar=lugar, bloqueados=bloqueados, detalles={"tipo": "reintentos_sin_fin"})

    def _ciclo_de_candados(self) -> list[Any] | None:
        """Threads blocked for good on locks, in a cycle (each waits, with no timeout, for a lock
        the next one holds; a `Lock` its own holder asks for again is a cycle of one), in the
        format of `_interbloqueo`; None if there is no such cycle."""
        for inicio in self.hilos:
            camino: list[Hilo] = []
            h: Hilo | None = inicio
            while h is not None and h not in camino:
                camino.append(h)
                h = _duenio(h) if h.estado is Estado.BLOQUEADO and h.despertar is None else None
            if h is not None:
                return [_bloqueado(x) for x in camino[camino.index(h):]]
        return None

    def _interbloqueo(self, park: bool = True) -> None:
        bloqueados = [_bloqueado(h) for h in self.hilos
                      if h.estado in (Estado.BLOQUEADO, Estado.DURMIENDO)
                      and not (self.fin_principal and h.daemon)]
        nombre = self.actual.nombre if self.actual else "?"
        if self.fallo is None and self.por_tiempo:
            self.fallo = Fallo(Tipo.SIN_FIN, nombre, f"Tras {LIMITE_TIEMPO_VIRTUAL_S:.0f} s virtuales el "
                               "programa seguía esperando: nunca termina.", bloqueados=bloqueados)
        if self.fallo is None:
            self.fallo = Fallo(Tipo.INTERBLOQUEO, nombre, "Todos los hilos están esperando y ninguno puede avanzar.",
                               bloqueados=bloqueados)
        self.terminada = True
        self._fin.release()
        if park:
            yo = self.actual
            assert yo is not None
            yo.baton.acquire()
            raise _Abortado

    def _abortar_restantes(self) -> None:
        """Resume every parked thread so that it unwinds with _Abortado."""
        self.abortando = True
        for h in self.hilos:
            if h.estado is Estado.TERMINADO or not h.lanzado or h.expulsado:
                continue
            self.actual = h
            h.baton.release()
            trabajador = h.trabajador
            if not guardia.esperar_candado(self._fin_aborto, trabajador.ident if trabajador else 0,
                                           trabajador.nativo if trabajador else 0):
                h.expulsado = True
                self.contaminado = True
        self.actual = None


# Modules whose real waits (on sockets) time out in wall-clock time, outside the engine.
_MODULOS_DE_RED = ("socket.py", "ssl.py", "selectors.py", "socketserver.py")


def _plazo_de_red_vencido(e: BaseException) -> bool:
    """Is `e` (or what caused it, as `urllib`'s `URLError.reason`) a socket timeout raised by a
    real wait in the socket library, not by the student's code?"""
    vistas: list[BaseException] = []
    while e is not None and len(vistas) < 5 and all(e is not v for v in vistas):
        vistas.append(e)
        if getattr(e, "verificador_modelado", False):
            return False  # the engine ran it out in virtual time, with every thread able to answer (motor.red)
        if isinstance(e, TimeoutError):
            tb = e.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            if tb is None or tb.tb_frame.f_code.co_filename.endswith(_MODULOS_DE_RED):
                return True
            if e.args == ("timed out",):  # raised in C by a socket method (`sock.recv(...)`)
                return True
        razon = getattr(e, "reason", None)
        e = razon if isinstance(razon, BaseException) else (e.__cause__ or e.__context__)  # type: ignore[assignment]
    return False


def _duenio(h: Hilo) -> Hilo | None:
    """The thread holding the lock `h` waits for (None: not a lock, or free)."""
    duenio = getattr(h.espera.objeto, "_duenio", None) if h.espera else None
    return duenio if isinstance(duenio, Hilo) else None


def _bloqueado(h: Hilo) -> tuple[str, str, str | None, Lugar | None]:
    """A blocked thread as the evidence lists it: who, waiting for what, held by whom, where."""
    duenio = _duenio(h)
    return (h.nombre, h.espera.descripcion if h.espera else "?", duenio.nombre if duenio else None,
            h.espera.lugar if h.espera else h.lugar)


def _corto(ruta: str) -> str:
    return ruta.rsplit("/", 1)[-1]
