"""El bucle de eventos controlado: tiempo virtual y orden de los callbacks elegido.

`BucleControlado` hereda del bucle de selectores de asyncio y sustituye solo
`_run_once`, el corazón de `BaseEventLoop` (igual en 3.10 a 3.13):

- corre UN callback listo por iteración, siempre el primero de la cola: el
  orden FIFO que asyncio garantiza (callbacks de `call_soon`, tareas en orden
  de creación, despertares de Lock/Queue/Event en orden de llegada) no se
  toca nunca;
- lo que se explora es el tiempo: cada `asyncio.sleep(t > 0)` (lo que
  representa E/S o latencia) vence con la demora que decide la estrategia,
  dentro de la cota del `Control` (nunca antes de su hora); los plazos vencen
  a su hora, así que una espera puede acabar antes o después de su plazo;
- `time()` es el reloj virtual del `Control`: cuando no hay nada listo, el
  reloj salta al siguiente temporizador, así `asyncio.sleep(10)` cuesta
  microsegundos y `wait_for` y los timeouts siguen al reloj virtual;
- si no hay nada listo, ni temporizadores, ni hilos del ejecutor, ni E/S real
  pendiente, ninguna tarea podrá avanzar nunca: es un interbloqueo, y se
  describe antes de cortar la ejecución.

`ejecutar` sustituye a `asyncio.run` mientras se explora: crea un bucle
controlado, corre la corrutina como tarea `main`, y al acabar revisa lo que
quedó a medias antes de cancelarlo como haría asyncio.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import heapq
import sys
import threading
from collections.abc import Callable, Coroutine
from time import thread_time
from typing import Any

from verificador.asincrono import detectores
from verificador.asincrono.control import (
    UMBRAL_BLOQUEO_REAL_S,
    UMBRAL_BLOQUEO_VIRTUAL_S,
    Abortar,
    Bloqueo,
    Control,
    reloj_real,
)
from verificador.asincrono.externas import POR_TURNOS, Externas
from verificador.asincrono.tareas import Task

# Espera real máxima por iteración cuando solo queda E/S real pendiente (s).
ESPERA_ES_REAL_S = 0.05

_hilo = threading.local()
# El callback con el que `asyncio.sleep(t > 0)` despierta a quien duerme.
_fin_de_sleep = asyncio.futures._set_result_unless_cancelled  # type: ignore[attr-defined]


def control_del_hilo() -> Control | None:
    """El Control del trabajo del ejecutor que corre en este hilo, si lo hay."""
    return getattr(_hilo, "control", None)


def bucle_en_paso() -> BucleControlado | None:
    """El bucle controlado de este hilo, si está corriendo un paso (un callback o una tarea)."""
    try:
        bucle = asyncio.get_running_loop()
    except RuntimeError:
        return None
    return bucle if isinstance(bucle, BucleControlado) and bucle.en_paso else None


def bucle_en_hilo(c: Control) -> None:
    """Un bucle de asyncio que corre dentro de un hilo (propio o del ejecutor): no se modela."""
    # sin línea del alumno en la pila (Thread(target=loop.run_forever)): donde se arrancó el hilo
    c.hilo_propio_en = c.linea_del_alumno() or c.inicios_hilos.get(trabajo_del_hilo())
    c.abortar("hilo_propio")


def _tarea_de(handle: asyncio.Handle) -> asyncio.Task[Any] | None:
    dueno = getattr(handle._callback, "__self__", None)  # type: ignore[attr-defined]
    return dueno if isinstance(dueno, asyncio.Task) else None


def clave_de_sueno() -> tuple[str, str]:
    """(clave, actor) del siguiente time.sleep del trabajo del ejecutor en este
    hilo: determinista aunque los hilos reales corran en cualquier orden."""
    n = getattr(_hilo, "suenos", 0)
    _hilo.suenos = n + 1
    trabajo = getattr(_hilo, "trabajo", 0)
    control = getattr(_hilo, "control", None)
    return f"h{trabajo}.{n}", control.nombre_hilo(trabajo) if control is not None else f"Hilo-{trabajo} (ejecutor)"


def trabajo_del_hilo() -> int:
    """El número del trabajo del ejecutor que corre en este hilo."""
    return int(getattr(_hilo, "trabajo", 0))


def _trazador_de_hilo(control: Control, trabajo: int) -> Any:
    """El `sys.settrace` de un hilo del ejecutor: cada línea y cada operación del
    código del alumno es un punto donde el trabajo puede ceder el turno."""
    turnos = control.turnos
    archivos, punto = control.archivos, turnos.punto
    instruccion = control.actualizaciones.instruccion

    def local(frame: Any, evento: str, _arg: object) -> Any:
        if evento == "line" or evento == "opcode":
            if turnos.terminado:
                # Se corta en la siguiente línea: lanzar desde un evento de
                # operación tumba a CPython 3.12.
                if evento == "line":
                    raise cortar_hilo()
                frame.f_trace_opcodes = False
                return local
            punto(trabajo)
            # ya con el turno: la instrucción se ejecuta ahora
            if evento == "opcode" and instruccion(trabajo, frame) and control.aborto is None:
                control.aborto = "carrera_hilos"  # el bucle lo ve al recuperar el turno
        return local

    def global_(frame: Any, _evento: str, _arg: object) -> Any:
        if frame.f_code.co_filename in archivos:
            frame.f_trace_opcodes = True
            return local
        return None

    return global_


def cortar_hilo() -> Abortar:
    """La excepción que corta un trabajo del ejecutor cuando la ejecución ya
    terminó. Antes se quita el rastreo de sus marcos: una excepción que cruza
    marcos con eventos de operación activos tumba a CPython 3.12."""
    sys.settrace(None)
    marco = sys._getframe(1)
    while marco is not None:
        marco.f_trace_opcodes = False
        marco.f_trace = None  # type: ignore[assignment]
        marco = marco.f_back  # type: ignore[assignment]
    return Abortar("terminado")


def _en_hilo(control: Control, trabajo: int, funcion: Callable[..., Any], *args: Any) -> Any:
    turnos = control.turnos
    if threading.get_ident() == turnos.hilo_bucle:
        return funcion(*args)  # un ejecutor que corre el trabajo en el propio hilo del bucle
    if not turnos.llegar(trabajo):
        raise Abortar("terminado")
    _hilo.control, _hilo.trabajo, _hilo.suenos = control, trabajo, 0
    sys.settrace(_trazador_de_hilo(control, trabajo))
    try:
        return funcion(*args)
    finally:
        sys.settrace(None)
        _hilo.control = None


class BucleControlado(asyncio.SelectorEventLoop):
    """Un bucle de asyncio cuyo reloj y cuyo orden decide el `Control`."""

    def __init__(self, control: Control) -> None:
        super().__init__()
        self._control = control
        self.en_paso = False
        self.bloqueo_en_paso = 0.0
        self.espera_en_paso = 0.0  # s reales que el paso esperó a los hilos del ejecutor
        self.de_asyncio_run = False  # lo corre `ejecutar` (asyncio.run), que revisa al terminar
        self._en_ruc = False  # run_forever llamado desde run_until_complete
        self.externas = Externas()  # lo que completa una espera desde fuera del bucle

    # --- reloj y tareas -----------------------------------------------------
    def time(self) -> float:
        return self._control.reloj

    def call_at(self, when: float, callback: Any, *args: Any, context: Any = None) -> Any:  # type: ignore[override]
        """Un temporizador. El de `asyncio.sleep(t > 0)`, que representa E/S o
        latencia, vence con la demora que elige la estrategia. Los plazos
        (`wait_for`, `timeout`, `wait(timeout=)`) y los `call_later` vencen
        exactamente a su hora: el reloj es monótono y dos plazos con la misma
        hora vencen en el orden en que se programaron, como en asyncio."""
        if callback is _fin_de_sleep:
            when += self._control.demora_temporizador(when - self._control.reloj)
        return super().call_at(when, callback, *args, context=context)

    def call_soon(self, callback: Any, *args: Any, context: Any = None) -> Any:  # type: ignore[override]
        """Como en asyncio; llamado desde otro hilo mientras el bucle corre (p. ej. un
        `asyncio.Event.set()` o `fut.set_result()` desde un hilo), el bucle no se
        entera: en CPython puede quedarse dormido para siempre (o romperse), y en modo
        depuración lanza RuntimeError. Aquí es una carrera, con la línea del alumno."""
        hilo = self._thread_id  # type: ignore[attr-defined]
        if hilo is not None and threading.get_ident() != hilo:
            c = self._control
            donde = c.linea_del_alumno()
            if donde is not None:  # lo pidió el código del alumno
                actor = c.nombre_hilo(trabajo_del_hilo()) if control_del_hilo() is c else \
                    threading.current_thread().name
                c.no_seguro_entre_hilos(actor, *donde)
        return super().call_soon(callback, *args, context=context)

    def create_task(self, coro: Any, **kwargs: Any) -> asyncio.Task[Any]:  # type: ignore[override]
        if self._task_factory is None:  # type: ignore[attr-defined]
            # Lo mismo que BaseEventLoop.create_task (3.10-3.13), con nuestra Task.
            self._check_closed()  # type: ignore[attr-defined]
            tarea: asyncio.Task[Any] = Task(coro, loop=self, **kwargs)
            if tarea._source_traceback:  # type: ignore[attr-defined]
                del tarea._source_traceback[-1]  # type: ignore[attr-defined]
        else:
            tarea = super().create_task(coro, **kwargs)
        self._control.registrar_tarea(tarea)
        return tarea

    def run_until_complete(self, future: Any) -> Any:
        """Como en asyncio; la corrutina de primer nivel (el estilo
        `loop.run_until_complete(main())` sin `asyncio.run`) se llama `main`."""
        if asyncio.iscoroutine(future):
            tarea = self.create_task(future)
            if "main" not in self._control.nombres.values():
                self._control.nombres[id(tarea)] = "main"
            future = tarea
        self._en_ruc = True
        try:
            return super().run_until_complete(future)
        finally:
            self._en_ruc = False

    def run_forever(self) -> None:
        """Como en asyncio (también lo usa run_until_complete). Al volver, con el
        estilo antiguo (`run_until_complete`, o `run_forever` y `loop.stop()`), lo
        que quede con trabajo solo se hará si el programa vuelve a correr el
        bucle: se mira al terminar el script."""
        if control_del_hilo() is self._control:
            bucle_en_hilo(self._control)  # el bucle en un hilo de fondo: no se modela
        try:
            super().run_forever()
        finally:
            if not self.de_asyncio_run and self._control.aborto is None and not self._control.cerrando:
                self._control.tras_bucle = detectores.con_trabajo(self._control, self)
                self._control.ultima_vuelta = "run_until_complete" if self._en_ruc else "run_forever"

    def run_in_executor(self, executor: Any, func: Callable[..., Any], *args: Any) -> Any:
        self._check_closed()  # type: ignore[attr-defined]
        if executor is None:
            executor = self._default_executor  # type: ignore[attr-defined]
            self._check_default_executor()  # type: ignore[attr-defined]
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        if isinstance(executor, concurrent.futures.ProcessPoolExecutor):
            return super().run_in_executor(executor, func, *args)  # otro proceso: sin turnos
        control = self._control
        turnos = control.turnos
        turnos.hilo_bucle = threading.get_ident()
        capacidad = getattr(executor, "_max_workers", None)
        trabajo = turnos.nuevo(executor, capacidad if isinstance(capacidad, int) else None)
        control.trabajos_ejecutor += 1
        try:
            futuro_c = executor.submit(_en_hilo, control, trabajo, func, *args)
        except BaseException:
            turnos.terminar(trabajo)
            raise
        setattr(futuro_c, POR_TURNOS, True)
        futuro = asyncio.wrap_future(futuro_c, loop=self)
        control.futuros_ejecutor.append(futuro)
        # Después del callback de wrap_future: el resultado ya está en la cola de
        # listos cuando el trabajo devuelve el turno.
        futuro_c.add_done_callback(lambda _f: turnos.terminar(trabajo))
        return futuro

    async def shutdown_default_executor(self, timeout: float | None = None) -> None:
        """Cierra el ejecutor sin temporizadores: con tiempo virtual, el plazo de
        asyncio (300 s) vencería al instante."""
        self._executor_shutdown_called = True
        executor = self._default_executor  # type: ignore[attr-defined]
        if executor is None:
            return
        self._default_executor = None
        executor.shutdown(wait=self._acabar_trabajos())

    def _acabar_trabajos(self) -> bool:
        """Como `executor.shutdown(wait=True)`: los trabajos del ejecutor acaban
        (con el bucle parado, el reloj solo avanza hasta sus despertares). False
        si alguno no puede acabar (espera algo que ya no llegará)."""
        c = self._control
        inicio, inicio_real = c.reloj, reloj_real()
        try:
            while True:
                c.correr_hilos(False)
                if not c.turnos.pendientes():
                    return True
                proximo = c.turnos.proximo_despertar()
                if proximo is None:
                    return False
                c.reloj = max(c.reloj, proximo)
                c.turnos.despertar(c.reloj)
        finally:
            self.bloqueo_en_paso += c.reloj - inicio  # no es un bloqueo del alumno
            self.espera_en_paso += reloj_real() - inicio_real  # ni lo que tardan los hilos

    def call_exception_handler(self, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if self._control.terminado or exc is None or isinstance(exc, Abortar):
            return
        if isinstance(exc, asyncio.CancelledError):
            # El eco de una cancelación (p. ej. el futuro de un gather que nadie
            # esperó cuando se cancelan sus hijas): no es un error del alumno; si
            # se perdió trabajo, lo dicen las tareas que seguían trabajando.
            return
        dueno = context.get("task") or context.get("future")
        actor = self._control.nombre_de(dueno) if dueno is not None else self._control.actor
        self._control.perdidas.append((actor, exc))

    # --- el corazón ---------------------------------------------------------
    def _procesar_es(self, espera: float) -> None:
        self._process_events(self._selector.select(espera))  # type: ignore[attr-defined]

    def _podar_temporizadores(self) -> None:
        programados = self._scheduled  # type: ignore[attr-defined]
        while programados and programados[0]._cancelled:
            self._timer_cancelled_count -= 1  # type: ignore[attr-defined]
            h = heapq.heappop(programados)
            h._scheduled = False

    def _fuentes_externas(self) -> bool:
        """E/S real registrada (además del canal propio del bucle), o algo que un hilo de
        fuera aún completará (externas.py)."""
        return len(self._selector.get_map()) > 1 or self.externas.pendientes()  # type: ignore[attr-defined]

    async def _make_subprocess_transport(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        transporte = await super()._make_subprocess_transport(*args, **kwargs)  # type: ignore[misc]
        self.externas.anotar_proceso(transporte)
        return transporte

    def _proximo_evento(self) -> float | None:
        candidatos = []
        if self._scheduled:  # type: ignore[attr-defined]
            candidatos.append(self._scheduled[0]._when)  # type: ignore[attr-defined]
        despertar = self._control.turnos.proximo_despertar()
        if despertar is not None:
            candidatos.append(despertar)
        return min(candidatos) if candidatos else None

    def _run_once(self) -> None:
        c = self._control
        if c.aborto is not None:
            raise Abortar(c.aborto)
        self._procesar_es(0)
        self._podar_temporizadores()
        listos: collections.deque[asyncio.Handle] = self._ready  # type: ignore[attr-defined]
        while listos and listos[0]._cancelled:  # type: ignore[attr-defined]
            listos.popleft()
        # Los hilos del ejecutor, por turnos: con callbacks listos, la semilla puede
        # volver al bucle antes de que paren todos (un paso del bucle entre dos
        # trozos de un hilo); sin ellos, corren hasta que ninguno pueda seguir.
        c.correr_hilos(puede_volver=bool(listos))
        self._procesar_es(0)
        while listos and listos[0]._cancelled:  # type: ignore[attr-defined]
            listos.popleft()
        if not listos:
            if self._stopping:  # type: ignore[attr-defined]
                return
            proximo = self._proximo_evento()
            if proximo is None:
                if self._fuentes_externas() and not c.limite_real_superado():
                    self._procesar_es(ESPERA_ES_REAL_S)
                    return
                c.bloqueados = detectores.describir_bloqueados(c)
                c.abortar("interbloqueo" if not c.limite_real_superado() else "tiempo_real")
            if proximo > c.reloj:
                c.reloj = proximo
            if c.reloj > c.tiempo_max_virtual:
                c.abortar("tiempo_virtual")
            # Los hilos cuyo sueño vence ahora corren por turnos, en el orden que
            # elige la semilla: qué hilo termina antes no depende del sistema.
            c.turnos.despertar(c.reloj)
            c.correr_hilos(puede_volver=False)
            self._procesar_es(0)
        programados = self._scheduled  # type: ignore[attr-defined]
        while programados and programados[0]._when <= c.reloj:
            h = heapq.heappop(programados)
            h._scheduled = False
            listos.append(h)
        while listos and listos[0]._cancelled:  # type: ignore[attr-defined]
            listos.popleft()
        if not listos:
            return
        handle = listos.popleft()
        self._correr(handle, _tarea_de(handle))

    def _correr(self, handle: asyncio.Handle, tarea: asyncio.Task[Any] | None) -> None:
        c = self._control
        c.pasos += 1
        if c.pasos > c.max_pasos:
            c.abortar("pasos")
        c.actor = c.nombre_de(tarea) if tarea is not None else "callback"
        c.lecturas_en_paso = 0
        if c.trazador is not None:
            c.trazador.lineas_en_paso = 0
        inicio_virtual, inicio_real = c.reloj, reloj_real()
        self.en_paso, self.bloqueo_en_paso, self.espera_en_paso = True, 0.0, 0.0
        cpu = thread_time()
        c.paso_real = inicio_real
        try:
            handle._run()  # type: ignore[attr-defined]
        finally:
            self.en_paso = False
            c.paso_real = None
            if c.trazador is not None:
                c.trazador.cerrar_paso()
            c.lecturas.paso_de(tarea)
        if c.aborto is not None:
            raise Abortar(c.aborto)
        activo = (c.reloj - inicio_virtual) - self.bloqueo_en_paso
        real = reloj_real() - inicio_real
        # Solo cuenta el tiempo real en que el hilo NO calculaba (una llamada
        # bloqueante): un cálculo lento por la carga de la máquina no es un bloqueo.
        parado = real - (thread_time() - cpu) - self.espera_en_paso
        if activo >= UMBRAL_BLOQUEO_VIRTUAL_S or parado >= UMBRAL_BLOQUEO_REAL_S:
            donde = detectores.ultima_linea_de(c, c.actor)
            if donde is not None:
                es_real = activo < UMBRAL_BLOQUEO_VIRTUAL_S
                c.bloqueos.append(
                    Bloqueo(
                        actor=c.actor,
                        archivo=donde[0],
                        linea=donde[1],
                        segundos=parado if es_real else activo,
                        real=es_real,
                        llamada="una llamada bloqueante (E/S)" if es_real else "una espera activa",
                    )
                )


def ejecutar(
    control: Control,
    principal: Coroutine[Any, Any, Any],
    *,
    debug: bool | None = None,
    **_otros: Any,
) -> Any:
    """Lo que hace `asyncio.run(principal)`, sobre un bucle controlado."""
    if asyncio.events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not asyncio.iscoroutine(principal):
        raise ValueError(f"a coroutine was expected, got {principal!r}")
    bucle = BucleControlado(control)
    bucle.de_asyncio_run = True
    asyncio.set_event_loop(bucle)
    try:
        if debug is not None:
            bucle.set_debug(debug)
        tarea = bucle.create_task(principal)
        control.nombres[id(tarea)] = "main"
        try:
            return bucle.run_until_complete(tarea)
        finally:
            if control.aborto is None:
                control.fin_main = control.reloj
                detectores.revisar_al_terminar(control, bucle)
                control.cerrando = True
                try:
                    _cancelar_restantes(bucle)
                    bucle.run_until_complete(bucle.shutdown_asyncgens())
                    bucle.run_until_complete(bucle.shutdown_default_executor())
                finally:
                    control.cerrando = False
            else:
                descartar_tareas(control)
    finally:
        asyncio.set_event_loop(None)
        bucle.close()


def _cancelar_restantes(bucle: asyncio.AbstractEventLoop) -> None:
    pendientes = asyncio.all_tasks(bucle)
    if not pendientes:
        return
    for t in pendientes:
        t.cancel()
    bucle.run_until_complete(asyncio.gather(*pendientes, return_exceptions=True))
    for t in pendientes:
        if not t.cancelled() and t.exception() is not None:
            bucle.call_exception_handler(
                {"message": "excepción al cancelar la tarea", "exception": t.exception(), "task": t}
            )


def descartar_tareas(control: Control) -> None:
    """Tras cortar una ejecución: cierra las corrutinas pendientes sin volver a
    correr el bucle, para que no queden avisos ni código del alumno para el GC."""
    control.liberar_hilos()
    for t in control.tareas:
        if not t.done():
            t._log_destroy_pending = False  # type: ignore[attr-defined]
            # El alumno puede lanzar cualquier cosa al cerrarse: se ignora.
            with contextlib.suppress(BaseException):
                t.get_coro().close()  # type: ignore[union-attr]
        else:
            t._log_traceback = False  # type: ignore[attr-defined]
