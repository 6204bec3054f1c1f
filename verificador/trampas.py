"""Revisión estática de los intentos: código que mete la mano en el juez.

Antes de juzgar un intento (`verificar reto`, `vigilar`, `autor comprobar` y
`verificar calificar`), sin ejecutar nada, se lee el AST
de cada archivo del alumno y se buscan las vías conocidas para engañar al
juez desde dentro del mismo intérprete: importar `verificador` (o pytest y sus
plugins), tocar `sys.modules`, `builtins` o `ctypes`, recorrer objetos con `gc`, inspeccionar marcos
(`sys._getframe`, `inspect.currentframe`, `f_back`, `f_globals`...), salir a
lo bruto (`os._exit`, `os.kill`, `os.exec*`), trucos de importación
(`importlib`, `runpy`, `__import__`, `exec`/`eval`/`compile`), mencionar el
catálogo o las soluciones, escribir en rutas fuera de su carpeta y reemplazar
atributos de `threading`, `time`, `multiprocessing`, `asyncio`, `queue` o
`concurrent` (`threading.Lock = threading.RLock`, `time.sleep = ...`). Cada
hallazgo lleva `archivo:línea` y la regla, y el caso queda en `trampa` sin
ejecutarse.

El archivo se lee como lo lee Python (`importlib.util.decode_source`: BOM,
`# -*- coding: ... -*-`, saltos `\r` y `\r\n`): una cabecera de codificación
no esconde nada. Un archivo que no se puede leer o analizar da un hallazgo de
tipo `ilegible` (no es trampa: el caso queda en `no_carga` sin ejecutarse),
nunca una lista vacía.

Lo que NO puede hacer (y docs/calificar.md lo dice tal cual): es una lista de
patrones sobre el texto, no un sandbox. Un nombre construido en tiempo de
ejecución (`getattr(m, "mod" + "ules")`) o un atajo que no está en la lista se
le escapa; el aislamiento real lo dan el subproceso, los límites y el juez
(que decide por el comportamiento con parámetros al azar). Por eso las reglas
prefieren no acusar a un inocente: el código de nuestras soluciones pasa limpio
(una prueba lo comprueba).
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from verificador.veredictos import Evidencia

__all__ = ["Hallazgo", "evidencia_de_trampa", "revisar_archivo", "revisar_archivos", "revisar_codigo"]

# Módulos cuya sola importación ya es meter la mano en el verificador o el intérprete.
_MODULOS_PROHIBIDOS: dict[str, str] = {
    "verificador": "importa el propio verificador",
    "pytest": "importa pytest, el motor del juez",
    "_pytest": "importa pytest, el motor del juez",
    "pytest_timeout": "importa un plugin del juez",
    "pytest_repeat": "importa un plugin del juez",
    "pluggy": "importa el sistema de plugins del juez",
    "builtins": "modifica las funciones internas de Python (builtins)",
    "__builtin__": "modifica las funciones internas de Python (builtins)",
    "ctypes": "usa ctypes para tocar la memoria del intérprete",
    "importlib": "trucos de importación (importlib)",
    "runpy": "ejecuta otros archivos de Python (runpy)",
    "code": "ejecuta código construido en tiempo de ejecución (code)",
    "codeop": "compila código construido en tiempo de ejecución (codeop)",
    "imp": "trucos de importación (imp)",
    "sitecustomize": "importa la configuración del intérprete",
    "faulthandler": "manipula el volcado de trazas del juez",
    "tracemalloc": "inspecciona la memoria del intérprete",
}

# Atributos de módulos permitidos que no lo son: (módulo, atributo) -> regla.
_ATRIBUTOS_PROHIBIDOS: dict[tuple[str, str], str] = {
    ("sys", "modules"): "toca sys.modules (los módulos cargados del juez)",
    # `gc.collect()` o `gc.disable()` son legítimos; recorrer los objetos vivos no.
    ("gc", "get_objects"): "usa gc para alcanzar objetos del juez (gc.get_objects)",
    ("gc", "get_referrers"): "usa gc para alcanzar objetos del juez (gc.get_referrers)",
    ("gc", "get_referents"): "usa gc para alcanzar objetos del juez (gc.get_referents)",
    ("gc", "garbage"): "usa gc para alcanzar objetos del juez (gc.garbage)",
    ("gc", "callbacks"): "instala ganchos en el recolector del juez (gc.callbacks)",
    ("sys", "_getframe"): "inspecciona marcos de ejecución (sys._getframe)",
    ("sys", "_current_frames"): "inspecciona marcos de ejecución (sys._current_frames)",
    ("sys", "settrace"): "instala un rastreador del intérprete (sys.settrace)",
    ("sys", "setprofile"): "instala un perfilador del intérprete (sys.setprofile)",
    ("sys", "monitoring"): "usa sys.monitoring para espiar la ejecución",
    ("sys", "meta_path"): "trucos de importación (sys.meta_path)",
    ("sys", "path_hooks"): "trucos de importación (sys.path_hooks)",
    ("sys", "addaudithook"): "instala un gancho de auditoría del intérprete",
    ("sys", "excepthook"): "reemplaza el manejador de excepciones del intérprete",
    ("os", "_exit"): "sale del intérprete sin avisar al juez (os._exit)",
    ("os", "abort"): "aborta el intérprete (os.abort)",
    ("os", "kill"): "envía señales a procesos (os.kill)",
    ("os", "killpg"): "envía señales a grupos de procesos (os.killpg)",
    ("os", "fork"): "crea procesos a mano con os.fork",
    ("os", "setsid"): "se escapa del grupo de procesos del juez (os.setsid)",
    ("os", "setpgrp"): "se escapa del grupo de procesos del juez (os.setpgrp)",
    ("os", "dup2"): "reemplaza descriptores de archivo del juez (os.dup2)",
    **{
        ("os", _exec): f"reemplaza el proceso del juez por otro programa (os.{_exec})"
        for _exec in ("execv", "execve", "execl", "execle", "execlp", "execlpe", "execvp",
                      "execvpe")
    },
    ("os", "forkpty"): "crea procesos a mano con os.forkpty",
    ("inspect", "currentframe"): "inspecciona marcos de ejecución (inspect.currentframe)",
    ("inspect", "stack"): "inspecciona la pila de llamadas (inspect.stack)",
    ("inspect", "trace"): "inspecciona la pila de llamadas (inspect.trace)",
    ("inspect", "getouterframes"): "inspecciona la pila de llamadas (inspect.getouterframes)",
    ("inspect", "getinnerframes"): "inspecciona la pila de llamadas (inspect.getinnerframes)",
    ("inspect", "getframeinfo"): "inspecciona marcos de ejecución (inspect.getframeinfo)",
    ("threading", "settrace"): "instala un rastreador en los hilos (threading.settrace)",
    ("threading", "setprofile"): "instala un perfilador en los hilos (threading.setprofile)",
    ("threading", "settrace_all_threads"): "instala un rastreador en todos los hilos",
    ("threading", "setprofile_all_threads"): "instala un perfilador en todos los hilos",
    ("signal", "signal"): "cambia los manejadores de señales (el juez usa señales y tiempos)",
    ("signal", "alarm"): "programa señales del intérprete (signal.alarm)",
    ("signal", "setitimer"): "programa señales del intérprete (signal.setitimer)",
    ("fcntl", "F_SETPIPE_SZ"): "cambia el tamaño de las tuberías (F_SETPIPE_SZ), que el juez fija para "
                               "probar colas llenas",
}

_F_SETPIPE_SZ = 1031  # su valor en Linux, por si se escribe el número

# Atributos que dan acceso a marcos, código o espacios de nombres ajenos, se usen donde se usen.
_ATRIBUTOS_INTROSPECCION: dict[str, str] = {
    "f_back": "recorre marcos de ejecución (f_back)",
    "f_globals": "lee variables globales de otro marco (f_globals)",
    "f_locals": "lee variables locales de otro marco (f_locals)",
    "f_builtins": "lee builtins de otro marco (f_builtins)",
    "f_code": "inspecciona el código de otro marco (f_code)",
    "f_trace": "instala un rastreador en un marco (f_trace)",
    "tb_frame": "alcanza marcos a través de una traza (tb_frame)",
    "tb_next": "recorre una traza hasta los marcos del juez (tb_next)",
    "gi_frame": "alcanza el marco de un generador (gi_frame)",
    "cr_frame": "alcanza el marco de una corrutina (cr_frame)",
    "ag_frame": "alcanza el marco de un generador asíncrono (ag_frame)",
    "__globals__": "lee las variables globales de una función ajena (__globals__)",
    "__builtins__": "modifica las funciones internas de Python (__builtins__)",
    "__subclasses__": "recorre la jerarquía de clases para escapar (__subclasses__)",
    "__code__": "reemplaza el código de una función (__code__)",
    "__closure__": "lee las celdas de una clausura ajena (__closure__)",
    "__loader__": "trucos de importación (__loader__)",
    "__spec__": "trucos de importación (__spec__)",
}

# Nombres sueltos (funciones internas) que sirven para esquivar esta misma revisión.
_LLAMADAS_PROHIBIDAS: dict[str, str] = {
    "__import__": "importa módulos por nombre calculado (__import__)",
    "exec": "ejecuta código construido en tiempo de ejecución (exec)",
    "eval": "evalúa código construido en tiempo de ejecución (eval)",
    "compile": "compila código construido en tiempo de ejecución (compile)",
    "breakpoint": "abre el depurador dentro del juez (breakpoint)",
}

# Módulos de la biblioteca estándar cuyos atributos (o los de sus clases) no se reemplazan:
# `threading.Lock = threading.RLock` o `time.sleep = ...` cambian el módulo para todo el
# proceso, también para el verificador, en vez de arreglar el código del alumno.
_MODULOS_INTOCABLES = ("threading", "_thread", "multiprocessing", "asyncio", "concurrent",
                       "queue", "time")
# Los ganchos que la documentación ofrece para asignar.
_ASIGNABLES = {"threading.excepthook"}

_NOMBRES_PROHIBIDOS: dict[str, str] = {
    "__builtins__": "modifica las funciones internas de Python (__builtins__)",
}

# Textos que delatan que el intento busca los archivos del juez o del progreso.
_TEXTOS_DELATORES: dict[str, str] = {
    "test_juez": "menciona el archivo del juez (test_juez.py)",
    "progreso.sqlite3": "menciona la base de progreso",
    "conftest": "menciona conftest.py (configuración de pytest)",
    "verificador_informe": "menciona el informe del juez",
    "verificador_eventos": "menciona el canal de eventos del juez",
    "verificador_secreto": "menciona el secreto del juez",
    "soluciones": "busca las soluciones del docente (soluciones/)",
    "reto.toml": "lee los metadatos del catálogo (reto.toml)",
    "explicacion.md": "lee las explicaciones del catálogo",
    "_datos": "busca el catálogo instalado con el verificador",
}

_METODOS_ESCRITURA = {"write_text", "write_bytes", "unlink", "rmdir", "rename", "replace",
                      "touch", "mkdir", "symlink_to", "hardlink_to"}
_FUNCIONES_ESCRITURA = {
    ("os", "remove"), ("os", "unlink"), ("os", "rename"), ("os", "replace"),
    ("os", "rmdir"), ("os", "removedirs"), ("os", "symlink"), ("os", "link"),
    ("os", "chmod"), ("os", "truncate"), ("os", "makedirs"), ("os", "mkdir"),
    ("shutil", "rmtree"), ("shutil", "copy"), ("shutil", "copy2"), ("shutil", "copyfile"),
    ("shutil", "move"), ("shutil", "copytree"),
}


@dataclass(frozen=True)
class Hallazgo:
    """Una regla incumplida: dónde (`archivo:linea`) y qué.

    tipo: "trampa" (mete la mano en el verificador) o "ilegible" (no se pudo
    leer ni analizar: no se ejecuta, pero no se acusa a nadie).
    """

    archivo: str
    linea: int
    regla: str
    codigo: str = ""
    tipo: str = "trampa"

    @property
    def es_trampa(self) -> bool:
        return self.tipo == "trampa"

    @property
    def ubicacion(self) -> str:
        return f"{self.archivo}:{self.linea}"

    def a_dict(self) -> dict[str, object]:
        return {"archivo": self.archivo, "linea": self.linea, "regla": self.regla,
                "codigo": self.codigo, "tipo": self.tipo}


def _ruta_fuera(texto: str) -> bool:
    """¿Un literal de ruta sale de la carpeta del alumno? (absoluta, `~` o con `..`)."""
    if not texto:
        return False
    normal = texto.replace("\\", "/")
    if normal.startswith(("/", "~")) or (len(normal) > 1 and normal[1] == ":"):
        return True
    return ".." in PurePosixPath(normal).parts


def _modo_escritura(llamada: ast.Call) -> bool:
    modo: ast.expr | None = llamada.args[1] if len(llamada.args) > 1 else None
    for palabra in llamada.keywords:
        if palabra.arg == "mode":
            modo = palabra.value
    if modo is None:
        return False
    if isinstance(modo, ast.Constant) and isinstance(modo.value, str):
        return any(letra in modo.value for letra in "wax+")
    return True  # un modo calculado: puede ser escritura


class _Revisor(ast.NodeVisitor):
    def __init__(self, archivo: str, lineas: Sequence[str]) -> None:
        self.archivo = archivo
        self.lineas = lineas
        self.hallazgos: list[Hallazgo] = []
        # nombre local -> nombre completo del módulo u objeto importado ("s" -> "sys").
        self.alias: dict[str, str] = {}

    def _anotar(self, nodo: ast.AST, regla: str) -> None:
        linea = getattr(nodo, "lineno", 0)
        codigo = self.lineas[linea - 1].strip() if 0 < linea <= len(self.lineas) else ""
        self.hallazgos.append(Hallazgo(self.archivo, linea, regla, codigo))

    # -- importaciones --------------------------------------------------------------

    def _modulo_prohibido(self, nodo: ast.AST, modulo: str) -> bool:
        raiz = modulo.split(".", 1)[0]
        if raiz in _MODULOS_PROHIBIDOS:
            self._anotar(nodo, _MODULOS_PROHIBIDOS[raiz])
            return True
        return False

    def visit_Import(self, nodo: ast.Import) -> None:
        for nombre in nodo.names:
            if not self._modulo_prohibido(nodo, nombre.name):
                local = nombre.asname or nombre.name.split(".", 1)[0]
                self.alias[local] = nombre.name if nombre.asname else local
        self.generic_visit(nodo)

    def visit_ImportFrom(self, nodo: ast.ImportFrom) -> None:
        modulo = nodo.module or ""
        if nodo.level == 0 and self._modulo_prohibido(nodo, modulo):
            return
        for nombre in nodo.names:
            if nombre.name == "*":
                if modulo in {"sys", "os", "inspect", "signal"}:
                    self._anotar(nodo, f"importa todo de {modulo} (from {modulo} import *)")
                continue
            regla = _ATRIBUTOS_PROHIBIDOS.get((modulo, nombre.name))
            if regla:
                self._anotar(nodo, regla)
            elif nombre.name in _ATRIBUTOS_INTROSPECCION:
                self._anotar(nodo, _ATRIBUTOS_INTROSPECCION[nombre.name])
            else:
                self.alias[nombre.asname or nombre.name] = f"{modulo}.{nombre.name}"
        self.generic_visit(nodo)

    # -- accesos ----------------------------------------------------------------------

    def _nombre_completo(self, nodo: ast.expr) -> str | None:
        """`s.modules` con `import sys as s` -> "sys.modules"; None si no es un nombre."""
        if isinstance(nodo, ast.Name):
            return self.alias.get(nodo.id, nodo.id)
        if isinstance(nodo, ast.Attribute):
            base = self._nombre_completo(nodo.value)
            return f"{base}.{nodo.attr}" if base else None
        return None

    def _revisar_nombre_completo(self, nodo: ast.AST, completo: str | None) -> bool:
        if not completo or "." not in completo:
            return False
        modulo, _, atributo = completo.rpartition(".")
        regla = _ATRIBUTOS_PROHIBIDOS.get((modulo, atributo))
        if regla:
            self._anotar(nodo, regla)
            return True
        return False

    def visit_Attribute(self, nodo: ast.Attribute) -> None:
        if nodo.attr in _ATRIBUTOS_INTROSPECCION:
            self._anotar(nodo, _ATRIBUTOS_INTROSPECCION[nodo.attr])
        else:
            self._revisar_nombre_completo(nodo, self._nombre_completo(nodo))
        # Bajar siempre: `inspect.currentframe().f_back` tiene dos hallazgos. Las partes de
        # `sys.modules` (el nombre `sys`) no tienen regla propia, así que no se repiten.
        self.generic_visit(nodo)

    def visit_Subscript(self, nodo: ast.Subscript) -> None:
        if (isinstance(nodo.ctx, ast.Load) and isinstance(nodo.slice, ast.Name)
                and nodo.slice.id == "__name__" and self._nombre_completo(nodo.value) == "sys.modules"):
            return  # `sys.modules[__name__]`: el módulo propio (el modo habitual de nombrarlo)
        self.generic_visit(nodo)

    def visit_Name(self, nodo: ast.Name) -> None:
        if nodo.id in _NOMBRES_PROHIBIDOS:
            self._anotar(nodo, _NOMBRES_PROHIBIDOS[nodo.id])
        elif nodo.id in self.alias:
            self._revisar_nombre_completo(nodo, self.alias[nodo.id])

    def visit_Constant(self, nodo: ast.Constant) -> None:
        if isinstance(nodo.value, str):
            texto = nodo.value.lower()
            for clave, regla in _TEXTOS_DELATORES.items():
                if clave in texto:
                    self._anotar(nodo, regla)
                    break

    # -- reemplazos en la biblioteca estándar ------------------------------------------

    def _revisar_reemplazo(self, nodo: ast.AST, objetivo: ast.expr) -> None:
        if isinstance(objetivo, (ast.Tuple, ast.List)):
            for elemento in objetivo.elts:
                self._revisar_reemplazo(nodo, elemento)
            return
        if not isinstance(objetivo, ast.Attribute):
            return
        completo = self._nombre_completo(objetivo)
        if completo and completo not in _ASIGNABLES \
                and completo.split(".", 1)[0] in _MODULOS_INTOCABLES:
            self._anotar(nodo, f"reemplaza `{completo}` de la biblioteca estándar para todo el "
                         "proceso (también para el verificador): arregla tu código en su lugar")

    def visit_Assign(self, nodo: ast.Assign) -> None:
        for objetivo in nodo.targets:
            self._revisar_reemplazo(nodo, objetivo)
        self.generic_visit(nodo)

    def visit_AugAssign(self, nodo: ast.AugAssign) -> None:
        self._revisar_reemplazo(nodo, nodo.target)
        self.generic_visit(nodo)

    def visit_AnnAssign(self, nodo: ast.AnnAssign) -> None:
        self._revisar_reemplazo(nodo, nodo.target)
        self.generic_visit(nodo)

    def visit_Delete(self, nodo: ast.Delete) -> None:
        for objetivo in nodo.targets:
            self._revisar_reemplazo(nodo, objetivo)
        self.generic_visit(nodo)

    def visit_Call(self, nodo: ast.Call) -> None:
        funcion = nodo.func
        if isinstance(funcion, ast.Name) and funcion.id in _LLAMADAS_PROHIBIDAS \
                and funcion.id not in self.alias:
            self._anotar(nodo, _LLAMADAS_PROHIBIDAS[funcion.id])
        completo = self._nombre_completo(funcion)
        if completo in ("getattr", "setattr", "delattr") and len(nodo.args) >= 2:
            self._revisar_getattr(nodo)
        self._revisar_escritura(nodo, completo)
        if completo == "fcntl.fcntl" and len(nodo.args) >= 2 and isinstance(nodo.args[1], ast.Constant) \
                and nodo.args[1].value == _F_SETPIPE_SZ:
            self._anotar(nodo, _ATRIBUTOS_PROHIBIDOS[("fcntl", "F_SETPIPE_SZ")])
        self.generic_visit(nodo)

    def _revisar_getattr(self, nodo: ast.Call) -> None:
        objeto, atributo = nodo.args[0], nodo.args[1]
        if not (isinstance(atributo, ast.Constant) and isinstance(atributo.value, str)):
            return
        nombre = atributo.value
        if nombre in _ATRIBUTOS_INTROSPECCION:
            self._anotar(nodo, _ATRIBUTOS_INTROSPECCION[nombre])
            return
        base = self._nombre_completo(objeto)
        if base and self._nombre_completo(nodo.func) in ("setattr", "delattr"):
            self._revisar_reemplazo(nodo, ast.Attribute(value=objeto, attr=nombre, ctx=ast.Store()))
        if base:
            self._revisar_nombre_completo(nodo, f"{base}.{nombre}")

    def _revisar_escritura(self, nodo: ast.Call, completo: str | None) -> None:
        literales = [a.value for a in nodo.args
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        fuera = any(_ruta_fuera(t) for t in literales)
        if completo in ("open", "io.open") and nodo.args and _modo_escritura(nodo):
            primero = nodo.args[0]
            if isinstance(primero, ast.Constant) and isinstance(primero.value, str) \
                    and _ruta_fuera(primero.value):
                self._anotar(nodo, f"escribe fuera de su carpeta ({primero.value!r})")
            return
        if completo and "." in completo:
            modulo, _, funcion = completo.rpartition(".")
            if (modulo, funcion) in _FUNCIONES_ESCRITURA and fuera:
                self._anotar(nodo, f"modifica archivos fuera de su carpeta ({completo})")
                return
        if isinstance(nodo.func, ast.Attribute) and nodo.func.attr in _METODOS_ESCRITURA:
            objeto = nodo.func.value
            if isinstance(objeto, ast.Call):
                rutas = [a.value for a in objeto.args
                         if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if any(_ruta_fuera(r) for r in rutas):
                    self._anotar(nodo, f"escribe fuera de su carpeta (.{nodo.func.attr})")


def _ilegible(archivo: str, error: Exception) -> Hallazgo:
    linea = getattr(error, "lineno", None) or 0
    detalle = getattr(error, "msg", None) or str(error)
    return Hallazgo(archivo, int(linea), f"no se puede leer como Python ({detalle})",
                    tipo="ilegible")


def revisar_codigo(codigo: str | bytes, archivo: str) -> list[Hallazgo]:
    """Los hallazgos de un programa (texto o los bytes del archivo, leídos como Python).

    Un archivo que no se puede decodificar o analizar da un único hallazgo
    `ilegible` con la línea del error: no es trampa, pero tampoco se ejecuta
    código que esta revisión no ha podido leer.
    """
    try:
        texto = importlib.util.decode_source(codigo) if isinstance(codigo, bytes) else codigo
        arbol = ast.parse(texto, filename=archivo)
    except (SyntaxError, ValueError, UnicodeDecodeError, LookupError) as error:
        return [_ilegible(archivo, error)]
    revisor = _Revisor(archivo, texto.splitlines())
    revisor.visit(arbol)
    unicos = {(h.linea, h.regla): h for h in revisor.hallazgos}
    return sorted(unicos.values(), key=lambda h: (h.linea, h.regla))


def revisar_archivo(ruta: Path, nombre: str | None = None) -> list[Hallazgo]:
    """Revisa un archivo; `nombre` es cómo se muestra (p. ej. `banco.py`)."""
    try:
        datos = ruta.read_bytes()
    except OSError as error:
        return [_ilegible(nombre or ruta.name, error)]
    return revisar_codigo(datos, nombre or ruta.name)


def revisar_archivos(rutas: Iterable[tuple[Path, str]]) -> list[Hallazgo]:
    """Revisa varios `(ruta, nombre)` y junta sus hallazgos en orden."""
    hallazgos: list[Hallazgo] = []
    for ruta, nombre in rutas:
        hallazgos.extend(revisar_archivo(ruta, nombre))
    return hallazgos


def evidencia_de_trampa(hallazgos: Sequence[Hallazgo]) -> Evidencia:
    """La evidencia de un veredicto `trampa` por la revisión: cada línea con su regla."""
    primero = hallazgos[0]
    lineas = "\n".join(f"{h.ubicacion}: {h.regla}" + (f"  ->  {h.codigo}" if h.codigo else "")
                       for h in hallazgos)
    return Evidencia(
        resumen=f"El intento mete la mano en el verificador o en el intérprete: {primero.regla}.",
        explicacion="Antes de ejecutar un intento se revisa su código; estas líneas alcanzan el "
        "juez, su proceso o el intérprete (o miran si los vigila el verificador para portarse "
        "distinto), así que el caso no se ejecutó.\n" + lineas,
        ubicacion=primero.ubicacion,
        detalles={"hallazgos": [h.a_dict() for h in hallazgos]},
    )
