"""Los parches que se instalan mientras se explora, y se retiran después.

- `asyncio.run` y la política de bucles: el código del alumno, sin tocar, corre
  sobre el `BucleControlado` (también `asyncio.new_event_loop()` y `Runner`).
- `time.sleep/time/monotonic/perf_counter` (y sus `_ns`): el reloj virtual. Un
  `time.sleep` dentro de un paso del bucle avanza el reloj y queda apuntado
  como bloqueo, con la línea del alumno; en un hilo del ejecutor duerme en
  tiempo virtual; en cualquier otro hilo duerme de verdad. Lo mismo un
  `threading.Event().wait(t)` sin poner dentro de un paso del bucle.
- `asyncio.Lock.acquire/release`: apuntan quién tiene cada candado, para decir
  quién tiene lo que espera una tarea bloqueada.
- `threading.Lock()` del alumno, y el candado con el que espera
  `threading.Condition` (Event, Semaphore, queue.Queue) en un hilo del
  ejecutor: un `CandadoDeHilos` (candados.py), que no cuelga el bucle cuando
  un hilo del ejecutor espera a otro.
- `warnings._warn_unawaited_coroutine`: la función a la que llama CPython al
  destruir una corrutina que nadie esperó; se apunta con su origen.

Solo hay un `Control` activo a la vez (`_actual`), el de la ejecución en curso.
"""

from __future__ import annotations

import asyncio
import asyncio.events
import asyncio.runners
import contextlib
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

from verificador.asincrono import bucle as _bucle
from verificador.asincrono import esperas_reales, externas, hilos_propios
from verificador.asincrono.candados import CandadoDeHilos, CandadoReentrante
from verificador.asincrono.control import Bloqueo, Control, NoEsperada

# Profundidad con la que se recuerda dónde se creó cada corrutina (marcos).
PROFUNDIDAD_ORIGEN = 12
# Origen del reloj virtual para time.time() (segundos desde 1970): fijo, para repetir.
EPOCA_VIRTUAL = 1_700_000_000.0
# Origen de time.monotonic()/perf_counter() virtuales (s).
ORIGEN_MONOTONO = 1000.0

_actual: Control | None = None
_hilo_explorador: int | None = None

_sleep_real = time.sleep
_time_real = time.time
_monotonic_real = time.monotonic
_perf_counter_real = time.perf_counter
_time_ns_real = time.time_ns
_monotonic_ns_real = time.monotonic_ns
_perf_counter_ns_real = time.perf_counter_ns
_lock_original = threading.Lock
_start_original = threading.Thread.start
_join_original = threading.Thread.join
_is_alive_original = threading.Thread.is_alive
_rlock_original = threading.RLock
_event_wait_original = threading.Event.wait
_allocate_lock_original = threading._allocate_lock  # type: ignore[attr-defined]
_acquire_original = asyncio.Lock.acquire
_release_original = asyncio.Lock.release


def activar(control: Control | None) -> None:
    """Fija el Control de la ejecución en curso (None entre ejecuciones)."""
    global _actual
    _actual = control
    if control is not None and isinstance(asyncio.events._event_loop_policy, _Politica):  # type: ignore[attr-defined]
        # Una política nueva por ejecución: `asyncio.get_event_loop()` no debe
        # devolver el bucle (ya cerrado) de la ejecución anterior.
        asyncio.events._event_loop_policy = _Politica()  # type: ignore[attr-defined]


def _en_bucle() -> Control | None:
    """El Control si estamos en el hilo que explora."""
    if _actual is not None and threading.get_ident() == _hilo_explorador:
        return _actual
    return None


def _bucle_en_marcha() -> bool:
    return asyncio.events._get_running_loop() is not None


def _bucle_en_paso() -> bool:
    return _bucle.bucle_en_paso() is not None


def _bloquear(c: Control, segundos: float, llamada: str, nombre: str) -> None:
    """Un paso del bucle se queda `segundos` en una llamada bloqueante: el reloj avanza y,
    con `segundos > 0`, queda apuntado como bloqueo en la línea del alumno."""
    bucle = _bucle.bucle_en_paso()
    if bucle is not None and segundos > 0:
        bucle.bloqueo_en_paso += segundos
        donde = c.linea_del_alumno()
        if donde is not None:
            c.bloqueos.append(Bloqueo(c.actor, donde[0], donde[1], segundos, False, llamada))
            c.anotar(c.actor, donde[0], donde[1],
                     f"bloqueó el bucle de eventos {segundos:g} s con {nombre}")
    c.reloj += segundos


def _sleep(segundos: float) -> None:
    segundos = float(segundos)
    if segundos < 0:
        raise ValueError("sleep length must be non-negative")
    c = _en_bucle()
    if c is not None:
        _bloquear(c, segundos, f"time.sleep({segundos:g})", "time.sleep")
        return
    de_hilo = _bucle.control_del_hilo()
    if de_hilo is not None:
        if de_hilo.terminado:
            return
        clave, actor = _bucle.clave_de_sueno()
        despertar = de_hilo.despertar_de_sueno(segundos, clave, actor)
        de_hilo.turnos.dormir(_bucle.trabajo_del_hilo(), despertar, clave)
        return
    _sleep_real(segundos)


def _esperar_evento(self: threading.Event, timeout: float | None = None) -> bool:
    """`threading.Event.wait(timeout)` sin poner, en un paso del bucle: bloquea el bucle
    como un `time.sleep(timeout)` (solo otro hilo podría ponerlo antes; en el bucle
    controlado, mientras dura el paso, ningún otro corre por turnos)."""
    c = _en_bucle()
    if c is None or timeout is None or self.is_set() or not _bucle_en_paso():
        return _event_wait_original(self, timeout)
    segundos = max(0.0, float(timeout))
    _bloquear(c, segundos, f"threading.Event().wait({segundos:g})", "threading.Event.wait")
    return self.is_set()


def _lectura() -> float | None:
    c = _en_bucle()
    if c is not None:
        return c.leer_reloj(_bucle_en_paso())
    de_hilo = _bucle.control_del_hilo()
    if de_hilo is not None:
        return de_hilo.reloj
    return None


def _time() -> float:
    v = _lectura()
    return _time_real() if v is None else EPOCA_VIRTUAL + v


def _monotonic() -> float:
    v = _lectura()
    return _monotonic_real() if v is None else ORIGEN_MONOTONO + v


def _perf_counter() -> float:
    v = _lectura()
    return _perf_counter_real() if v is None else ORIGEN_MONOTONO + v


def _time_ns() -> int:
    v = _lectura()
    return _time_ns_real() if v is None else int((EPOCA_VIRTUAL + v) * 1e9)


def _monotonic_ns() -> int:
    v = _lectura()
    return _monotonic_ns_real() if v is None else int((ORIGEN_MONOTONO + v) * 1e9)


def _perf_counter_ns() -> int:
    v = _lectura()
    return _perf_counter_ns_real() if v is None else int((ORIGEN_MONOTONO + v) * 1e9)



async def _acquire(self: asyncio.Lock) -> bool:
    resultado = await _acquire_original(self)
    if _actual is not None:
        _actual.duenos[id(self)] = asyncio.current_task()
    return resultado


def _release(self: asyncio.Lock) -> None:
    _release_original(self)
    if _actual is not None:
        _actual.duenos.pop(id(self), None)


def _no_esperada(coro: Any) -> None:
    c = _actual
    if c is None or c.terminado:
        return
    codigo = getattr(coro, "cr_code", None)
    archivo, linea = None, None
    for origen in getattr(coro, "cr_origin", None) or ():
        if origen[0] in c.archivos:
            archivo, linea = origen[0], origen[1]
            break
    if archivo is None and (codigo is None or codigo.co_filename not in c.archivos):
        return  # una corrutina de una biblioteca: no es cosa del alumno
    nombre = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", "?")
    c.no_esperadas.append(NoEsperada(nombre, archivo, linea, c.actor))
    if archivo is not None and linea is not None:
        c.anotar(c.actor, archivo, linea, f"crea la corrutina {nombre}() y nadie la espera")


def _del_alumno(c: Control, profundidad: int = 2, marcos: int = 2) -> bool:
    """¿Lo crea el código del alumno (directamente, o un Event, Condition,
    Semaphore o queue.Queue suyo)? Se mira quién llamó y, hasta `marcos` en
    total, quién llamó a ese (`profundidad`: marcos desde este hasta quien llamó)."""
    marco = sys._getframe(profundidad)
    vistos = 0  # los marcos de este módulo (`_esperar_evento`) no cuentan
    while marco is not None and vistos < marcos:
        if marco.f_code.co_filename in c.archivos:
            return True
        if marco.f_code.co_filename != __file__:
            vistos += 1
        marco = marco.f_back
    return False


def _lock(*args: Any, **kwargs: Any) -> Any:
    """threading.Lock(): el del alumno es un `CandadoDeHilos` (en un hilo del
    ejecutor, su espera es por turnos); los demás, el real."""
    c = _actual
    if c is not None and not args and not kwargs and _del_alumno(c):
        return CandadoDeHilos(c)
    return _lock_original(*args, **kwargs)


def _rlock(*args: Any, **kwargs: Any) -> Any:
    """threading.RLock(): el del alumno (también el de su `Condition()`) es un
    `CandadoReentrante`; los demás, el real."""
    c = _actual
    if c is not None and not args and not kwargs and _del_alumno(c):
        return CandadoReentrante(c)
    return _rlock_original(*args, **kwargs)


# Marcos de biblioteca entre una espera en el hilo del bucle y el código del alumno que la pidió.
MARCOS_ESPERA_DE_BIBLIOTECA = 8


def _allocate_lock() -> Any:
    """El candado de espera de `threading.Condition.wait` (y de Event, Semaphore,
    queue.Queue, que esperan con una Condition): en un hilo del ejecutor, un
    `CandadoDeHilos`, así esperar a otro hilo no cuelga el bucle. En el hilo del
    bucle, con hilos pendientes, dentro de un paso o sin bucle en marcha (el
    módulo espera a un hilo propio), también (uno atado a la ejecución): el
    bucle queda bloqueado mientras corren los hilos, como en CPython, en vez de
    esperar a un hilo que espera su turno. Sin bucle en marcha, vale también
    para la espera de una biblioteca a la que llamó el alumno
    (`servidor.shutdown()` espera un Event que pone el hilo de `serve_forever`);
    dentro de un paso, solo para las suyas (las de un ejecutor de la biblioteca
    esperan a sus propios hilos, que no van por turnos)."""
    if _bucle.control_del_hilo() is not None:
        return CandadoDeHilos()
    c = _en_bucle()
    if c is not None and c.turnos.pendientes():
        if _bucle_en_paso() and _del_alumno(c, 3):
            return CandadoDeHilos(c)
        if not _bucle_en_marcha() and _del_alumno(c, 3, MARCOS_ESPERA_DE_BIBLIOTECA):
            return CandadoDeHilos(c)
    return _allocate_lock_original()


class _Politica(asyncio.DefaultEventLoopPolicy):  # type: ignore[misc,valid-type]
    def new_event_loop(self) -> asyncio.AbstractEventLoop:
        if _actual is None:
            return super().new_event_loop()
        if _bucle.control_del_hilo() is _actual:
            _bucle.bucle_en_hilo(_actual)  # un bucle dentro de un hilo: no se modela
        return _bucle.BucleControlado(_actual)


def _start(self: threading.Thread) -> None:
    """Thread.start(): un hilo que arranca el propio programa corre por turnos
    (hilos_propios.py); los que arranca una biblioteca (los del ejecutor), tal cual."""
    c = _actual
    llamador = sys._getframe(1)
    if c is not None and llamador.f_code.co_filename in c.archivos:
        hilos_propios.arrancar(c, self, _start_original, (llamador.f_code.co_filename, llamador.f_lineno))
        return
    _start_original(self)


def _join(self: threading.Thread, timeout: float | None = None) -> None:
    c = _actual
    numero = hilos_propios.numero_de(c, self) if c is not None else None
    if c is None or numero is None:
        _join_original(self, timeout)
        return
    hilos_propios.unir(c, self, numero, timeout, _join_original)


def _is_alive(self: threading.Thread) -> bool:
    c = _actual
    numero = hilos_propios.numero_de(c, self) if c is not None else None
    if c is None or numero is None:
        return bool(_is_alive_original(self))
    return not hilos_propios.terminado(c, numero)


def _run(principal: Any, **opciones: Any) -> Any:
    if _actual is None or threading.get_ident() != _hilo_explorador:
        return _run_original(principal, **opciones)
    if asyncio.events._get_running_loop() is not None or not asyncio.iscoroutine(principal):
        # El error de uso lo lanza el asyncio de verdad (RuntimeError dentro de otro bucle,
        # ValueError si no es una corrutina): es del programa, no del verificador.
        return _run_original(principal, **opciones)
    return _bucle.ejecutar(_actual, principal, **opciones)


_run_original = asyncio.runners.run


@contextlib.contextmanager
def instalados() -> Iterator[None]:
    """Instala todos los parches durante el bloque y los retira siempre al salir."""
    global _hilo_explorador
    anteriores_time = {
        n: getattr(time, n)
        for n in (
            "sleep",
            "time",
            "monotonic",
            "perf_counter",
            "time_ns",
            "monotonic_ns",
            "perf_counter_ns",
        )
    }
    run_asyncio, run_runners = asyncio.run, asyncio.runners.run
    politica = asyncio.events._event_loop_policy  # type: ignore[attr-defined]
    aviso = getattr(warnings, "_warn_unawaited_coroutine", None)
    profundidad = sys.get_coroutine_origin_tracking_depth()
    _hilo_explorador = threading.get_ident()
    try:
        time.sleep, time.time, time.monotonic = _sleep, _time, _monotonic
        time.perf_counter, time.time_ns = _perf_counter, _time_ns
        time.monotonic_ns, time.perf_counter_ns = _monotonic_ns, _perf_counter_ns
        asyncio.run = asyncio.runners.run = _run
        asyncio.events._event_loop_policy = _Politica()  # type: ignore[attr-defined]
        asyncio.Lock.acquire = _acquire  # type: ignore[method-assign]
        asyncio.Lock.release = _release  # type: ignore[method-assign]
        threading.Lock = _lock  # type: ignore[misc,assignment]
        threading.RLock = _rlock  # type: ignore[misc,assignment]
        threading._allocate_lock = _allocate_lock  # type: ignore[attr-defined]
        threading.Thread.start = _start  # type: ignore[method-assign]
        threading.Thread.join = _join  # type: ignore[method-assign]
        threading.Thread.is_alive = _is_alive  # type: ignore[method-assign]
        threading.Event.wait = _esperar_evento  # type: ignore[method-assign]
        warnings._warn_unawaited_coroutine = _no_esperada  # type: ignore[attr-defined]
        sys.set_coroutine_origin_tracking_depth(PROFUNDIDAD_ORIGEN)
        with esperas_reales.instaladas(lambda: _actual), externas.instaladas():
            yield
    finally:
        sys.set_coroutine_origin_tracking_depth(profundidad)
        if aviso is not None:
            warnings._warn_unawaited_coroutine = aviso  # type: ignore[attr-defined]
        asyncio.Lock.acquire = _acquire_original  # type: ignore[method-assign]
        asyncio.Lock.release = _release_original  # type: ignore[method-assign]
        threading.Lock = _lock_original  # type: ignore[misc]
        threading.RLock = _rlock_original  # type: ignore[misc]
        threading._allocate_lock = _allocate_lock_original  # type: ignore[attr-defined]
        threading.Thread.start = _start_original  # type: ignore[method-assign]
        threading.Thread.join = _join_original  # type: ignore[method-assign]
        threading.Thread.is_alive = _is_alive_original  # type: ignore[method-assign]
        threading.Event.wait = _event_wait_original  # type: ignore[method-assign]
        asyncio.events._event_loop_policy = politica  # type: ignore[attr-defined]
        asyncio.run, asyncio.runners.run = run_asyncio, run_runners
        for n, f in anteriores_time.items():
            setattr(time, n, f)
        activar(None)
        _hilo_explorador = None
