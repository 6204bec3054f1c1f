"""Instrumentación que corre DENTRO de cada proceso del intento del alumno.

La instala `arranque/sitecustomize.py` al arrancar el intérprete, solo cuando el
ejecutor de procesos puso `VERIFICADOR_PROCESOS_DIR` en el entorno. Hace cinco
cosas, todas baratas y ninguna visible para el programa del alumno:

1. Registro: escribe `inicio-<pid>.json` al arrancar y `fin-<pid>.json` (con el
   código de salida y el nombre del proceso) al terminar un hijo de
   multiprocessing; `alumno-<pid>.json` la primera vez que el proceso ejecuta
   una función del alumno. Con eso el ejecutor cuenta los procesos que de verdad
   trabajaron (para el veredicto `trampa`) y sabe el estado de cada uno.
2. Pilas: `faulthandler` vuelca la pila de todos los hilos en `pila-<pid>.txt`
   al recibir SIGUSR1; el ejecutor la pide antes de matar un intento colgado.
3. Vigía: un hilo de bajo nivel que termina el proceso si su padre muere, para
   que ningún hijo sobreviva a un juez interrumpido.
4. Perturbación sembrada de `multiprocessing.Value` (solo con semilla): tras una
   lectura de `.value` hecha desde el código del alumno SIN tener el candado,
   el proceso espera (acotado) a que otro proceso escriba el valor. Así la
   ventana entre la lectura y la escritura de `valor.value += 1` se solapa con
   la de otro proceso en cada ejecución, también con un solo núcleo, mientras
   que quien lee y escribe dentro de `with valor.get_lock():` no espera nunca.
5. Perturbación sembrada de `multiprocessing.Queue.put` desde el código del
   alumno: pequeños retrasos que hacen que `empty()` diga «vacía» aunque el
   productor aún no haya terminado (como pasa en una máquina cargada).

Invariante: sin semilla no se altera ningún tiempo; con semilla, un programa
correcto da el mismo resultado (solo puede tardar un poco más).
"""

from __future__ import annotations

import _thread
import faulthandler
import json
import os
import random
import signal
import sys
import time
from pathlib import Path
from types import FrameType
from typing import Any

# Perturbation budget (seconds, per process): total time a process may spend waiting.
PRESUPUESTO_ESPERA_S = 0.4
# Longest wait after one unlocked read for another process to write (seconds).
ESPERA_LECTURA_S = (0.015, 0.040)
# How long a process waits, once, for another process to be running student code.
ESPERA_ENCUENTRO_S = 2.0
# Queue.put delays: probability and range (seconds), per put from student code.
PROB_RETRASO_PUT = 0.5
RETRASO_PUT_S = (0.002, 0.015)
# How often the watchdog thread checks that the parent is still alive (seconds).
PERIODO_VIGIA_S = 0.2

_dir: Path | None = None
_alumno: frozenset[str] = frozenset()
_raiz = 0
_semilla: str | None = None
_rng: random.Random | None = None
_gastado = 0.0
_encuentro_hecho = False
_marcado = False
_carreras = 0
_NADA = object()
# Lost updates recorded per process as evidence (files carrera-<pid>-<n>.json).
MAX_CARRERAS = 3


def instalar() -> None:
    """Instala todo según las variables de entorno. Idempotente."""
    global _dir, _alumno, _raiz, _semilla
    if _dir is not None:
        return
    _dir = Path(os.environ["VERIFICADOR_PROCESOS_DIR"])
    rutas = [r for r in os.environ.get("VERIFICADOR_PROCESOS_ALUMNO", "").split(os.pathsep) if r]
    _alumno = frozenset(rutas) | frozenset(os.path.realpath(r) for r in rutas)
    _raiz = int(os.environ.get("VERIFICADOR_PROCESOS_RAIZ", "0") or 0)
    _semilla = os.environ.get("VERIFICADOR_PROCESOS_SEMILLA") or None
    if not _raiz:
        # The first instrumented process is the driver: children inherit its pid.
        _raiz = os.getpid()
        os.environ["VERIFICADOR_PROCESOS_RAIZ"] = str(_raiz)
    _escribir(
        f"inicio-{os.getpid()}.json",
        {"pid": os.getpid(), "ppid": os.getppid(), "rol": _rol(), "t": time.time()},
    )
    pila = open(_dir / f"pila-{os.getpid()}.txt", "w")  # noqa: SIM115 - lives as long as the process
    faulthandler.register(signal.SIGUSR1, file=pila, all_threads=True, chain=False)
    # The creator's pid comes from the environment it passed down: if it already
    # died while we were starting, getppid() would name our adopter instead.
    padre = int(os.environ.get("VERIFICADOR_PROCESOS_PADRE") or os.getppid())
    os.environ["VERIFICADOR_PROCESOS_PADRE"] = str(os.getpid())
    _thread.start_new_thread(_vigia, (padre,))
    if _alumno:
        sys.settrace(_rastreo)
        import threading

        threading.settrace(_rastreo)
    if "--multiprocessing-fork" in sys.argv:
        _envolver_main_de_spawn()
    if _semilla is not None:
        _perturbar()


def _rol() -> str:
    argv = getattr(sys, "argv", [])
    if "--multiprocessing-fork" in argv:
        return "hijo"
    if argv and argv[0] == "-c":
        return "auxiliar"  # resource tracker, forkserver...
    return "principal" if os.getpid() == _raiz else "otro"


def _escribir(nombre: str, datos: dict[str, Any]) -> None:
    assert _dir is not None
    tmp = _dir / f".{nombre}.tmp"
    try:
        tmp.write_text(json.dumps(datos), encoding="utf-8")
        os.replace(tmp, _dir / nombre)
    except OSError:
        pass  # the directory is gone: the judge already gave up on us


def _nombre_proceso() -> str:
    mp = sys.modules.get("multiprocessing")
    if mp is None:
        return "MainProcess"
    try:
        return str(mp.current_process().name)
    except Exception:
        return "?"


def _vigia(ppid: int) -> None:
    while True:
        if os.getppid() != ppid:
            os._exit(70)
        time.sleep(PERIODO_VIGIA_S)


def _rastreo(frame: FrameType, evento: str, arg: object) -> None:
    """Tracer de llamadas: marca la primera función del alumno y se retira."""
    global _marcado
    codigo = frame.f_code
    es_funcion_del_alumno = codigo.co_filename in _alumno and codigo.co_name != "<module>"
    if evento == "call" and es_funcion_del_alumno and not _marcado:
        _marcado = True
        _escribir(
            f"alumno-{os.getpid()}.json",
            {"pid": os.getpid(), "nombre": _nombre_proceso(), "funcion": codigo.co_name},
        )
        sys.settrace(None)
        import threading

        threading.settrace(None)  # type: ignore[arg-type]
    return None


def _envolver_main_de_spawn() -> None:
    import multiprocessing.spawn as spawn

    original = spawn._main  # type: ignore[attr-defined]

    def _main(*args: Any, **kwargs: Any) -> int:
        codigo = original(*args, **kwargs)
        _escribir(
            f"fin-{os.getpid()}.json",
            {"pid": os.getpid(), "nombre": _nombre_proceso(), "codigo_salida": codigo},
        )
        return int(codigo)

    spawn._main = _main  # type: ignore[attr-defined]


# --- seeded perturbation ---------------------------------------------------


def _generador() -> random.Random:
    global _rng
    if _rng is None:
        _rng = random.Random(f"{_semilla}:{_nombre_proceso()}")
    return _rng


def _desde_el_alumno(profundidad: int) -> bool:
    try:
        return sys._getframe(profundidad + 1).f_code.co_filename in _alumno
    except ValueError:
        return False


def _otros_activos() -> bool:
    """¿Hay otro proceso hijo ejecutando código del alumno ahora mismo?"""
    assert _dir is not None
    yo = os.getpid()
    for marca in _dir.glob("alumno-*.json"):
        pid = int(marca.stem.split("-")[1])
        if pid not in (yo, _raiz) and not (_dir / f"fin-{pid}.json").exists():
            return True
    return False


def _esperar_escritura(sincronizado: Any, leido: object) -> object:
    """Tras una lectura sin candado, espera a que otro proceso escriba (acotado).

    Devuelve el valor que escribió otro proceso durante la espera, o `_NADA`.
    """
    global _gastado, _encuentro_hecho
    if _gastado >= PRESUPUESTO_ESPERA_S or os.getpid() == _raiz:
        return _NADA
    inicio = time.monotonic()
    if not _encuentro_hecho:
        _encuentro_hecho = True
        limite = inicio + ESPERA_ENCUENTRO_S
        while not _otros_activos() and time.monotonic() < limite:
            time.sleep(0.002)
    inicio = time.monotonic()  # the one-off rendezvous does not count against the budget
    limite = inicio + _generador().uniform(*ESPERA_LECTURA_S)
    crudo = sincronizado.get_obj()
    visto: object = _NADA
    while time.monotonic() < limite:
        try:
            if crudo.value != leido:
                visto = crudo.value
                break
        except Exception:
            break
        time.sleep(0.001)
    _gastado += time.monotonic() - inicio
    return visto


def _anotar_carrera(leido: object, visto: object, escrito: object, marco: FrameType) -> None:
    """Deja constancia de una actualización perdida: la prueba para la línea de tiempo."""
    global _carreras
    if _carreras >= MAX_CARRERAS:
        return
    _carreras += 1
    codigo = marco.f_code
    _escribir(
        f"carrera-{os.getpid()}-{_carreras}.json",
        {
            "actor": _nombre_proceso(),
            "archivo": codigo.co_filename,
            "linea": marco.f_lineno,
            "leido": repr(leido),
            "visto": repr(visto),
            "escrito": repr(escrito),
        },
    )


def _tengo_el_candado(sincronizado: Any) -> bool:
    candado = sincronizado.get_lock()
    semlock = getattr(candado, "_semlock", None)
    if semlock is not None:
        try:
            if semlock._is_mine():
                return True
        except Exception:
            return True  # unknown lock kind: never perturb what we cannot see
    elif not hasattr(candado, "_semlock"):
        return True
    return any(_es_mio(c) for c in list(_candados))


def _es_mio(candado: Any) -> bool:
    try:
        return bool(candado._semlock._is_mine())
    except Exception:
        return False


_candados: Any = None


def _perturbar() -> None:
    global _candados
    import multiprocessing.queues as colas
    import multiprocessing.sharedctypes as compartidos
    import multiprocessing.synchronize as sincronizacion
    import weakref

    # Every Lock/RLock received from another process: holding one of them protects a
    # Value well enough for us not to widen its window (a separate shared lock). A
    # lock created here and never shared (`with multiprocessing.Lock():` inside the
    # loop) protects nothing, so it does not count.
    _candados = weakref.WeakSet()
    clases: tuple[Any, ...] = (sincronizacion.Lock, sincronizacion.RLock)
    for clase in clases:
        estado_original = clase.__setstate__

        def __setstate__(self: Any, estado: Any, _o: Any = estado_original) -> None:
            _o(self, estado)
            _candados.add(self)

        clase.__setstate__ = __setstate__

    sincronizado: Any = compartidos.Synchronized
    propiedad = sincronizado.value

    pendientes: dict[int, tuple[object, object]] = {}

    def _leer(self: Any) -> Any:
        valor = propiedad.fget(self)
        if _desde_el_alumno(1) and not _tengo_el_candado(self):
            visto = _esperar_escritura(self, valor)
            if visto is not _NADA:
                pendientes[id(self)] = (valor, visto)
        return valor

    def _poner(self: Any, valor: Any) -> None:
        propiedad.fset(self, valor)
        lectura = pendientes.pop(id(self), None)
        if lectura is not None and _desde_el_alumno(1):
            _anotar_carrera(lectura[0], lectura[1], valor, sys._getframe(1))

    sincronizado.value = property(_leer, _poner)

    put_original = colas.Queue.put

    def put(self: Any, obj: Any, block: bool = True, timeout: float | None = None) -> None:
        global _gastado
        if _desde_el_alumno(1) and _gastado < PRESUPUESTO_ESPERA_S and os.getpid() != _raiz:
            rng = _generador()
            if rng.random() < PROB_RETRASO_PUT:
                pausa = rng.uniform(*RETRASO_PUT_S)
                _gastado += pausa
                time.sleep(pausa)
        put_original(self, obj, block, timeout)

    colas.Queue.put = put  # type: ignore[method-assign]
