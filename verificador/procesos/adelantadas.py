"""Lecturas adelantadas del principal: usó resultados antes de que llegaran (solo con semilla).

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_adelantadas`)
en el proceso principal, después de `retencion.py`. Mientras hay hijos
retenidos (ver `retencion.py`), cada lectura que el código del principal hace
de un `Array`, un `Value` o un proxy de `Manager` se anota con una huella del
dato. Igual con la lista (o el diccionario, o el conjunto) que llena el
`callback` de un `map_async`/`apply_async`/`starmap_async` (o el de
`Future.add_done_callback`, en un `ProcessPoolExecutor`) mientras su
resultado no está listo: esas lecturas no pasan por ningún método que se pueda
envolver, así que se ven con un trazador de líneas en los marcos del alumno
del principal (una línea que carga ese nombre; `lista.append`/`extend`, que
se pasan como callback, no cuentan como lectura).

Una lectura anotada se olvida si el principal vuelve a leer el mismo dato
después de que se soltó a algún hijo (un bucle que sondea una bandera) o
cuando su resultado ya está listo. Si al final (tras un `join` de un hijo
retenido, y al salir el intérprete, cuando ya terminaron los hijos) el dato ya
no es el que leyó, el principal usó un resultado a medio hacer: se anota
`adelantada-<pid>-<n>.json` con el nombre, la línea y los dos valores. Un dato
que nadie cambió después (pasar un `Array` como argumento a otro proceso) no
cuenta. Un proxy cuyo `Manager` ya se cerró no se puede releer: no cuenta.
"""

from __future__ import annotations

import dis
import os
import sys
import threading
import zlib
from concurrent import futures as _futuros
from types import CodeType, FrameType
from typing import Any

# Lecturas adelantadas que se anotan por proceso (la prueba), y caracteres de cada valor.
MAX_ANOTADAS = 3
MAX_VALOR = 200
# Métodos que escriben en el dato: cargar el nombre para llamarlos no es leerlo.
ESCRITORES = frozenset({"append", "extend", "add", "update", "insert", "__setitem__", "put",
                        "setdefault"})

_h: Any = None
_r: Any = None  # el módulo retencion.py
_cerrojo = threading.Lock()
_pendientes: list[dict[str, Any]] = []  # lecturas adelantadas aún sin confirmar ni olvidar
_anotadas = 0
_objetivos: list[tuple[Any, Any, frozenset[str]]] = []  # (objeto, resultado async, nombres)
_lineas: dict[CodeType, dict[int, frozenset[str]]] = {}
_previo: Any = None
_trazando = False


def _huella(objeto: Any) -> tuple[int, str] | None:
    """Huella y texto corto del valor actual de un dato compartido (None: no se puede leer)."""
    try:
        import multiprocessing.managers as gestores
        import multiprocessing.sharedctypes as compartidos

        if isinstance(objeto, compartidos.SynchronizedArray):
            valor: Any = list(objeto.get_obj())
        elif isinstance(objeto, compartidos.Synchronized):
            crudo = objeto.get_obj()
            valor = type(crudo).value.__get__(crudo)
        elif isinstance(objeto, gestores.BaseProxy):
            valor = objeto._getvalue()
            if type(objeto).__name__ == "ValueProxy":
                valor = objeto.get()
        else:
            valor = objeto.copy() if hasattr(objeto, "copy") else objeto
        texto = repr(valor)
    except Exception:
        return None
    return zlib.crc32(texto.encode("utf-8", "replace")), texto[:MAX_VALOR]


def _nombre(marco: FrameType, objeto: Any) -> str:
    for espacio in (marco.f_locals, marco.f_globals):
        for nombre, valor in list(espacio.items()):
            if valor is objeto and not nombre.startswith("__"):
                return str(nombre)
    return type(objeto).__name__


def leida(objeto: Any, marco: FrameType | None) -> None:
    """El principal leyó `objeto` (Array, Value o proxy) desde `marco` del alumno."""
    if marco is None or _r is None:
        return
    if _pendientes:
        _olvidar(objeto)
    if not _r.hay_retenidos():
        return
    _anotar(objeto, marco, _nombre(marco, objeto))


def _anotar(objeto: Any, marco: FrameType, nombre: str, *, callback: bool = False) -> None:
    with _cerrojo:
        if any(p["objeto"] is objeto for p in _pendientes):
            return
    huella = _huella(objeto)
    if huella is None:
        return
    with _cerrojo:
        _pendientes.append({"objeto": objeto, "huella": huella[0], "antes": huella[1],
                            "sueltas": _r._sueltas, "nombre": nombre, "callback": callback,
                            "archivo": marco.f_code.co_filename, "linea": marco.f_lineno})


def _olvidar(objeto: Any) -> None:
    """Una lectura después de soltar a algún hijo: la anterior ya no es la que decide."""
    with _cerrojo:
        _pendientes[:] = [p for p in _pendientes
                          if not (p["objeto"] is objeto and not p["callback"]
                                  and p["sueltas"] < _r._sueltas)]


def comprobar(*, final: bool = False) -> None:
    """Las lecturas adelantadas cuyo dato cambió después: se anotan como prueba."""
    global _anotadas
    with _cerrojo:
        pendientes = list(_pendientes)
    for pendiente in pendientes:
        if not final and (pendiente["callback"] or pendiente["sueltas"] == _r._sueltas):
            continue  # aún no se soltó a nadie desde la lectura
        huella = _huella(pendiente["objeto"])
        if huella is None or huella[0] == pendiente["huella"]:
            if final:
                _quitar(pendiente)
            continue
        _quitar(pendiente)
        if _anotadas >= MAX_ANOTADAS:
            continue
        _anotadas += 1
        _h._escribir(f"adelantada-{os.getpid()}-{_anotadas}.json", {
            "nombre": pendiente["nombre"], "archivo": pendiente["archivo"],
            "linea": pendiente["linea"], "antes": pendiente["antes"], "despues": huella[1]})


def _quitar(pendiente: dict[str, Any]) -> None:
    with _cerrojo:
        if pendiente in _pendientes:
            _pendientes.remove(pendiente)


# --- la lista que llena un callback: un trazador de líneas ----------------------------


def _cargas(codigo: CodeType) -> dict[int, frozenset[str]]:
    """Por línea, los nombres que se cargan para leerlos (no para llamar a un escritor)."""
    tabla = _lineas.get(codigo)
    if tabla is not None:
        return tabla
    por_linea: dict[int, set[str]] = {}
    instrucciones = list(dis.get_instructions(codigo))
    linea = codigo.co_firstlineno
    for i, instruccion in enumerate(instrucciones):
        numero = getattr(instruccion, "line_number", None) or instruccion.starts_line
        if isinstance(numero, int) and numero is not True:
            linea = numero
        if not instruccion.opname.startswith(("LOAD_NAME", "LOAD_GLOBAL", "LOAD_FAST",
                                              "LOAD_DEREF")):
            continue
        siguiente = instrucciones[i + 1] if i + 1 < len(instrucciones) else None
        if (siguiente is not None and siguiente.opname in ("LOAD_ATTR", "LOAD_METHOD")
                and siguiente.argval in ESCRITORES):
            continue
        nombres = instruccion.argval if isinstance(instruccion.argval, tuple) else (instruccion.argval,)
        por_linea.setdefault(linea, set()).update(str(n) for n in nombres)
    tabla = {k: frozenset(v) for k, v in por_linea.items()}
    _lineas[codigo] = tabla
    return tabla


def _listo(resultado: Any) -> bool:
    """¿Ya se entregó el resultado (y corrió su callback)? Sin contar como espera."""
    try:
        if isinstance(resultado, _futuros.Future):
            return bool(resultado.done())
        return bool(resultado._event.is_set())
    except Exception:
        return True


def _local(marco: FrameType, evento: str, arg: Any) -> Any:
    if not (_objetivos or _pendientes):
        return None
    if evento != "line":
        return _local
    try:
        nombres = _cargas(marco.f_code).get(marco.f_lineno)
        if nombres:
            for objeto, resultado, suyos in list(_objetivos):
                if not nombres & suyos:
                    continue
                if _listo(resultado):
                    with _cerrojo:  # lo vuelve a leer con el resultado ya entregado
                        _pendientes[:] = [p for p in _pendientes if p["objeto"] is not objeto]
                    _objetivos.remove((objeto, resultado, suyos))
                else:
                    _anotar(objeto, marco, sorted(nombres & suyos)[0], callback=True)
    except Exception:
        pass
    return _local


def _global(marco: FrameType, evento: str, arg: Any) -> Any:
    if _previo is not None:
        try:
            _previo(marco, evento, arg)
        except Exception:
            pass
    if marco.f_code.co_filename in _h._alumno and (_objetivos or _pendientes):
        return _local
    return None


def _trazar(marco: FrameType | None) -> None:
    """Traza las líneas del alumno de este hilo (los marcos vivos y los nuevos)."""
    global _previo, _trazando
    if not _trazando:
        _trazando = True
        _previo = sys.gettrace()
        if _previo is _global:
            _previo = None
        sys.settrace(_global)
    while marco is not None:
        if marco.f_code.co_filename in _h._alumno:
            marco.f_trace = _local
            marco.f_trace_lines = True
        marco = marco.f_back


def _objetivo_de(callback: Any) -> list[Any]:
    """Los objetos que llena un callback: `lista.append` o los globales que nombra."""
    duenio = getattr(callback, "__self__", None)
    if isinstance(duenio, (list, dict, set)):
        return [duenio]
    codigo = getattr(callback, "__code__", None)
    globales = getattr(callback, "__globals__", {})
    if codigo is None:
        return []
    return [globales[n] for n in codigo.co_names
            if isinstance(globales.get(n), (list, dict, set))]


def _instalar_pool() -> None:
    import multiprocessing.pool as pool

    for metodo in ("map_async", "starmap_async", "apply_async"):
        original = getattr(pool.Pool, metodo)

        def envoltura(self: Any, *args: Any, _o: Any = original, **kwargs: Any) -> Any:
            resultado = _o(self, *args, **kwargs)
            callback = kwargs.get("callback")
            if callback is None and _o.__name__ in ("map_async", "starmap_async") and len(args) > 3:
                callback = args[3]
            elif callback is None and _o.__name__ == "apply_async" and len(args) > 2:
                callback = args[2]
            _vigilar_callback(resultado, callback)
            return resultado

        envoltura.__name__ = original.__name__
        envoltura.__doc__ = original.__doc__
        setattr(pool.Pool, metodo, envoltura)


def _vigilar_callback(resultado: Any, callback: Any) -> None:
    """Un callback que llenará una lista (o un diccionario...) del alumno cuando llegue `resultado`."""
    marco = _h.marco_del_alumno(1, 4)
    if callback is None or marco is None:
        return
    for objeto in _objetivo_de(callback):
        nombres = frozenset(n for espacio in (marco.f_locals, marco.f_globals)
                            for n, v in list(espacio.items()) if v is objeto)
        if nombres:
            _objetivos.append((objeto, resultado, nombres))
    if _objetivos:
        _trazar(marco)


def _instalar_futuros() -> None:
    """`Future.add_done_callback` (un `ProcessPoolExecutor`): lo mismo que el callback de un Pool."""
    original = _futuros.Future.add_done_callback

    def add_done_callback(self: Any, fn: Any, _o: Any = original) -> None:
        if not self.done():
            _vigilar_callback(self, fn)
        _o(self, fn)

    add_done_callback.__doc__ = original.__doc__
    _futuros.Future.add_done_callback = add_done_callback  # type: ignore[method-assign]


def instalar(hijo: Any) -> None:
    """Solo en el principal y con semilla."""
    global _h, _r
    if hijo._semilla is None or os.getpid() != hijo._raiz:
        return
    _h = hijo
    _r = hijo._retencion
    _instalar_pool()
    _instalar_futuros()
