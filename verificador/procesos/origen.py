"""Procedencia por identidad: qué objetos del resultado de `main` llegaron de otro proceso.

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_origen`)
solo en el proceso principal. Todo lo que el principal recibe de otro proceso
pasa por `ForkingPickler.loads` (`Queue.get`, `Connection.recv`, los resultados
de un `Pool` o de un `ProcessPoolExecutor`, las copias que devuelven los proxies
de un `Manager`), y lo que lee de memoria compartida por `Value.value` o
`Array[i]`. Aquí se anota la identidad (`id`) de esos objetos y de sus
elementos, y se mantienen vivos para que ningún `id` se reutilice.

Cuando `main` devuelve su valor, `resumen(valor)` dice qué elementos de primer
nivel (o, si son listas, tuplas o diccionarios, qué elementos suyos) son objetos
recibidos y cuáles los construyó el principal. Los objetos que Python comparte
(enteros pequeños, `None`, booleanos, cadenas de un carácter, tuplas vacías) no
deciden nada. Así `exigir_origen` distingue «el principal devolvió lo que le
enviaron los hijos» de «vació la cola, lo tiró y lo volvió a calcular», aunque
los valores sean iguales.
"""

from __future__ import annotations

import threading
from typing import Any

# Objetos recibidos que se anotan como mucho (por identidad), y profundidad recorrida en el
# resultado de `main`.
MAX_OBJETOS = 1_000_000
PROFUNDIDAD = 3
# Profundidad al anotar lo recibido: el sobre de un Pool ya ocupa tres niveles
# (`(tarea, i, (ok, [resultados del lote]))`) y cada resultado puede ser a su vez una
# tupla del alumno (`(indice, cuadrado)` con `imap_unordered`).
PROFUNDIDAD_RECIBIDO = 6
# Elementos de un contenedor recibido que se recorren.
MAX_ELEMENTOS = 50_000

_ids: set[int] = set()
_vivos: list[Any] = []
_cerrojo = threading.Lock()


def trivial(objeto: Any) -> bool:
    """¿Un objeto que Python comparte y que, por tanto, no dice de dónde salió?"""
    if objeto is None or isinstance(objeto, bool):
        return True
    if type(objeto) is int:
        return -5 <= objeto <= 256
    if type(objeto) in (str, bytes):
        return len(objeto) <= 1
    if type(objeto) in (tuple, frozenset):
        return len(objeto) == 0
    return False


def anotar(objeto: Any, niveles: int = PROFUNDIDAD_RECIBIDO) -> None:
    """El objeto (y sus elementos, hasta `niveles`) llegó de otro proceso."""
    with _cerrojo:
        if len(_ids) >= MAX_OBJETOS:
            return
        _anotar(objeto, niveles)


def _anotar(objeto: Any, niveles: int) -> None:
    if trivial(objeto):
        return
    _ids.add(id(objeto))
    _vivos.append(objeto)
    if not niveles:
        return
    if isinstance(objeto, dict):
        elementos: Any = list(objeto.values())[:MAX_ELEMENTOS]
    elif isinstance(objeto, (list, tuple)):
        elementos = objeto[:MAX_ELEMENTOS]
    elif isinstance(getattr(objeto, "__dict__", None), dict) and not isinstance(objeto, type):
        # Un sobre de la biblioteca (el `_ResultItem` de un ProcessPoolExecutor): su contenido.
        elementos = list(vars(objeto).values())[:MAX_ELEMENTOS]
    else:
        return
    for elemento in elementos:
        _anotar(elemento, niveles - 1)


def _elementos(objeto: Any) -> list[Any] | None:
    if isinstance(objeto, dict):
        return list(objeto.values())
    if isinstance(objeto, (list, tuple)):
        return list(objeto)
    return None


def _procedencia(objeto: Any, niveles: int) -> bool | None:
    """True: recibido; False: construido en el principal; None: no se puede saber."""
    if trivial(objeto):
        return None
    if id(objeto) in _ids:
        return True
    if hasattr(objeto, "_getvalue") or hasattr(objeto, "get_lock"):
        return None  # un proxy o un Value: el dato vive fuera del principal
    elementos = _elementos(objeto)
    if elementos is None:
        return False
    if not niveles:
        return None
    vistos = [_procedencia(e, niveles - 1) for e in elementos[:MAX_ELEMENTOS]]
    if False in vistos:
        return False
    return True if True in vistos else None


def resumen(valor: Any) -> dict[str, Any] | None:
    """Qué elementos del valor devuelto por `main` llegaron de otro proceso."""
    elementos = _elementos(valor)
    if elementos is None:
        elementos = [valor]
    procedencias = [_procedencia(e, PROFUNDIDAD - 1) for e in elementos]
    return {
        "elementos": len(elementos),
        "recibidos": sum(1 for p in procedencias if p is True),
        "construidos": [i for i, p in enumerate(procedencias) if p is False][:20],
        "n_construidos": sum(1 for p in procedencias if p is False),
        "objetos_recibidos": len(_ids),
    }


def instalar() -> None:
    """Anota todo lo que este proceso (el principal) recibe de otros procesos."""
    import multiprocessing.reduction as reduccion
    import multiprocessing.sharedctypes as compartidos

    cargar_original = reduccion.ForkingPickler.loads

    def loads(*args: Any, **kwargs: Any) -> Any:
        objeto = cargar_original(*args, **kwargs)
        try:
            anotar(objeto)
        except Exception:
            pass
        return objeto

    reduccion.ForkingPickler.loads = staticmethod(loads)  # type: ignore[method-assign]

    propiedad = compartidos.Synchronized.value
    if isinstance(propiedad, property) and propiedad.fget is not None:
        leer_original = propiedad.fget

        def leer(self: Any) -> Any:
            leido = leer_original(self)
            anotar(leido, 0)
            return leido

        compartidos.Synchronized.value = property(  # type: ignore[method-assign]
            leer, propiedad.fset, propiedad.fdel, propiedad.__doc__
        )
    for nombre in ("__getitem__", "__getslice__"):
        original = getattr(compartidos.SynchronizedArray, nombre, None)
        if original is None:
            continue

        def leer_array(self: Any, *args: Any, _o: Any = original) -> Any:
            leido = _o(self, *args)
            anotar(leido, 1)
            return leido

        setattr(compartidos.SynchronizedArray, nombre, leer_array)
