"""Las llamadas que esperan de verdad, hechas por el alumno dentro de un paso del bucle.

`time.sleep` dentro de una corrutina se apunta como bloqueo del bucle sea cual
sea su duración (parches.py). Otras llamadas congelan el bucle igual, pero su
espera es real: un `subprocess.run`, el `result()` de una Future de
`concurrent.futures` que aún no terminó, un `urlopen` síncrono. Medirlas con
el reloj de pared (el umbral de `bucle.py`) haría depender el veredicto de la
máquina: 0,3 s de espera pasan desapercibidos en una y no en otra. Aquí se
reconocen por su nombre: cuando el código del alumno las llama en un paso del
bucle (no desde `to_thread`, que corre en otro hilo), el paso queda apuntado
como bloqueo, dure lo que dure, igual que un `time.sleep`.

Cuentan las llamadas que siempre esperan algo de fuera (un proceso, la red,
otro hilo). Un cálculo largo en C no pasa por el contador de líneas del motor
(una sola línea del alumno) y medirlo con la CPU del hilo (que el trazado del
motor infla, y que depende de la máquina) arriesgaría suspender programas
correctos; así que solo se reconocen los cálculos cuyo coste dicen sus
argumentos: `hashlib.pbkdf2_hmac` con 100 000 iteraciones o más (las que se
recomiendan para guardar contraseñas: décimas de segundo de CPU) y
`hashlib.scrypt` con n·r·p de 2¹⁷ o más. Por debajo de eso no se apuntan.
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import os
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from time import perf_counter as reloj_real
from typing import Any

from verificador.asincrono import bucle as _bucle
from verificador.asincrono.control import Bloqueo, Control

# (objeto, atributo, nombre en el informe): funciones de módulo que siempre esperan.
_FUNCIONES: list[tuple[Any, str, str]] = [
    (subprocess, "run", "subprocess.run"),
    (subprocess, "call", "subprocess.call"),
    (subprocess, "check_call", "subprocess.check_call"),
    (subprocess, "check_output", "subprocess.check_output"),
    (subprocess, "getoutput", "subprocess.getoutput"),
    (subprocess, "getstatusoutput", "subprocess.getstatusoutput"),
    (os, "system", "os.system"),
    (urllib.request, "urlopen", "urllib.request.urlopen"),
    (socket, "create_connection", "socket.create_connection"),
]
# Cálculos en C cuyo coste dicen sus argumentos: (objeto, atributo, nombre, ¿largo?(args, kwargs)).
ITERACIONES_PBKDF2 = 100_000
COSTE_SCRYPT = 2 ** 17


def _pbkdf2_largo(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    iteraciones = args[3] if len(args) > 3 else kwargs.get("iterations", 0)
    return isinstance(iteraciones, int) and iteraciones >= ITERACIONES_PBKDF2


def _scrypt_largo(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    n, r, p = (kwargs.get(k, 1) for k in ("n", "r", "p"))
    return all(isinstance(x, int) for x in (n, r, p)) and n * r * p >= COSTE_SCRYPT


_CALCULOS: list[tuple[Any, str, str, Callable[[tuple[Any, ...], dict[str, Any]], bool]]] = [
    (hashlib, "pbkdf2_hmac", "hashlib.pbkdf2_hmac", _pbkdf2_largo),
]
if hasattr(hashlib, "scrypt"):
    _CALCULOS.append((hashlib, "scrypt", "hashlib.scrypt", _scrypt_largo))
# Métodos que esperan solo si lo que esperan aún no terminó (`pendiente`).
_METODOS: list[tuple[type, str, str, Callable[[Any], bool]]] = [
    (subprocess.Popen, "wait", "Popen.wait", lambda p: p.returncode is None),
    (subprocess.Popen, "communicate", "Popen.communicate", lambda p: p.returncode is None),
    (concurrent.futures.Future, "result", "Future.result", lambda f: not f.done()),
    (concurrent.futures.Future, "exception", "Future.exception", lambda f: not f.done()),
]


def _envolver(original: Callable[..., Any], nombre: str, actual: Callable[[], Control | None],
              pendiente: Callable[[Any], bool] | None,
              largo: Callable[[tuple[Any, ...], dict[str, Any]], bool] | None = None) -> Callable[..., Any]:
    @functools.wraps(original)
    def llamada(*args: Any, **kwargs: Any) -> Any:
        c = actual()
        llamador = sys._getframe(1)
        del_alumno = c is not None and llamador.f_code.co_filename in c.archivos
        bucle = _bucle.bucle_en_paso() if del_alumno else None
        if c is None or bucle is None or (pendiente is not None and args and not pendiente(args[0])) \
                or (largo is not None and not largo(args, kwargs)):
            return original(*args, **kwargs)
        donde = llamador.f_code.co_filename, llamador.f_lineno
        inicio = reloj_real()
        try:
            return original(*args, **kwargs)
        finally:
            segundos = reloj_real() - inicio
            bucle.espera_en_paso += segundos  # ya apuntado aquí: no otra vez por el umbral real
            c.bloqueos.append(Bloqueo(c.actor, donde[0], donde[1], segundos, True, f"{nombre}()"))
            c.anotar(c.actor, donde[0], donde[1], f"bloqueó el bucle de eventos con {nombre}()")

    return llamada


@contextmanager
def instaladas(actual: Callable[[], Control | None]) -> Iterator[None]:
    """Mientras dura, las llamadas de la lista, hechas por el alumno en un paso de la
    ejecución en curso (`actual()`), se apuntan."""
    anteriores: list[tuple[Any, str, Any]] = []
    try:
        for objeto, atributo, nombre in _FUNCIONES:
            original = getattr(objeto, atributo)
            anteriores.append((objeto, atributo, original))
            setattr(objeto, atributo, _envolver(original, nombre, actual, None))
        for objeto, atributo, nombre, largo in _CALCULOS:
            original = getattr(objeto, atributo)
            anteriores.append((objeto, atributo, original))
            setattr(objeto, atributo, _envolver(original, nombre, actual, None, largo))
        for clase, atributo, nombre, pendiente in _METODOS:
            original = clase.__dict__[atributo]
            anteriores.append((clase, atributo, original))
            setattr(clase, atributo, _envolver(original, nombre, actual, pendiente))
        yield
    finally:
        for objeto, atributo, original in reversed(anteriores):
            setattr(objeto, atributo, original)
