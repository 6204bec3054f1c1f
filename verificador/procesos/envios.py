"""Lo que cada proceso hijo hace llegar a otros procesos: cuántos datos y sus huellas.

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_envios`)
en cada proceso instrumentado; importarlo como `verificador.procesos.envios`
no tiene efectos (el juez solo usa `digesto`).

Siempre, con o sin semilla, y sin cambiar ningún tiempo: cada vez que un
proceso hijo hace llegar un dato a otro proceso — `Queue.put`,
`Connection.send`, escribir un `Value`, una llamada que modifica un proxy de
`Manager`, o el resultado de una tarea de un `Pool` o de un
`ProcessPoolExecutor` (aunque la función sea `pow` o `abs`) — se cuenta y se
manda al ejecutor una huella del dato (y de sus elementos) en `envios-<pid>.json`
(por tandas: cada tanda lleva el recuento total y solo las huellas nuevas; el
ejecutor las acumula, ver `canal.py`). Con eso
el juez sabe qué procesos trabajaron de verdad y si el resultado de `main`
salió de ellos. También anota cuándo lanzó el padre cada hijo
(`lanzado-<pid>.json`) y qué procesos sabía ya terminados el hilo que lo lanzó
(`tras`: los que vio acabar con `join()`, `is_alive()` o `exitcode`); cada
proceso publica al terminar todos los que vio acabar (`vistos`, en su
`fin-<pid>.json`). Con eso el juez sabe qué procesos NO pudieron trabajar a la
vez (uno acabó antes de que otro empezara, y el programa lo sabía): el orden no
depende de la carga de la máquina (`estado._ordenar`, `EstadoProceso.pudo_coincidir`).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

# Huellas que se guardan por proceso, y elementos de una lista que se cuentan uno a uno.
MAX_DIGESTOS = 200_000
MAX_ELEMENTOS = 5_000
# Periodo mínimo entre dos escrituras de envios-<pid>.json (segundos).
PERIODO_ENVIOS_S = 0.02

_NADA = object()
_h: Any = None  # el módulo hijo (rutas, pid raíz, archivos del alumno)
# Procesos hijos que cada hilo de este proceso vio terminar (por `threading.get_ident()`).
_terminados: dict[int, set[int]] = {}
lanzados: list[int] = []  # los procesos que este proceso arrancó, en orden (para `orden.py`)


_fallos_vistos: set[int] = set()  # hijos cuyo `exitcode` de error leyó el código del alumno


def fallos_vistos() -> list[int]:
    """Los hijos que terminaron mal y cuyo `exitcode` miró el alumno (lo gestiona él)."""
    return sorted(_fallos_vistos)


def terminados() -> list[int]:
    """Todos los procesos que este proceso vio terminar (para su registro de fin)."""
    return sorted(set().union(*list(_terminados.values())))


def _instalar_terminados() -> None:
    """Anota cada hijo cuyo fin ve un hilo: `join()`, `is_alive()` y `exitcode` preguntan a
    `Popen.poll`, que devuelve el código de salida cuando el hijo ya terminó."""
    import multiprocessing.popen_fork as popen_fork

    poll_original = popen_fork.Popen.poll

    def poll(self: Any, *args: Any, **kwargs: Any) -> Any:
        codigo = poll_original(self, *args, **kwargs)
        if codigo is not None and isinstance(getattr(self, "pid", None), int):
            _terminados.setdefault(threading.get_ident(), set()).add(self.pid)
        return codigo

    popen_fork.Popen.poll = poll  # type: ignore[method-assign]

    import multiprocessing.process as proceso

    leer_codigo = proceso.BaseProcess.exitcode.fget

    def exitcode(self: Any) -> Any:
        codigo = leer_codigo(self)
        if codigo not in (None, 0) and _del_alumno(1, 1):
            _fallos_vistos.add(self.pid)  # «assert p.exitcode == 1»: el fallo es a propósito
        return codigo

    proceso.BaseProcess.exitcode = property(exitcode)  # type: ignore[assignment]


def digesto(valor: Any) -> int:
    """Huella estable de un dato (igual en todos los procesos; tuplas = listas)."""
    try:
        texto = json.dumps(valor, sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError):
        texto = repr(valor)
    return zlib.crc32(texto.encode("utf-8", "replace"))


_envios = 0
_digestos: set[int] = set()
_nuevos: list[int] = []  # huellas aún no mandadas al ejecutor
_ultima_escritura = 0.0


def registrar_envio(valor: Any, *, volcar: bool = False, hecho: bool = True) -> None:
    """Un dato que este proceso hizo llegar a otro (y sus elementos, si es una lista).

    `hecho=False`: el efecto viene después; quien llama confirma la entrega al
    relevo de la retención (`retencion.confirmar`) cuando lo haya hecho.
    """
    if _h is None:
        return
    if os.getpid() == _h._raiz:
        registrar_entrada(valor)
        return
    if _h._retencion is not None:
        _h._retencion.retener()  # un hijo retenido no entrega nada hasta que lo sueltan
    _contar(valor, 2, volcar=volcar or _envios < 8)
    if hecho and _h._retencion is not None:
        _h._retencion.confirmar()


def registrar_entrada(valor: Any, niveles: int = 2) -> None:
    """En el principal: un dato que hizo llegar a los hijos (los argumentos de un `Process`,
    de una tarea de un pool, un `put` o un `send` suyo). Sus huellas van a su propio
    `envios-<pid>.json`: el juez sabe así si lo que devolvieron los hijos ya se lo había
    dado calculado el principal (un hijo que solo reenvía no trabaja)."""
    if _h is not None and os.getpid() == _h._raiz:
        _contar(valor, niveles)


def _contar(valor: Any, niveles: int, volcar: bool = False) -> None:
    """Un envío más, con sus huellas; al ejecutor en tandas (o ya, con `volcar`)."""
    global _envios
    _envios += 1
    if len(_digestos) < MAX_DIGESTOS:
        try:
            _anotar_digestos(valor, niveles)
        except Exception:
            pass
    if volcar or time.monotonic() - _ultima_escritura >= PERIODO_ENVIOS_S:
        volcar_envios()


def _entrada_de_tarea(tarea: Any) -> None:
    """Una tarea de `multiprocessing.Pool` que el principal manda a un trabajador: sus datos
    (cada elemento del lote de un `map`/`starmap`, o los argumentos de un `apply_async`)."""
    try:
        _job, _i, funcion, argumentos, nombrados = tarea
    except (TypeError, ValueError):
        return
    if getattr(funcion, "__name__", "") in ("mapstar", "starmapstar") and argumentos:
        argumentos = tuple(argumentos[0][1])  # (función, lote)
    for valor in (*argumentos, *dict(nombrados or {}).values()):
        registrar_entrada(valor)


def huellas(valor: Any, niveles: int = 2, *, tope: int | None = MAX_ELEMENTOS) -> Iterator[int]:
    """La huella del dato y, si es una lista o tupla (de `tope` elementos como mucho), las de
    sus elementos, hasta `niveles` de hondo."""
    yield digesto(valor)
    if niveles and isinstance(valor, (list, tuple)) and (tope is None or len(valor) <= tope):
        for elemento in valor:
            yield from huellas(elemento, niveles - 1, tope=tope)


def _anotar_digestos(valor: Any, niveles: int) -> None:
    for huella in huellas(valor, niveles):
        if huella not in _digestos:
            _digestos.add(huella)
            _nuevos.append(huella)


def volcar_envios() -> None:
    global _ultima_escritura
    if _h is None or not _envios:
        return
    _ultima_escritura = time.monotonic()
    nuevos = _nuevos[:]
    del _nuevos[: len(nuevos)]
    _h._escribir(f"envios-{os.getpid()}.json", {"envios": _envios, "digestos": nuevos, "t": time.time()})


def _del_alumno(desde: int, hasta: int) -> bool:
    """¿Alguno de los marcos `desde`..`hasta` por encima del que llama es del alumno?"""
    for profundidad in range(desde + 1, hasta + 2):
        try:
            if sys._getframe(profundidad).f_code.co_filename in _h._alumno:
                return True
        except ValueError:
            return False
    return False


class _SalidaContada:
    """Envuelve la cola de resultados de un trabajador de Pool/ProcessPoolExecutor."""

    def __init__(self, cola: Any, extraer: Any) -> None:
        self._cola = cola
        self._extraer = extraer

    def put(self, obj: Any, *args: Any, **kwargs: Any) -> Any:
        with_result = self._extraer(obj)
        if with_result is not _NADA:
            registrar_envio(with_result, volcar=True)
        return self._cola.put(obj, *args, **kwargs)

    def __getattr__(self, nombre: str) -> Any:
        return getattr(self._cola, nombre)


def _resultado_de_pool(obj: Any) -> Any:
    try:
        _job, _i, (ok, resultado) = obj
    except Exception:
        return _NADA
    return resultado if ok else _NADA


def _resultado_de_executor(obj: Any) -> Any:
    if getattr(obj, "work_id", None) is None or getattr(obj, "exception", None) is not None:
        return _NADA
    return getattr(obj, "result", _NADA)


def _instalar_envios() -> None:
    import multiprocessing.connection as conexion
    import multiprocessing.process as proceso
    import multiprocessing.queues as colas

    run_original = proceso.BaseProcess.run

    def run(self: Any) -> None:
        objetivo = getattr(self, "_target", None)
        nombre = f"{getattr(objetivo, '__module__', '')}.{getattr(objetivo, '__qualname__', '')}"
        argumentos = list(getattr(self, "_args", ()))
        if nombre == "multiprocessing.pool.worker" and len(argumentos) > 1:
            argumentos[1] = _SalidaContada(argumentos[1], _resultado_de_pool)
            self._args = tuple(argumentos)
        elif nombre == "concurrent.futures.process._process_worker" and len(argumentos) > 1:
            argumentos[1] = _SalidaContada(argumentos[1], _resultado_de_executor)
            self._args = tuple(argumentos)
        run_original(self)

    proceso.BaseProcess.run = run  # type: ignore[method-assign]
    if os.getpid() == _h._raiz:
        _instalar_entradas()

    start_original = proceso.BaseProcess.start

    def start(self: Any) -> None:
        antes = time.time()
        tras = sorted(_terminados.get(threading.get_ident(), ()))
        if os.getpid() == _h._raiz and _del_alumno(1, 3):
            for valor in (*getattr(self, "_args", ()), *dict(getattr(self, "_kwargs", {})).values()):
                registrar_entrada(valor)
        start_original(self)
        if isinstance(self.pid, int):  # cuándo lo lanzó el padre y qué sabía ya terminado
            lanzados.append(self.pid)
            objetivo = getattr(self, "_target", None)
            # El servidor de un Manager no ejecuta código del alumno (nunca lee sus datos).
            servidor = getattr(objetivo, "__name__", "") == "_run_server"
            _h._escribir(f"lanzado-{self.pid}.json", {"t": antes, "servidor": servidor, "tras": tras})

    proceso.BaseProcess.start = start  # type: ignore[method-assign]

    # JoinableQueue redefine `put` (sin llamar a Queue.put): se cuenta aparte.
    for clase in (colas.Queue, colas.JoinableQueue, colas.SimpleQueue):
        _contar_metodo(clase, "put")
    _contar_metodo(colas.Queue, "put_nowait")
    _contar_metodo(conexion.Connection, "send")


def _instalar_entradas() -> None:
    """En el principal: lo que manda a los trabajadores de un Pool o de un ProcessPoolExecutor."""
    import concurrent.futures.process as futuros
    import multiprocessing.pool as pool

    preparar = pool.Pool._setup_queues

    def _setup_queues(self: Any) -> None:
        preparar(self)
        poner = self._quick_put

        def put(tarea: Any) -> Any:
            _entrada_de_tarea(tarea)
            return poner(tarea)

        self._quick_put = put

    pool.Pool._setup_queues = _setup_queues  # type: ignore[method-assign]
    enviar = futuros.ProcessPoolExecutor.submit

    def submit(self: Any, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        for valor in (*args, *kwargs.values()):
            registrar_entrada(valor, 3)  # `map` manda lotes de tuplas de argumentos
        return enviar(self, fn, *args, **kwargs)

    futuros.ProcessPoolExecutor.submit = submit  # type: ignore[method-assign]


def _contar_metodo(clase: Any, nombre: str) -> None:
    original = getattr(clase, nombre)

    def envolvente(self: Any, obj: Any, *args: Any, **kwargs: Any) -> Any:
        if not _del_alumno(1, 2):
            return original(self, obj, *args, **kwargs)
        registrar_envio(obj, hecho=False)
        resultado = original(self, obj, *args, **kwargs)
        if _h._retencion is not None:
            _h._retencion.confirmar(self)
        return resultado

    envolvente.__name__ = nombre
    setattr(clase, nombre, envolvente)


def instalar(hijo: ModuleType) -> None:
    """Cuenta los envíos de este proceso (todos los procesos, con o sin semilla)."""
    global _h
    _h = hijo
    _instalar_envios()
    _instalar_terminados()
