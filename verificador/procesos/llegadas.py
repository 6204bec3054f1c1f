"""Orden de llegada de los resultados de un `Pool` y de un `ProcessPoolExecutor` (solo con semilla).

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_llegadas`)
en cada proceso instrumentado. En una ejecución real, las tareas de un pool
acaban en cualquier orden: `imap_unordered`, los `callback` de `apply_async` y
`as_completed` entregan los resultados según acaban. En una máquina tranquila,
con tareas cortas, ese orden casi siempre coincide con el de la entrada, y un
programa que depende de él «funciona por suerte».

Con semilla, el proceso dueño del pool retiene los resultados que le llegan
(en el hilo que los recibe, antes de marcarlos como listos) y los entrega
todos juntos en un orden que sale de la semilla y que **nunca** es el de la
entrada (el primero entregado no es el de la primera tarea). Se sueltan
cuando se cumplen las dos condiciones:

- ya llegaron todos los resultados pendientes que se pueden desordenar (las
  tareas de `apply_async`/`submit` sin resultado y los trozos de un
  `imap_unordered` cuya longitud ya se conoce);
- algún hilo del proceso ya esperó al pool (`get`, `wait`, `ready`, el
  siguiente de un iterador, `close`, `join`, `result`, `as_completed`,
  `wait`, `shutdown`...): el programa ya no va a mandar más tareas antes de
  mirar los resultados.

Así el orden de entrega es una función de la semilla y no de la carga: lo
impone la retención, no un retraso. `map`, `imap`, `starmap` y `map_async`
colocan cada resultado en su sitio y no se tocan; un programa que ordena
después, o que guarda cada resultado por su clave, da lo mismo.

Red de seguridad: si un lote lleva `RETENCION_MAXIMA_S` segundos retenido
sin poder soltarse (una tarea espera algo que el principal hace después de
recibir otro resultado, o el principal espera con algo que no es del pool),
se entrega tal como está (también en orden sembrado, pero solo con lo que
haya llegado). Un programa no se cuelga por la retención.
"""

from __future__ import annotations

import os
import random
import threading
import time
import weakref
from typing import Any

# Cuánto puede quedar retenido un lote que no se puede soltar (segundos, red de seguridad).
RETENCION_MAXIMA_S = 2.0
# Cada cuánto el hilo de resultados de un Pool reexamina si puede soltar el lote (segundos).
PERIODO_POOL_S = 0.005

_h: Any = None
_esperando = False  # algún hilo ya esperó a un pool de este proceso
_lotes = 0
_cerrojo = threading.Lock()
_anotados = 0
# Lotes desordenados que se anotan por proceso como prueba (desorden-<pid>-<n>.json).
MAX_ANOTADOS = 3
_gestores: Any = None  # WeakSet de hilos gestores de ProcessPoolExecutor con resultados retenidos


def _orden_sembrado(retenidos: list[Any], clave: Any) -> list[Any]:
    """Los retenidos en un orden sembrado que no empieza por el de la primera tarea."""
    global _lotes
    with _cerrojo:
        _lotes += 1
        lote = _lotes
    ordenados = sorted(retenidos, key=clave)
    if len(ordenados) < 2:
        return ordenados
    rng = random.Random(f"{_h._semilla}:{_h._nombre_proceso()}:llegadas:{lote}")
    permutados = ordenados[:]
    rng.shuffle(permutados)
    if permutados[0] is ordenados[0]:
        otro = rng.randrange(1, len(permutados))
        permutados[0], permutados[otro] = permutados[otro], permutados[0]
    return permutados


def _sitio() -> tuple[str, int] | None:
    """La línea del alumno que creó la tarea (unos pocos marcos más arriba)."""
    import sys

    for profundidad in range(2, 10):
        try:
            marco = sys._getframe(profundidad)
        except ValueError:
            return None
        if marco.f_code.co_filename in _h._alumno:
            return marco.f_code.co_filename, marco.f_lineno
    return None


def _anotar(tipo: str, sitios: list[Any], indices: list[int], retenido_s: float) -> None:
    """Deja constancia del lote entregado fuera del orden de la entrada (la prueba)."""
    global _anotados
    if _anotados >= MAX_ANOTADOS or indices == sorted(indices):
        return
    _anotados += 1
    sitio = next((s for s in sitios if s), None)
    _h._escribir(
        f"desorden-{os.getpid()}-{_anotados}.json",
        {"actor": _h._nombre_proceso(), "tipo": tipo, "orden": indices[:50],
         "archivo": sitio[0] if sitio else "", "linea": sitio[1] if sitio else 0,
         "retenido_s": round(retenido_s, 3)},
    )


def _marcar_espera() -> None:
    """Un hilo espera resultados: desde ahora se puede soltar un lote completo."""
    global _esperando
    if _h._retencion is not None:
        _h._retencion.espera()  # esperar a un pool también suelta a los hijos retenidos
    if _esperando:
        return
    _esperando = True
    for gestor in list(_gestores or ()):
        _despertar(gestor)


def _envolver_espera(clase: Any, nombre: str) -> None:
    original = getattr(clase, nombre)

    def envolvente(*args: Any, **kwargs: Any) -> Any:
        _marcar_espera()
        return original(*args, **kwargs)

    envolvente.__name__ = nombre
    envolvente.__doc__ = original.__doc__
    setattr(clase, nombre, envolvente)


def _anotar_sitio(clase: Any) -> None:
    original = clase.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self._verificador_sitio = _sitio()

    clase.__init__ = __init__


# --- multiprocessing.Pool ----------------------------------------------------------


class _Reordenador:
    """El `get` del hilo de resultados de un Pool: retiene y suelta en orden sembrado."""

    def __init__(self, salida: Any, get: Any, cache: Any) -> None:
        self._salida = salida
        self._get = get
        self._cache = cache
        self._retenidos: list[tuple[Any, ...]] = []
        self._listos: list[Any] = []
        self._desde = 0.0
        self._mapas: list[Any] = []  # trozos de map_async con callback, en su orden
        self._desde_mapas = 0.0

    def _desordenable(self, tarea: Any) -> bool:
        import multiprocessing.pool as pool

        try:
            trabajo = self._cache[tarea[0]]
        except Exception:
            return False
        if isinstance(trabajo, pool.IMapUnorderedIterator):
            return True
        return type(trabajo) is pool.ApplyResult

    def _con_callback(self, tarea: Any) -> bool:
        """¿Un trozo de un `map_async`/`starmap_async` con `callback`? (se retiene sin desordenar)"""
        import multiprocessing.pool as pool

        try:
            trabajo = self._cache[tarea[0]]
        except Exception:
            return False
        return type(trabajo) is pool.MapResult and trabajo._callback is not None

    def _completo(self) -> bool:
        """¿Ya llegaron todos los resultados desordenables pendientes?"""
        import multiprocessing.pool as pool

        retenidos: dict[Any, int] = {}
        for tarea in self._retenidos:
            retenidos[tarea[0]] = retenidos.get(tarea[0], 0) + 1
        for trabajo_id, trabajo in list(self._cache.items()):
            if isinstance(trabajo, pool.IMapUnorderedIterator):
                longitud = trabajo._length
                if longitud is None:
                    return False
                if longitud - trabajo._index > retenidos.get(trabajo_id, 0):
                    return False
            elif type(trabajo) is pool.ApplyResult:
                if not trabajo._event.is_set() and trabajo_id not in retenidos:
                    return False
        return True

    def _soltar(self) -> None:
        lote = _orden_sembrado(self._retenidos, lambda t: (t[0], t[1]))
        self._retenidos = []
        naturales = sorted(lote, key=lambda t: (t[0], t[1]))
        sitios, tipo = [], "imap_unordered"
        for tarea in lote:
            trabajo = self._cache.get(tarea[0])
            sitios.append(getattr(trabajo, "_verificador_sitio", None))
            if not hasattr(trabajo, "_length"):
                tipo = "apply_async"
        _anotar(tipo, sitios, [naturales.index(t) for t in lote], time.monotonic() - self._desde)
        self._listos.extend(lote)

    def get(self) -> Any:
        while True:
            if self._listos:
                return self._listos.pop(0)
            if self._mapas and (_esperando
                                or time.monotonic() - self._desde_mapas > RETENCION_MAXIMA_S):
                self._listos.extend(self._mapas)  # en su orden: el callback ve la lista entera
                self._mapas = []
                continue
            if self._retenidos:
                vencido = time.monotonic() - self._desde > RETENCION_MAXIMA_S
                if vencido or (_esperando and self._completo()):
                    self._soltar()
                    continue
            if self._retenidos or self._mapas:
                if not self._salida._reader.poll(PERIODO_POOL_S):
                    continue
            tarea = self._get()
            if tarea is not None and self._con_callback(tarea):
                # La lista que llena el callback de map_async no se llena hasta que el
                # programa espera al pool (o se agota la red de seguridad).
                if not self._mapas:
                    self._desde_mapas = time.monotonic()
                self._mapas.append(tarea)
                continue
            if tarea is not None and self._desordenable(tarea):
                if not self._retenidos:
                    self._desde = time.monotonic()
                self._retenidos.append(tarea)
                continue
            if tarea is None and (self._retenidos or self._mapas):
                if self._retenidos:
                    self._soltar()  # el pool se cierra: primero lo retenido
                self._listos.extend(self._mapas)
                self._mapas = []
                self._listos.append(tarea)
                continue
            return tarea


def _instalar_pool() -> None:
    import multiprocessing.pool as pool

    original = pool.Pool._handle_results

    def _handle_results(outqueue: Any, get: Any, cache: Any) -> Any:
        return original(outqueue, _Reordenador(outqueue, get, cache).get, cache)

    pool.Pool._handle_results = staticmethod(_handle_results)  # type: ignore[method-assign,assignment]
    for clase in (pool.ApplyResult, pool.IMapIterator):
        _anotar_sitio(clase)
    for nombre in ("wait", "get", "ready", "successful"):
        _envolver_espera(pool.ApplyResult, nombre)
    _envolver_espera(pool.IMapIterator, "next")
    pool.IMapIterator.__next__ = pool.IMapIterator.next  # type: ignore[method-assign]
    for nombre in ("close", "join", "terminate"):
        _envolver_espera(pool.Pool, nombre)


# --- concurrent.futures.ProcessPoolExecutor ----------------------------------------


def _despertar(gestor: Any) -> None:
    """Despierta al hilo gestor de un executor para que mire si puede soltar su lote."""
    try:
        with gestor.shutdown_lock:
            gestor.thread_wakeup.wakeup()
    except Exception:
        pass


def _instalar_executor() -> None:
    import concurrent.futures as futuros
    import concurrent.futures._base as base
    import concurrent.futures.process as proceso

    clase = getattr(proceso, "_ExecutorManagerThread", None)
    if clase is None:
        return
    procesar = clase.process_result_item
    esperar = clase.wait_result_broken_or_wakeup

    def _retenidos(gestor: Any) -> list[Any]:
        lista = gestor.__dict__.get("_verificador_retenidos")
        if lista is None:
            lista = gestor.__dict__["_verificador_retenidos"] = []
        return lista

    def _soltar(gestor: Any, todo: bool = False) -> None:
        retenidos = _retenidos(gestor)
        if not retenidos:
            return
        vencido = time.monotonic() - gestor.__dict__.get("_verificador_desde", 0.0) > RETENCION_MAXIMA_S
        if not (todo or vencido):
            if not _esperando:
                return
            mios = {r.work_id for r in retenidos}
            if any(clave not in mios for clave in list(gestor.pending_work_items)):
                return
        lote = _orden_sembrado(retenidos, lambda r: r.work_id)
        retenidos.clear()
        naturales = sorted(r.work_id for r in lote)
        sitios = []
        for elemento in lote:
            trabajo = gestor.pending_work_items.get(elemento.work_id)
            sitios.append(getattr(getattr(trabajo, "future", None), "_verificador_sitio", None))
        _anotar("executor", sitios, [naturales.index(r.work_id) for r in lote],
                time.monotonic() - gestor.__dict__.get("_verificador_desde", 0.0))
        for elemento in lote:
            procesar(gestor, elemento)

    def process_result_item(self: Any, result_item: Any) -> None:
        if isinstance(result_item, int) or getattr(result_item, "work_id", None) is None:
            procesar(self, result_item)
            return
        retenidos = _retenidos(self)
        if not retenidos:
            self.__dict__["_verificador_desde"] = time.monotonic()
            temporizador = threading.Timer(RETENCION_MAXIMA_S + 0.05, _despertar, (self,))
            temporizador.daemon = True
            temporizador.start()
        retenidos.append(result_item)
        _gestores.add(self)
        _soltar(self)

    def wait_result_broken_or_wakeup(self: Any) -> Any:
        resultado = esperar(self)
        if resultado[1]:
            _soltar(self, todo=True)  # el pool se rompe: lo que ya llegó, antes
        elif resultado[0] is None:
            _soltar(self)
        return resultado

    clase.process_result_item = process_result_item
    clase.wait_result_broken_or_wakeup = wait_result_broken_or_wakeup
    for nombre in ("result", "exception", "done"):
        _envolver_espera(base.Future, nombre)
    _envolver_espera(proceso.ProcessPoolExecutor, "shutdown")
    enviar = proceso.ProcessPoolExecutor.submit

    def submit(self: Any, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        futuro = enviar(self, fn, *args, **kwargs)
        futuro._verificador_sitio = _sitio()
        return futuro

    proceso.ProcessPoolExecutor.submit = submit  # type: ignore[method-assign]
    for modulo in (base, futuros):
        for nombre in ("as_completed", "wait"):
            _envolver_espera(modulo, nombre)


def instalar(hijo: Any) -> None:
    """Solo con semilla y en el principal: sin semilla no se altera ningún orden ni tiempo."""
    global _h, _gestores
    _h = hijo
    if hijo._semilla is None or os.getpid() != hijo._raiz:
        return  # los pools de los hijos (raros) no se tocan: importar los módulos cuesta
    _gestores = weakref.WeakSet()
    _instalar_pool()
    _instalar_executor()
