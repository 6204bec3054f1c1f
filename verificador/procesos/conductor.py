"""Conductor: el proceso hijo que ejecuta el programa del alumno para un juez.

Se lanza como `python -m verificador.procesos.conductor CONFIG.json` (nunca en
el proceso del verificador). Fija el método de arranque (`spawn` por defecto,
como en Windows y macOS), pone la carpeta del alumno en `sys.path` y ejecuta su
archivo como módulo principal, igual que `python archivo.py`:

- modo `script`: con `__name__ == "__main__"`, tal cual lo ejecutaría el alumno;
- modo `funcion`: con `__name__ == "__mp_main__"`, que es exactamente como lo
  carga cada hijo de `spawn`; el bloque `if __name__ == "__main__":` no corre y
  el conductor llama a `main(**parametros)` con los parámetros del juez.

En ambos modos `sys.modules["__main__"]` es el archivo del alumno, así que los
hijos de `spawn` lo vuelven a ejecutar al arrancar (y el olvido del `if
__name__ == "__main__":` falla aquí como en Windows), y las funciones que el
alumno envía a otros procesos se serializan por nombre como en su máquina.

El resultado (valor devuelto o excepción) se manda al ejecutor por el canal de
registros (`canal.py`; nunca a un archivo que el programa pueda reescribir),
ANTES de que multiprocessing espere a los hijos al salir: así el ejecutor
distingue «respondió y luego no supo terminar».
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import traceback
import types
from pathlib import Path
from typing import Any

# Longitud máxima del repr() de un valor devuelto que no es JSON (caracteres).
MAX_REPR = 2000


def _a_json(valor: Any, profundidad: int = 0) -> Any:
    """Convierte lo que devuelve el alumno a algo JSON, sin perder la forma."""
    if profundidad > 20:
        return repr(valor)[:MAX_REPR]
    if valor is None or isinstance(valor, (bool, int, float, str)):
        return valor
    if isinstance(valor, dict):
        return {str(k): _a_json(v, profundidad + 1) for k, v in valor.items()}
    if isinstance(valor, (list, tuple, set, frozenset)):
        elementos = sorted(valor, key=repr) if isinstance(valor, (set, frozenset)) else valor
        return [_a_json(v, profundidad + 1) for v in elementos]
    if hasattr(valor, "_getvalue"):  # un proxy de Manager (ListProxy, DictProxy...)
        return _a_json(valor._getvalue(), profundidad + 1)
    if hasattr(valor, "value") and hasattr(valor, "get_lock"):  # multiprocessing.Value
        return _a_json(valor.value, profundidad + 1)
    return {"__repr__": repr(valor)[:MAX_REPR], "__tipo__": type(valor).__name__}


def _origen(valor: Any) -> dict[str, Any] | None:
    """Qué elementos del valor devuelto llegaron de otros procesos (ver `origen.py`)."""
    origen = sys.modules.get("_verificador_procesos_origen")
    if origen is None:
        return None
    try:
        return origen.resumen(valor)
    except Exception:  # un valor raro no decide nada
        return None


def _escribir(datos: dict[str, Any]) -> None:
    """Manda el resultado al ejecutor por el canal de la instrumentación de este proceso."""
    hijo = sys.modules.get("_verificador_procesos_hijo")
    if hijo is None:
        raise RuntimeError("el conductor corre sin la instrumentación de procesos")
    hijo.enviar_resultado(datos)


def _excepcion(error: BaseException) -> dict[str, Any]:
    return {
        "estado": "excepcion",
        "tipo": type(error).__name__,
        "mensaje": str(error)[:MAX_REPR],
        "traza": "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    }


def _fijar_metodo(metodo: str) -> None:
    """Fija el método de arranque sin que el programa lo note.

    En un intérprete recién arrancado, la primera llamada del programa a
    `set_start_method` sin `force` funciona; solo la segunda dice «context has
    already been set». Como el conductor ya lo fijó, su primera llamada con el
    mismo método se acepta sin más (el ejemplo de la documentación con
    `freeze_support()` y `set_start_method("spawn")`); pedir otro método sin
    `force` sigue siendo el error que se explica al alumno.
    """
    contexto = multiprocessing.context._default_context
    original = contexto.set_start_method
    original(metodo, force=True)
    elegido = False

    def set_start_method(method: str | None, force: bool = False) -> None:
        nonlocal elegido
        primera, elegido = not elegido, True
        if primera and not force and method == metodo:
            return None
        return original(method, force=force)

    contexto.set_start_method = set_start_method  # type: ignore[method-assign]
    multiprocessing.set_start_method = set_start_method  # type: ignore[assignment]


def ejecutar(config: dict[str, Any]) -> int:
    archivo = os.path.abspath(config["archivo"])
    _fijar_metodo(config.get("metodo", "spawn"))
    sys.path[0] = os.path.dirname(archivo)
    sys.argv = [archivo, *config.get("argv", [])]
    modo = config.get("modo", "funcion")
    nombre = "__main__" if modo == "script" else "__mp_main__"
    modulo = types.ModuleType(nombre)
    modulo.__file__ = archivo
    modulo.__spec__ = None
    modulo.__builtins__ = __builtins__  # type: ignore[attr-defined]
    sys.modules["__main__"] = modulo
    if modo != "script":
        sys.modules["__mp_main__"] = modulo
    fuente = Path(archivo).read_bytes()
    if not fuente.strip():
        _escribir({"estado": "no_carga", "mensaje": "el archivo está vacío",
                              "ubicacion": os.path.basename(archivo)})
        return 0
    try:
        codigo = compile(fuente, archivo, "exec", dont_inherit=True)
    except SyntaxError as error:
        fallo = _excepcion(error)
        fallo["estado"] = "no_carga"
        fallo["ubicacion"] = f"{os.path.basename(archivo)}:{error.lineno or 0}"
        _escribir(fallo)
        return 0
    try:
        exec(codigo, modulo.__dict__)
        if modo == "script":
            datos: dict[str, Any] = {"estado": "ok", "valor": None}
        else:
            nombre_funcion = config.get("funcion", "main")
            funcion = getattr(modulo, nombre_funcion, None)
            if not callable(funcion):
                datos = {
                    "estado": "sin_funcion",
                    "mensaje": f"El archivo no define la función {nombre_funcion}(...).",
                }
            else:
                valor = funcion(**config.get("parametros", {}))
                datos = {"estado": "ok", "valor": _a_json(valor), "origen": _origen(valor)}
    except SystemExit as salida:
        datos = {"estado": "salida", "codigo": salida.code if isinstance(salida.code, int) else 1}
    except BaseException as error:  # la excepción del alumno es un dato, no un fallo nuestro
        datos = _excepcion(error)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    envios = sys.modules.get("_verificador_procesos_envios")
    if envios is not None and envios.fallos_vistos():
        datos["fallos_vistos"] = envios.fallos_vistos()
    perdidos = sys.modules.get("_verificador_procesos_perdidos")
    if perdidos is not None and datos.get("estado") == "ok":
        try:
            datos["excepciones_perdidas"] = perdidos.excepciones_perdidas()
        except Exception:  # lo que el alumno dejó en sus resultados no decide nada
            pass
    try:
        _escribir(datos)
    except (TypeError, ValueError) as error:
        _escribir({"estado": "valor_raro", "mensaje": repr(error)[:MAX_REPR]})
    return 0


def _principal() -> None:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    codigo = ejecutar(config)
    sys.stdout.flush()
    # Salida normal del intérprete: multiprocessing espera a los hijos que sigan vivos,
    # igual que en la máquina del alumno (un Process sin join nos mantiene vivos).
    sys.exit(codigo)


if __name__ == "__main__":
    _principal()
