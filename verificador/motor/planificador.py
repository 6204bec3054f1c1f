"""The controlled runtime: real OS threads, but only one runs at a time.

Every controlled thread runs on a real OS thread (taken from a pool, so that a
schedule does not pay for thread creation) and owns a *baton*, a raw lock. A
thread runs only while it holds its baton; to switch, the running thread
releases the baton of the chosen one and blocks on its own. So there is never
more than one controlled thread executing Python code, and the engine decides,
at every scheduling point, which one continues.

Scheduling points are (1) the instructions of the student's code found by
`analisis` (reached through `sys.monitoring` INSTRUCTION events local to the
student's code objects on 3.12+, see `monitor`, or a `sys.settrace` opcode
tracer on the student's frames before) and (2) every operation on a controlled
primitive called from the student's code. Library code runs atomically between
points, except when it must block. With `solo_sincronizacion` (set by the
explorer after a clean first run of a long program, see `exploracion`) only (2)
are points: the student's code runs untraced, and `_paso_sincronizacion`
keeps the step budget, fairness and passing of time counting sync operations.

Time is virtual: sleeping and timed waits block the thread until the virtual
clock reaches their deadline, and the clock jumps to the earliest deadline
when no thread can run. Reading the clock advances it by `TIC_LECTURA_S` so
that busy-wait loops end (and a lone thread that keeps reading it, or keeps
running, lets sleepers' deadlines arrive: see `tiempo`). Data types live in
`estado`, the pool of OS threads in `trabajadores`; the threads' lifecycle
(start, end, the program's end) in `ciclo`, the program's output in `salida`,
failures in `fallos` (mixins of `Planificador`).

Budgets are steps, never seconds: a run ends at LIMITE_PASOS steps; the only
real-time watch (`guardia`) catches a thread blocked outside the engine, told
apart from slow code by CPU time.

Invariants:
- Engine state is touched only by the thread holding its baton, or by the
  controller (the thread that called `ejecutar`) while no controlled thread runs.
- A run ends when every non-daemon thread has finished, or on the first failure;
  then the controller aborts the parked threads by resuming them with `_Abortado`.
"""

from __future__ import annotations

import _thread
import sys
import types
from collections.abc import Callable
from typing import Any

from verificador import analisis
from verificador.motor import guardia, monitor, rastreo, registro
from verificador.motor.ciclo import CicloDeHilos
from verificador.motor.detectores import DetectorCarreras, DetectorOrdenCandados
from verificador.motor.estado import (  # re-exported: the engine's modules import them from here
    Espera,
    Estado,
    Evento,
    Fallo,
    Hilo,
    Lugar,
    Tipo,
    _Abortado,
)
from verificador.motor.fallos import Fallos
from verificador.motor.rastreo import LIMITE_ESPERA_ACTIVA  # re-exported
from verificador.motor.salida import LIMITE_INUNDACION, SalidaControlada  # noqa: F401 (re-exported)
from verificador.motor.tiempo import (  # re-exported
    RACHA_JUSTA,
    RACHA_SOLA,
    TAJADA_TRAS_RELEVO,
    RelojVirtual,
)
from verificador.motor.trabajadores import _POOL

_asignar_candado = _thread.allocate_lock
_ident = _thread.get_ident

LIMITE_PASOS = 3_000_000  # scheduling steps per run: an endless loop, or (several threads busy) no conclusion


class Planificador(Fallos, RelojVirtual, CicloDeHilos, SalidaControlada):
    """Runs one schedule at a time of a program under a strategy.

    The explorer creates one Planificador per exploration and calls `ejecutar`
    once per schedule; the primitives in `primitivas`/`hilos` call back into it.
    """

    # A whole script (motor.cierre) may leave threads to the interpreter's implicit
    # join: their work after the main program ends is no failure by itself.
    salida_implicita = False

    def __init__(self, archivos_alumno: set[str], motor_archivos: set[str]) -> None:
        self.archivos = archivos_alumno
        self.motor_archivos = motor_archivos
        self.analizador = analisis.Analizador()
        self._por_os: dict[int, Hilo] = {}
        self._lineas_cache: dict[tuple[str, int], Lugar] = {}
        # (id(code), offset) -> (code, Lugar) of the student's calls to primitives (see rapido._lugar)
        self._lugar_instruccion: dict[tuple[int, int], tuple[types.CodeType, Lugar]] = {}
        self.contaminado = False
        # Set by the explorer after a clean first run (see `exploracion`): later runs
        # switch threads only at operations on controlled primitives.
        self.solo_sincronizacion = False
        # Set by the explorer for a long program's first run: once it passed this many steps and the
        # race detector found a race (the verdict is known), the rest of the run only synchronises.
        self.carrera_basta = 0
        self._rastreo_global = rastreo.crear(self)
        self._monitor: monitor.Monitor | None = None
        self.retraso_s = 0.0  # extra virtual s each sleep of a non-main thread lasts (adversarial timing)
        self._reiniciar(None)

    # ------------------------------------------------------------------ run state
    def _reiniciar(self, estrategia: Any) -> None:
        self.estrategia = estrategia
        self.hilos: list[Hilo] = []
        self.listos: list[Hilo] = []
        self.actual: Hilo | None = None
        self.pasos = 0
        self.llamadas_alumno = 0  # calls of the student's code seen by the tracer (see rastreo.crear)
        self.limite_pasos = LIMITE_PASOS
        self.reloj = 0.0
        self.fallo: Fallo | None = None
        self.terminada = False
        self.abortando = False
        self.fin_principal = False
        self.desvios: dict[int, int] = {}
        self.retraso_pendiente = self.retraso_s  # virtual s main may sleep with the others stalled
        self.retraso_candados = self.retraso_s  # virtual s of timed lock waits that may expire early
        self.retraso_salto = self.retraso_s  # virtual s the clock may jump over runnable threads
        self.n_decision = 0
        self.decisiones_punto = 0  # decisions taken at instruction points (the rest are at sync operations)
        self.por_tiempo = False
        self.version_listos = 0
        self._version_decidida = -1
        self.detectando = False
        self.cambios = 0
        self.eventos: list[Evento] | None = None
        self.carreras: DetectorCarreras | None = None
        self.accesos_cerrojos: dict[Any, list[Any]] = {}  # see registro._cerrojos
        self.accesos_hechos: dict[tuple[str, str, int, bool], Any] = {}  # see registro.acceso
        self.cerrojos_inconsistentes = False
        self.sincronizando = self.solo_sincronizacion  # this run switches only at sync operations
        self.aprendidos: dict[int, Any] = {}  # id(Punto) -> what its accesses need (see rastreo)
        # globals a thread other than main wrote (their reads are never constant) and, for the
        # others, the reads learned as constant: (id(globals), name) -> [id(Punto)] (see rastreo)
        self.globales_mutables: set[tuple[int, str]] = set()
        self.constantes: dict[tuple[int, str], list[int]] = {}
        self.vigia_principal = False  # motor.cierre watches main's reads: record them all
        self.orden: DetectorOrdenCandados | None = None
        self.contador_nombres: dict[str, int] = {}
        self.escritos: list[tuple[str, float, str]] = []  # the output: (thread, virtual time, text) of each write
        self.espacios: dict[int, Any] = {}  # id(dict) -> whose namespace it is (registro._espacio_de)
        self.salida_len = 0
        self.hilos_creados = 0
        self.max_simultaneos = 0
        self.ordinal_candados = 0
        self.candados: dict[int, Any] = {}
        self.pendientes: dict[int, tuple[Evento, Callable[[], Any]]] = {}
        self.atexit: list[Callable[[], None]] = []
        self.red: Any = None  # motor.red.EstadoRed, once a thread uses a socket
        self.excepciones_en_tareas: list[Any] = []  # pool tasks that raised (motor.perdidas)
        self._fin = _asignar_candado()
        self._fin.acquire()
        self._fin_aborto = _asignar_candado()
        self._fin_aborto.acquire()

    # ------------------------------------------------------------------ identity
    def hilo_actual(self) -> Hilo | None:
        return self._por_os.get(_ident())

    def lugar_alumno(self, profundidad: int = 1) -> Lugar | None:
        """The innermost frame of the student's code in the current stack."""
        f: types.FrameType | None = sys._getframe(profundidad)
        while f is not None:
            nombre = f.f_code.co_filename
            if nombre in self.archivos:
                return self.lugar_de(nombre, f.f_lineno)
            f = f.f_back
        return None

    def lugar_de(self, archivo: str, linea: int) -> Lugar:
        clave = (archivo, linea)
        lugar = self._lineas_cache.get(clave)
        if lugar is None:
            import linecache

            lugar = Lugar(archivo, linea, linecache.getline(archivo, linea).strip())
            self._lineas_cache[clave] = lugar
        return lugar

    def llamado_por_alumno(self) -> Lugar | None:
        """If the primitive was called from the student's code, where from."""
        f: types.FrameType | None = sys._getframe(2)
        motor = self.motor_archivos
        while f is not None and f.f_code.co_filename in motor:
            f = f.f_back
        if f is not None:
            nombre = f.f_code.co_filename
            if nombre in self.archivos:
                lugar = self._lineas_cache.get((nombre, f.f_lineno))
                return lugar if lugar is not None else self.lugar_de(nombre, f.f_lineno)
        return None

    def _lugar_en_pila(self) -> Lugar | None:
        """The innermost line of the student's code in the current thread's stack (a library waits for it)."""
        f: types.FrameType | None = sys._getframe(2)
        for _ in range(40):
            if f is None:
                return None
            nombre = f.f_code.co_filename
            if nombre in self.archivos:
                return self.lugar_de(nombre, f.f_lineno)
            f = f.f_back
        return None

    # ------------------------------------------------------------------ one run
    def ejecutar(
        self, objetivo: Callable[[], object], estrategia: Any, *, detallado: bool = False,
        detectar: bool = False, limite_pasos: int | None = None,
    ) -> None:
        """Run `objetivo` as the main controlled thread until the run ends.

        The run is bounded by `limite_pasos` scheduling steps (LIMITE_PASOS by
        default), never by real time: the only real-time watch (`guardia`)
        catches a thread blocked outside the engine, told apart by CPU time.
        """
        self._reiniciar(estrategia)
        self.limite_pasos = LIMITE_PASOS if limite_pasos is None else limite_pasos
        if detallado:
            self.eventos = []
        self.detectando = detectar
        self.vigia_principal = getattr(self, "vigia", None) is not None
        if detectar:
            self.carreras = DetectorCarreras()
            self.orden = DetectorOrdenCandados()
        from verificador.motor.hilos import FachadaPrincipal

        principal = self.nuevo_hilo(FachadaPrincipal(self), "MainThread", daemon=False, principal=True)
        principal.fachada._interno = principal
        principal.fachada._objetivo = objetivo
        estrategia.inicio(self)
        self.actual = principal
        self._hacer_listo(principal)
        self._monitor = None if self.sincronizando else monitor.instalar(self)
        try:
            self._lanzar(principal)
            principal.baton.release()
            self._vigilar()
        finally:
            if self._monitor is not None:
                self._monitor.quitar()
                self._monitor = None

    def _vigilar(self) -> None:
        """The controller's side of a run: wait for its end, watching for unmodelled blocks."""
        vigia = guardia.Vigia()
        while not self._fin.acquire(timeout=guardia.INTERVALO_S):
            hilo = self.actual
            trabajador = hilo.trabajador if hilo is not None else None
            marca = (self.pasos, self.n_decision, self.reloj, self.salida_len, id(hilo))
            estado = vigia.observar(marca, trabajador.ident if trabajador else 0,
                                    trabajador.nativo if trabajador else 0)
            if estado is not guardia.Estado.AVANZA:
                self._atascado(vigia.segundos, por_calculo=estado is guardia.Estado.CALCULO_SIN_FIN)
                break
        self._abortar_restantes()

    def _lanzar(self, h: Hilo) -> None:
        trabajador = _POOL.obtener()
        h.trabajador = trabajador
        h.baton = trabajador.candado
        trabajador.tarea = lambda: self._cuerpo(h)
        h.lanzado = True

    def _cuerpo(self, h: Hilo) -> None:
        """Body of a controlled thread on its OS thread. Never raises."""
        trabajador = h.trabajador
        assert trabajador is not None
        self._por_os[_ident()] = h
        try:
            if self.abortando or self.terminada:
                raise _Abortado
            rastrear = self._monitor is None and not self.sincronizando
            if rastrear:
                sys.settrace(self._rastreo_global)
            try:
                h.fachada._ejecutar_cuerpo()
            finally:
                if rastrear:
                    sys.settrace(None)
            if h.principal and not self.abortando:
                self._fin_del_principal(h)
            elif not self.abortando and not self.terminada:
                # CPython removes a finished thread from `threading.enumerate()` and
                # `active_count()` a little after its last line: others may still see it alive.
                self.decidir(h)
        except _Abortado:
            pass
        except SystemExit as e:
            if h.principal and e.code not in (None, 0) and not self.abortando:
                self.fallar(Tipo.EXCEPCION, h, f"El programa terminó con sys.exit({e.code!r}).", excepcion=e)
        except BaseException as e:
            if not self.abortando and not self.terminada:
                self._fallo_por_excepcion(h, e)
        finally:
            if self.eventos is not None:
                registro.resolver_pendiente(self, h)
            self._por_os.pop(_ident(), None)
            self._terminar(h)

    # ------------------------------------------------------------------ points
    def punto(self, hilo: Hilo, frame: types.FrameType, p: analisis.Punto) -> None:
        """A scheduling point in the student's code, before instruction `p`."""
        if hilo.expulsado or self.terminada:
            raise _Abortado
        self.pasos += 1
        if self.fin_principal and not hilo.principal and not hilo.daemon and p.tipo == analisis.ESCRITURA \
                and not self.salida_implicita:
            self.fallar(
                Tipo.INCOMPLETO, hilo,
                f"El programa principal ya había terminado y {hilo.nombre} seguía trabajando.",
                lugar=self.lugar_de(frame.f_code.co_filename, p.linea),
            )
        if self.pasos > self.limite_pasos:
            self._sin_fin(hilo, frame)
        hilo.tras_sync = False
        hilo.salto_libre = p.tipo is not analisis.SALTO
        if p.tipo is analisis.LECTURA or (p.tipo is analisis.SALTO and not p.avanza):
            hilo.sin_escribir += 1
            if hilo.sin_escribir > LIMITE_ESPERA_ACTIVA:
                self._espera_activa(hilo, frame, p)
        else:
            hilo.sin_escribir = 0
        hilo.racha += 1
        if len(self.listos) > 1 or self.retraso_salto > 0:
            self.decisiones_punto += 1
            # decidir()'s fast path, inlined: this runs at every point
            criticos = self.estrategia.criticos
            if (hilo.racha <= RACHA_JUSTA and self.version_listos == self._version_decidida
                    and criticos is not None and self.n_decision not in criticos):
                self.n_decision += 1
            else:
                self.decidir(hilo)
        if hilo.racha >= RACHA_SOLA and len(self.listos) == 1:
            # (also with adversarial timing: a lone spinner must still let sleepers' deadlines arrive)
            self._pasar_tiempo(hilo)
        # record after the decision: the instruction runs now, not before the switch
        if self.carreras is not None and p.categoria:
            registro.acceso(self, hilo, frame, p)
        if p.categoria == "global":
            rastreo.aprender(self, hilo, frame, p)
        if self.carrera_basta and self.pasos > self.carrera_basta and self.carreras is not None \
                and self.carreras.carreras:
            self._dejar_de_rastrear()
        if self.eventos is not None:
            registro.evento(self, hilo, frame, p)

    def ids_vivos(self) -> frozenset[int]:
        """The threads of this run that have not ended (not yet started included)."""
        return frozenset(h.id for h in self.hilos if h.estado is not Estado.TERMINADO)

    def _dejar_de_rastrear(self) -> None:
        """From now on this run switches threads only at sync operations (see `carrera_basta`).

        Each controlled thread drops its tracer when it next runs (`_ceder_a`);
        on 3.12+ the monitor disables every instruction it still sees.
        """
        self.sincronizando = True
        self.carrera_basta = 0
        if self._monitor is None:
            sys.settrace(None)

    def evento_sync(self, hilo: Hilo, accion: str, lugar: Lugar | None) -> None:
        if self.eventos is not None:
            registro.resolver_pendiente(self, hilo)
        if self.eventos is not None and lugar is not None:
            self.eventos.append(Evento(hilo.nombre, lugar, accion, self.pasos, tipo="sync"))

    # ------------------------------------------------------------------ decisions
    def congelado(self, h: Hilo) -> bool:
        """Daemon threads stop being scheduled once the main program has ended."""
        return self.fin_principal and h.daemon

    def _elegir(self, actual: Hilo | None, forzado: bool = False) -> Hilo:
        """Ask the strategy; record the choice as a deviation if it is not the default.

        The default policy is "keep running the current thread; when it cannot run,
        the runnable thread created first". A run is fully described by its
        deviations from that policy, which is what replay and shrinking work on.
        """
        k = self.n_decision
        self.n_decision += 1
        listos = self.listos
        if actual is not None and not forzado:
            defecto = actual
        elif actual is not None:
            siguientes = [h for h in listos if h.id > actual.id] or [h for h in listos if h is not actual]
            defecto = siguientes[0]
        else:
            defecto = listos[0]
        elegido = self.estrategia.elegir(self, listos, actual, defecto, k, forzado)
        if elegido is not defecto:
            self.desvios[k] = elegido.id
        return elegido

    def decidir(self, hilo: Hilo) -> None:
        """A scheduling point of the running thread: maybe switch to another one."""
        if self.sincronizando:
            self._paso_sincronizacion(hilo)
        if self.retraso_salto > 0 and self._decidir_salto(hilo):
            return
        if len(self.listos) < 2:
            return
        forzado = self._tajada_agotada(hilo)
        if forzado:
            hilo.racha = 0
        elif self.version_listos == self._version_decidida:
            # Fast path: nothing changed since the last decision, so a strategy
            # that only acts at its own decision indices keeps the current thread.
            criticos = self.estrategia.criticos
            if criticos is not None and self.n_decision not in criticos:
                self.n_decision += 1
                return
        self._version_decidida = self.version_listos
        elegido = self._elegir(hilo, forzado)
        if elegido is not hilo:
            self.cambios += 1
            # After a normal slice, the next one is short (see tiempo.fin_de_seccion); after a
            # short one, the thread it interrupted gets a normal slice back.
            corta = forzado and hilo.relevo == 0
            elegido.relevo = 1 if corta else 0
            self._ceder_a(hilo, elegido, RACHA_JUSTA - TAJADA_TRAS_RELEVO if corta else 0)

    def _ceder_a(self, yo: Hilo, otro: Hilo, racha: int = 0) -> None:
        otro.racha = racha
        yo.relevo = 0
        otro.lecturas_reloj = 0
        self.actual = otro
        otro.baton.release()
        yo.baton.acquire()
        if self.abortando or self.terminada or yo.expulsado:
            raise _Abortado
        if self.sincronizando and self._monitor is None and sys.gettrace() is not None:
            sys.settrace(None)

    def _hacer_listo(self, h: Hilo) -> None:
        if h.estado is not Estado.LISTO:
            self.version_listos += 1
            h.estado = Estado.LISTO
            # keep creation order: strategies rely on it for determinism
            i = len(self.listos)
            while i > 0 and self.listos[i - 1].id > h.id:
                i -= 1
            self.listos.insert(i, h)

    def _quitar_listo(self, h: Hilo, estado: Estado) -> None:
        self.version_listos += 1
        h.estado = estado
        if h in self.listos:
            self.listos.remove(h)

    def _siguiente(self, yo: Hilo) -> Hilo | None:
        """Choose who runs after `yo` stopped being runnable; advance time if needed."""
        while not self.listos:
            if not self._avanzar_reloj():
                return None
        if yo.estado is Estado.LISTO:
            return self._elegir(yo) if len(self.listos) > 1 else yo
        return self._elegir(None)

    # ------------------------------------------------------------------ blocking
    def bloquear(self, espera: Espera, cola: list[Any] | None, plazo: float | None) -> bool:
        """Block the current thread until notified (True) or until `plazo` (False)."""
        yo = self.actual
        assert yo is not None
        if espera.lugar is None:
            espera.lugar = self._lugar_en_pila()
        yo.espera = espera
        yo.despertar = plazo
        yo.notificado = False
        yo.esperando_en = cola
        if cola is not None:
            cola.append(yo)
        self._quitar_listo(yo, Estado.BLOQUEADO if cola is not None else Estado.DURMIENDO)
        self._cambiar_tras_bloqueo(yo)
        yo.espera = None
        return yo.notificado

    def _cambiar_tras_bloqueo(self, yo: Hilo) -> None:
        otro = self._siguiente(yo)
        if otro is None:
            self._interbloqueo()
            return
        if otro is not yo:
            self._ceder_a(yo, otro)

    def notificar(self, cola: list[Hilo], n: int | None = None) -> int:
        """Wake up to `n` (all if None) of the threads waiting in `cola`, oldest first."""
        despertados = 0
        while cola and (n is None or despertados < n):
            h = cola.pop(0)
            if self.congelado(h):
                continue
            h.notificado = True
            h.despertar = None
            h.esperando_en = None
            self._hacer_listo(h)
            despertados += 1
        return despertados
