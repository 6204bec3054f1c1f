"""Orden en que cada proceso toma los candados de multiprocessing (ciclos = interbloqueo).

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_orden`) en
cada proceso instrumentado, con o sin semilla. Cada vez que el código del
alumno pide **sin plazo** un `multiprocessing.Lock` o `RLock` teniendo ya otro
(`with a:` y dentro `with b:`), el proceso manda al ejecutor la arista
«tenía A, pide B» (`orden-<pid>-<n>.json`, una vez por pareja), con los demás
candados que tenía y la línea del alumno. Se anota ANTES de esperar: si el
programa se cuelga ahí, la arista ya está.

El ejecutor reúne las aristas de todos los procesos (`ciclo`): si dos procesos
(o más) piden los mismos candados en órdenes que forman un ciclo, y ningún
otro candado común los pone en fila, el programa puede interbloquearse en
cualquier ejecución, aunque esta vez uno llegara antes que el otro. El
veredicto es `interbloqueo` en cada vuelta, se cuelgue o no.

El fin de un proceso cuenta como un recurso más (`proceso-<pid>`): el hijo lo
«tiene» mientras vive, y quien hace `join()` sin plazo de él lo «pide». Así,
el principal que hace `join()` de un hijo teniendo un candado que ese hijo
pide forma el ciclo «tiene el candado, espera al hijo; el hijo espera el
candado». Como el programa pudo ordenar las dos cosas de otra forma (el hijo
soltó el candado antes, y el principal lo supo), un ciclo con un `join()` solo
cuenta si la ejecución se quedó colgada (`ciclo(..., colgado=)`).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import Any

# Aristas distintas que manda cada proceso como mucho.
MAX_ARISTAS = 50

_h: Any = None
_vistas: set[tuple[str, str, object]] = set()
_conocidos: Any = None  # WeakSet de los candados que este proceso usó


def _nombre(candado: Any) -> str | None:
    try:
        return str(candado._semlock.name or id(candado._semlock))
    except Exception:
        return None


def _mio(candado: Any) -> bool:
    try:
        return bool(candado._semlock._is_mine())
    except Exception:
        return False


def _marco_del_alumno() -> Any:
    """El marco del alumno que pide el candado (a pocos marcos: envolturas de acquire)."""
    for profundidad in range(2, 9):
        try:
            marco = sys._getframe(profundidad)
        except ValueError:
            return None
        if marco.f_code.co_filename in _h._alumno:
            return marco
    return None


def _antes_de_pedir(candado: Any) -> None:
    """El alumno pide `candado` sin plazo: anota «tenía X, pide este» por cada X que tiene."""
    _conocidos.add(candado)
    if len(_vistas) >= MAX_ARISTAS or _mio(candado):
        return  # un RLock que ya es suyo no espera a nadie
    marco = _marco_del_alumno()
    if marco is None:
        return
    pedido = _nombre(candado)
    tenidos = _tenidos(excepto=candado)
    if pedido is None or not tenidos:
        return
    _anotar(tenidos, pedido, marco)


def _tenidos(excepto: Any = None) -> list[str]:
    """Los candados que tiene este hilo; en un hijo, también su propio fin (`proceso-<pid>`)."""
    tenidos = sorted(n for n in (_nombre(c) for c in list(_conocidos) if c is not excepto and _mio(c)) if n)
    if os.getpid() != _h._raiz:
        tenidos.append(f"proceso-{os.getpid()}")
    return tenidos


def _antes_de_unir(proceso: Any) -> None:
    """El alumno hace `join()` sin plazo de `proceso`: «tenía X, pide su fin» por cada candado X
    (y, en un hijo, por su propio fin: quien espera a este hijo espera también a su nieto)."""
    if len(_vistas) >= MAX_ARISTAS or not isinstance(getattr(proceso, "pid", None), int):
        return
    tenidos = _tenidos()
    marco = _marco_del_alumno() if tenidos else None
    if marco is not None:
        _anotar(tenidos, f"proceso-{proceso.pid}", marco)


def _lanzados() -> list[int]:
    """Los procesos que este proceso arrancó hasta ahora (los anota `envios.py` al lanzarlos;
    otra envoltura de `start` aquí alejaría el marco del alumno de la suya)."""
    return list(getattr(_h._envios, "lanzados", ()))


def _anotar(tenidos: list[str], pedido: str, marco: Any) -> None:
    """Manda cada arista nueva. Una pareja de candados se vuelve a mandar si desde la última
    vez este proceso arrancó a otro (la arista de antes no podía cruzarse con él); una con el
    fin de un proceso, por cada línea (el juez mira en qué línea se quedó parado)."""
    lanzados = _lanzados()
    for tenido in tenidos:
        union = tenido.startswith("proceso-") or pedido.startswith("proceso-")
        clave = (tenido, pedido, marco.f_lineno if union else len(lanzados))
        if clave in _vistas:
            continue
        _vistas.add(clave)
        _h._escribir(
            f"orden-{os.getpid()}-{len(_vistas)}.json",
            {
                "actor": f"{_h._nombre_proceso()}:{threading.get_ident()}",
                "proceso": _h._nombre_proceso(),
                "tenia": tenido,
                "pide": pedido,
                "guardias": [n for n in tenidos if n != tenido],
                "archivo": marco.f_code.co_filename,
                "linea": marco.f_lineno,
                "lanzados": lanzados,
            },
        )


def instalar(hijo: Any) -> None:
    global _h, _conocidos
    import multiprocessing.synchronize as sincronizacion
    import weakref

    _h = hijo
    _conocidos = weakref.WeakSet()
    entrar_original = sincronizacion.SemLock.__enter__

    def __enter__(self: Any) -> Any:
        if isinstance(self, (sincronizacion.Lock, sincronizacion.RLock)):
            try:
                _antes_de_pedir(self)
            except Exception:
                pass
        return entrar_original(self)

    sincronizacion.SemLock.__enter__ = __enter__  # type: ignore[method-assign]
    hacer_original = sincronizacion.SemLock._make_methods

    def _make_methods(self: Any) -> None:
        hacer_original(self)
        if not isinstance(self, (sincronizacion.Lock, sincronizacion.RLock)):
            return
        tomar = self.acquire

        def acquire(block: bool = True, timeout: Any = None) -> bool:
            if block and timeout is None:
                try:
                    _antes_de_pedir(self)
                except Exception:
                    pass
            return tomar(block, timeout)

        self.acquire = acquire

    sincronizacion.SemLock._make_methods = _make_methods  # type: ignore[method-assign]
    import multiprocessing.process as proceso

    unir_original = proceso.BaseProcess.join

    def join(self: Any, timeout: float | None = None) -> None:
        if timeout is None:
            try:
                _antes_de_unir(self)
            except Exception:
                pass
        unir_original(self, timeout)

    proceso.BaseProcess.join = join  # type: ignore[method-assign]


def _con_union(camino: list[dict[str, Any]]) -> bool:
    return any(str(a.get("pide")).startswith("proceso-") for a in camino)


def ciclo(aristas: list[dict[str, Any]], colgado: bool = False,
          compatibles: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None,
          ) -> list[dict[str, Any]] | None:
    """Un ciclo de aristas de al menos dos actores distintos, sin guardia común, o None.

    Un ciclo que pasa por un `join()` solo cuenta si la ejecución se quedó colgada.
    `compatibles(a, b)`: ¿pudieron ocurrir a la vez las aristas a y b? (el programa no las
    puso en fila: una antes de lanzar al proceso de la otra, o tras esperar su fin)."""
    por_origen: dict[str, list[dict[str, Any]]] = {}
    for arista in aristas:
        por_origen.setdefault(str(arista.get("tenia")), []).append(arista)

    def buscar(camino: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
        inicio = str(camino[0].get("tenia"))
        ultimo = str(camino[-1].get("pide"))
        if ultimo == inicio:
            actores = {a.get("actor") for a in camino}
            guardias = [set(a.get("guardias") or ()) for a in camino]
            disjuntas = all(not (guardias[i] & guardias[j])
                            for i in range(len(guardias)) for j in range(i + 1, len(guardias)))
            valido = len(actores) == len(camino) and disjuntas and (colgado or not _con_union(camino))
            if valido and compatibles is not None:
                valido = all(compatibles(camino[i], camino[j])
                             for i in range(len(camino)) for j in range(i + 1, len(camino)))
            return camino if valido else None
        if len(camino) >= 4:
            return None
        usados = {str(a.get("tenia")) for a in camino}
        for siguiente in por_origen.get(ultimo, []):
            if str(siguiente.get("pide")) in usados - {inicio}:
                continue
            hallado = buscar([*camino, siguiente])
            if hallado:
                return hallado
        return None

    for arista in sorted(aristas, key=lambda a: (str(a.get("proceso")), int(a.get("linea") or 0))):
        hallado = buscar([arista])
        if hallado:
            return hallado
    return None
