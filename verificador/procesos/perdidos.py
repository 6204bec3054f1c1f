"""Resultados que nunca llegaron al proceso principal, DESDE DENTRO de cada proceso.

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_perdidos`)
en cada proceso instrumentado, con o sin semilla, sin cambiar ningún tiempo.
Deja constancia de dos maneras de perder el trabajo de un hijo:

- *Copias*: un `Process` cuya función es del alumno recibe una lista, un
  diccionario o un conjunto normales (o los toma de las variables globales del
  módulo) y los modifica. Cada hijo trabaja sobre su propia copia: el
  principal nunca ve esos cambios. El padre anota con qué nombre pasó cada
  argumento (`argumento-<pid>.json`), el hijo qué copias cambió
  (`perdido-<pid>.json`).
- *Tareas sin recoger*: un `Pool` que se termina (`terminate()`, el `with`, o
  el final del programa) con tareas de `apply_async`/`map_async` sin acabar:
  su resultado (y su `callback`) no llegará nunca (`pendiente-<pid>-<n>.json`,
  con la línea que encargó cada tarea y cuántas de las encargadas a ese Pool
  sí habían acabado).
- *Excepciones sin recoger*: una tarea de `apply_async`/`map_async` o de
  `ProcessPoolExecutor.submit` que lanzó una excepción que nadie leyó (ni
  `get()`, `successful()`, `result()` o `exception()`, ni un `error_callback` o
  un `add_done_callback`). El Pool la guarda en su resultado y el trabajador
  sigue con la siguiente: el error se pierde en silencio
  (`excepciones_perdidas()`, que el conductor manda con el resultado de main).

Son pruebas, no veredictos: `verificador.procesos.explorar` usa las copias cuando
el programa principal falló leyendo lo que esos hijos debían entregar, y las
tareas sin recoger también cuando ninguna de las de ese Pool llegó a acabar
(nadie esperó al Pool: el trabajo encargado se tiró entero).
"""

from __future__ import annotations

import contextlib
import os
from types import FrameType, ModuleType
from typing import Any

# Contenedores más grandes que esto se comparan solo por su tamaño.
MAX_ELEMENTOS = 10_000
# Registros de tareas sin recoger por proceso.
MAX_PENDIENTES = 3
_CONTENEDORES = (list, dict, set, bytearray)

_h: Any = None  # el módulo hijo (rutas, pid raíz, archivos del alumno)
_pendientes = 0
# Lo que el alumno encargó a cada Pool (por la identidad de su `_cache`): al terminarlo, cuántos
# de esos resultados ya habían llegado.
_encargos: dict[int, list[Any]] = {}
# Los resultados y futuros que encargó el alumno, con su origen (para las excepciones sin recoger).
_encargados: list[Any] = []
MAX_PERDIDAS = 3


def _huella(valor: Any) -> object:
    try:
        if len(valor) > MAX_ELEMENTOS:
            return ("tamaño", len(valor))
        return ("repr", len(valor), repr(valor))
    except Exception:
        return None


def _nombre_en(marco: FrameType, objeto: Any) -> str | None:
    """El nombre con que el código del alumno tiene `objeto` (local o global), si tiene uno."""
    for espacio in (marco.f_locals, marco.f_globals):
        for nombre, valor in list(espacio.items()):
            if valor is objeto and not nombre.startswith("__"):
                return str(nombre)
    return None


def _del_alumno(funcion: Any) -> bool:
    codigo = getattr(funcion, "__code__", None)
    return codigo is not None and codigo.co_filename in _h._alumno


def _globales(funcion: Any) -> dict[str, Any]:
    espacio = getattr(funcion, "__globals__", {}) or {}
    return {n: v for n, v in list(espacio.items())
            if isinstance(v, _CONTENEDORES) and not n.startswith("_")}


def _instalar_procesos() -> None:
    import multiprocessing.process as proceso

    start_original = proceso.BaseProcess.start
    run_original = proceso.BaseProcess.run

    def start(self: Any) -> None:
        marco = _h.marco_del_alumno(1, 2)
        # start() borra _target, _args y _kwargs del objeto (bpo-30775): se toman antes.
        objetivo = getattr(self, "_target", None)
        args, kwargs = getattr(self, "_args", ()), getattr(self, "_kwargs", None) or {}
        start_original(self)
        if marco is None or self.pid is None or not _del_alumno(objetivo):
            return
        nombres: dict[str, str] = {}
        for i, arg in enumerate(args):
            if isinstance(arg, _CONTENEDORES):
                nombres[str(i)] = _nombre_en(marco, arg) or f"el argumento {i + 1}"
        for clave, arg in kwargs.items():
            if isinstance(arg, _CONTENEDORES):
                nombres[str(clave)] = _nombre_en(marco, arg) or str(clave)
        _h._escribir(f"argumento-{self.pid}.json", {
            "nombres": nombres, "archivo": marco.f_code.co_filename, "linea": marco.f_lineno,
            "funcion": getattr(objetivo, "__qualname__", "?"),
        })

    def run(self: Any) -> None:
        objetivo = getattr(self, "_target", None)
        if not _del_alumno(objetivo) or os.getpid() == _h._raiz:
            run_original(self)
            return
        argumentos = {str(i): a for i, a in enumerate(getattr(self, "_args", ()))
                      if isinstance(a, _CONTENEDORES)}
        argumentos.update({str(k): a for k, a in (getattr(self, "_kwargs", None) or {}).items()
                           if isinstance(a, _CONTENEDORES)})
        globales = _globales(objetivo)
        antes = {k: _huella(v) for k, v in argumentos.items()}
        antes_g = {k: (v, _huella(v)) for k, v in globales.items()}
        try:
            run_original(self)
        finally:
            cambiados = [k for k, v in argumentos.items() if _huella(v) != antes[k]]
            globales_cambiados = [k for k, (v, h) in antes_g.items()
                                  if globales.get(k) is v and _huella(v) != h]
            if cambiados or globales_cambiados:
                _h._escribir(f"perdido-{os.getpid()}.json", {
                    "actor": _h._nombre_proceso(), "argumentos": cambiados,
                    "globales": globales_cambiados,
                    "funcion": getattr(objetivo, "__qualname__", "?"),
                })

    proceso.BaseProcess.start = start  # type: ignore[method-assign]
    proceso.BaseProcess.run = run  # type: ignore[method-assign]


def _instalar_pool() -> None:
    import multiprocessing.pool as piscina

    clase: Any = piscina.Pool

    def _envolver(nombre: str) -> None:
        original = getattr(clase, nombre)

        def envolvente(self: Any, func: Any, *args: Any, **kwargs: Any) -> Any:
            resultado = original(self, func, *args, **kwargs)
            marco = _h.marco_del_alumno(1, 1)
            if marco is not None:
                _encargos.setdefault(id(getattr(self, "_cache", None)), []).append(resultado)
                callback = kwargs.get("callback")
                if callback is None and len(args) >= 3:  # (args|iterable, kwds|chunksize, callback)
                    callback = args[2]
                dueno = getattr(callback, "__self__", None)
                destino = _nombre_en(marco, dueno) if dueno is not None else None
                if destino is None and callback is not None:
                    destino = _nombre_en(marco, callback)
                try:
                    resultado._verificador_origen = {
                        "archivo": marco.f_code.co_filename, "linea": marco.f_lineno,
                        "metodo": nombre, "funcion": getattr(func, "__qualname__", repr(func)[:60]),
                        "destino": destino,
                    }
                    _encargados.append(resultado)
                except Exception:
                    pass
            return resultado

        envolvente.__name__ = nombre
        setattr(clase, nombre, envolvente)

    for nombre in ("apply_async", "map_async", "starmap_async"):
        _envolver(nombre)

    terminar = clase.__dict__["_terminate_pool"].__func__

    def _terminate_pool(cls: Any, *args: Any, **kwargs: Any) -> Any:
        cache = kwargs.get("cache", args[-1] if args else None)
        try:
            encargados = _encargos.pop(id(cache), [])
            _anotar_pendientes(list(dict(cache or {}).values()),
                               sum(1 for r in encargados if r.ready()))
        except Exception:
            pass
        return terminar(cls, *args, **kwargs)

    clase._terminate_pool = classmethod(_terminate_pool)


def _marcar_leido(clase: Any, nombre: str) -> None:
    original = getattr(clase, nombre)

    def leer(self: Any, *args: Any, **kwargs: Any) -> Any:
        with contextlib.suppress(Exception):
            self._verificador_leido = True
        return original(self, *args, **kwargs)

    leer.__name__ = nombre
    setattr(clase, nombre, leer)


def _instalar_lecturas() -> None:
    """Quién lee el desenlace de una tarea: así se sabe si su excepción llegó a alguien."""
    import concurrent.futures as futuros
    import concurrent.futures.process as proceso
    import multiprocessing.pool as piscina

    for nombre in ("get", "successful"):
        _marcar_leido(piscina.ApplyResult, nombre)
    for nombre in ("result", "exception", "add_done_callback"):
        _marcar_leido(futuros.Future, nombre)
    enviar = proceso.ProcessPoolExecutor.submit

    def submit(self: Any, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        futuro = enviar(self, fn, *args, **kwargs)
        # llegadas.py envuelve esta función: el alumno está uno o dos niveles encima (no tres:
        # ese es el `submit` que hace por dentro `Executor.map`, que sí lee cada resultado)
        marco = _h.marco_del_alumno(1, 2)
        if marco is not None:
            try:
                futuro._verificador_origen = {
                    "archivo": marco.f_code.co_filename, "linea": marco.f_lineno, "metodo": "submit",
                    "funcion": getattr(fn, "__qualname__", repr(fn)[:60]),
                }
                _encargados.append(futuro)
            except Exception:
                pass
        return futuro

    proceso.ProcessPoolExecutor.submit = submit  # type: ignore[method-assign]


def _excepcion_de(tarea: Any) -> BaseException | None:
    """La excepción con que acabó una tarea que nadie leyó (None si no la hay o sí se leyó)."""
    if getattr(tarea, "_verificador_leido", False):
        return None
    if hasattr(tarea, "_error_callback"):  # un resultado de Pool
        if tarea._error_callback is not None or not tarea.ready() or tarea._success:
            return None
        valor = tarea._value
        return valor if isinstance(valor, BaseException) else None
    if not tarea.done() or tarea.cancelled():
        return None
    return tarea._exception  # type: ignore[no-any-return]


def excepciones_perdidas() -> list[dict[str, Any]]:
    """Las tareas del alumno que acabaron con una excepción que nadie recogió (las primeras)."""
    perdidas: list[dict[str, Any]] = []
    for tarea in _encargados:
        try:
            error = _excepcion_de(tarea)
        except Exception:
            continue
        if error is not None:
            perdidas.append({**tarea._verificador_origen, "tipo": type(error).__name__,
                             "mensaje": str(error)[:300]})
            if len(perdidas) >= MAX_PERDIDAS:
                break
    return perdidas


def _anotar_pendientes(trabajos: list[Any], entregados: int) -> None:
    """Las tareas sin acabar de un Pool que se termina, por la línea que las encargó; con
    `entregados`, cuántas de las que encargó el alumno a ese Pool sí habían acabado."""
    global _pendientes
    origenes: dict[tuple[str, int], dict[str, Any]] = {}
    for trabajo in trabajos:
        origen = getattr(trabajo, "_verificador_origen", None)
        if origen is None or trabajo.ready():
            continue
        clave = (origen["archivo"], origen["linea"])
        anotado = origenes.setdefault(clave, {**origen, "tareas": 0, "entregados": entregados})
        anotado["tareas"] += 1
    for origen in origenes.values():
        if _pendientes >= MAX_PENDIENTES:
            return
        _pendientes += 1
        _h._escribir(f"pendiente-{os.getpid()}-{_pendientes}.json", origen)


def instalar(hijo: ModuleType) -> None:
    """Vigila las copias y las tareas de Pool en este proceso (con o sin semilla)."""
    global _h
    _h = hijo
    _instalar_procesos()
    _instalar_pool()
    if os.getpid() == _h._raiz:
        _instalar_lecturas()
