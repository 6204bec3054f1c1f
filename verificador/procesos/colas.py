"""Colas que el principal dio por vacías antes de tiempo, DESDE DENTRO de cada proceso.

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_colas`) en
cada proceso instrumentado, con o sin semilla, sin cambiar ningún tiempo.

`while not cola.empty(): datos.append(cola.get())` justo después de arrancar
los productores lee una cola en la que todavía no hay nada: `empty()` solo dice
cómo está la cola *ahora*. Para saber si eso le costó resultados al
principal, cada proceso cuenta, por cola, cuántos elementos puso y cuántos
sacó; el principal anota además dónde vio la cola vacía desde su código
(`empty()` verdadero o `get_nowait()` sin nada). Los hijos mandan sus cuentas
al terminar, el principal al dar su resultado (`cola-<pid>.json`). Si al final
se pusieron más elementos de los que se sacaron en una cola que el principal
vio vacía, esos resultados llegaron cuando ya no los esperaba nadie.

Son pruebas, no veredictos: `verificador.procesos.sin_llegar` solo las usa
cuando el programa principal falló.
"""

from __future__ import annotations

import os
import queue
from collections.abc import Callable
from types import ModuleType
from typing import Any

# Lugares distintos donde se anota que el principal vio una cola vacía.
MAX_VACIAS = 5

_h: Any = None  # el módulo hijo (rutas, pid raíz, archivos del alumno)
_puestos: dict[str, int] = {}
_sacados: dict[str, int] = {}
_vacias: list[dict[str, Any]] = []
_enviado = False
_vista_vacia: Any = None  # la última cola que el principal vio vacía sin sacar nada después


def _id(cola: Any) -> str | None:
    """El nombre del candado de lectura de la cola: el mismo en todos los procesos."""
    try:
        nombre = cola._rlock._semlock.name
    except Exception:
        return None
    return str(nombre) if nombre else None


def _nombre_en(marco: Any, objeto: Any) -> str | None:
    for espacio in (marco.f_locals, marco.f_globals):
        for nombre, valor in list(espacio.items()):
            if valor is objeto and not nombre.startswith("__"):
                return str(nombre)
    return None


def tomar_vista_vacia() -> Any:
    """La cola que el principal vio vacía por última vez (si no sacó nada después), y se olvida."""
    global _vista_vacia
    cola, _vista_vacia = _vista_vacia, None
    return cola


def _vio_vacia(cola: Any, metodo: str) -> None:
    global _vista_vacia
    if os.getpid() != _h._raiz:
        return
    if _h.marco_del_alumno(2, 2) is not None:
        _vista_vacia = cola  # ver tras_vacia.py
    if len(_vacias) >= MAX_VACIAS:
        return
    marco = _h.marco_del_alumno(2, 2)
    clave = _id(cola)
    if marco is None or clave is None:
        return
    lugar = (marco.f_code.co_filename, marco.f_lineno)
    if any((v["archivo"], v["linea"]) == lugar and v["cola"] == clave for v in _vacias):
        return
    _vacias.append({"cola": clave, "archivo": lugar[0], "linea": lugar[1], "metodo": metodo,
                    "nombre": _nombre_en(marco, cola)})


def _instalar() -> None:
    import multiprocessing.queues as colas

    clase: Any = colas.Queue
    put, get, empty, get_nowait = clase.put, clase.get, clase.empty, clase.get_nowait

    def _contado(original: Callable[..., None]) -> Callable[..., None]:
        def _put(self: Any, obj: Any, *args: Any, **kwargs: Any) -> None:
            original(self, obj, *args, **kwargs)
            clave = _id(self)
            if clave is not None:
                _puestos[clave] = _puestos.get(clave, 0) + 1
        _put.__name__ = "put"
        return _put

    def _get(self: Any, *args: Any, **kwargs: Any) -> Any:
        global _vista_vacia
        valor = get(self, *args, **kwargs)
        if _vista_vacia is self:
            _vista_vacia = None
        clave = _id(self)
        if clave is not None:
            _sacados[clave] = _sacados.get(clave, 0) + 1
        return valor

    def _empty(self: Any) -> bool:
        vacia = bool(empty(self))
        if vacia:
            _vio_vacia(self, "empty")
        return vacia

    def _get_nowait(self: Any) -> Any:
        try:
            return get_nowait(self)
        except queue.Empty:
            _vio_vacia(self, "get_nowait")
            raise

    _get.__name__, _empty.__name__, _get_nowait.__name__ = "get", "empty", "get_nowait"
    clase.put, clase.get, clase.empty, clase.get_nowait = _contado(put), _get, _empty, _get_nowait
    # JoinableQueue redefine `put` sin llamar a Queue.put: se cuenta aparte.
    colas.JoinableQueue.put = _contado(colas.JoinableQueue.put)


def enviar() -> None:
    """Manda las cuentas de este proceso (una vez: al terminar un hijo, al responder el principal)."""
    global _enviado
    if _enviado or not (_puestos or _sacados or _vacias):
        return
    _enviado = True
    _h._escribir(f"cola-{os.getpid()}.json",
                 {"puestos": dict(_puestos), "sacados": dict(_sacados), "vacias": list(_vacias)})


def instalar(hijo: ModuleType) -> None:
    """Cuenta puestos y sacados de cada Queue en este proceso (con o sin semilla)."""
    global _h
    _h = hijo
    _instalar()
