"""What a program uses, decided from its source (cheap: no engine is imported)."""

from __future__ import annotations

import ast
import functools
import linecache
from dataclasses import dataclass


def usa_asyncio(fuente: str) -> bool:
    """Does the program use asyncio? `verificar explorar` picks the engine with it."""
    try:
        arbol = ast.parse(fuente)
    except SyntaxError:
        return "asyncio" in fuente
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.Import) and any(a.name.split(".")[0] == "asyncio" for a in nodo.names):
            return True
        if isinstance(nodo, ast.ImportFrom) and (nodo.module or "").split(".")[0] == "asyncio":
            return True
        if isinstance(nodo, (ast.AsyncFunctionDef, ast.Await)):
            return True
    return False


# Módulos cuyo uso manda un programa al motor de procesos de `verificar explorar`.
_MODULOS_DE_PROCESOS = {"multiprocessing"}


def _solo_hilos(modulo: str, nombres: list[str] | None) -> bool:
    """An import from multiprocessing that only brings threads: `multiprocessing.dummy`
    (its Pool and Process are threads) or `ThreadPool` from `multiprocessing.pool`."""
    if modulo == "multiprocessing.dummy" or modulo.startswith("multiprocessing.dummy."):
        return True
    if modulo == "multiprocessing" and nombres is not None:
        return all(n == "dummy" for n in nombres)
    return modulo == "multiprocessing.pool" and nombres is not None and all(n == "ThreadPool" for n in nombres)


def usa_procesos(fuente: str) -> bool:
    """Does the program use `multiprocessing` or `ProcessPoolExecutor`? (process engine)

    Programs that take only threads from multiprocessing (`multiprocessing.dummy`,
    `multiprocessing.pool.ThreadPool`) stay with the thread engine.
    """
    try:
        arbol = ast.parse(fuente)
    except SyntaxError:
        return "multiprocessing" in fuente or "ProcessPoolExecutor" in fuente
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.Import) and any(
            a.name.split(".")[0] in _MODULOS_DE_PROCESOS and not _solo_hilos(a.name, None)
            for a in nodo.names
        ):
            return True
        if isinstance(nodo, ast.ImportFrom):
            modulo = nodo.module or ""
            if modulo.split(".")[0] in _MODULOS_DE_PROCESOS and not _solo_hilos(
                modulo, [a.name for a in nodo.names]
            ):
                return True
            if modulo.startswith("concurrent") and any(
                a.name in ("ProcessPoolExecutor", "process", "*") for a in nodo.names
            ):
                return True
        if isinstance(nodo, ast.Attribute) and nodo.attr == "ProcessPoolExecutor":
            return True
    return False


@functools.lru_cache(maxsize=64)
def _bucles_sin_fin(fuente: str) -> tuple[tuple[int, int], ...]:
    """Line ranges of `while True:` (or `while 1:`) loops without a `break` of their own."""
    try:
        arbol = ast.parse(fuente)
    except (SyntaxError, ValueError):
        return ()
    return tuple((nodo.lineno, nodo.end_lineno or nodo.lineno)
                 for nodo in ast.walk(arbol) if _es_bucle_sin_fin(nodo))


def _es_bucle_sin_fin(nodo: ast.AST) -> bool:
    """`while True:` (or `while 1:`) without a `break` of its own."""
    return isinstance(nodo, ast.While) and isinstance(nodo.test, ast.Constant) \
        and bool(nodo.test.value) and not _tiene_break(nodo)


def _tiene_break(bucle: ast.While) -> bool:
    pendientes: list[ast.AST] = list(bucle.body)
    while pendientes:
        nodo = pendientes.pop()
        if isinstance(nodo, ast.Break):
            return True
        if isinstance(nodo, (ast.While, ast.For, ast.AsyncFor, ast.FunctionDef, ast.AsyncFunctionDef,
                             ast.ClassDef, ast.Lambda)):
            continue  # a break there ends another loop
        pendientes.extend(ast.iter_child_nodes(nodo))
    return False


def en_bucle_sin_fin(archivo: str, linea: int) -> bool:
    """Is this line inside an endless service loop (a logger, a heartbeat...)?"""
    linecache.checkcache(archivo)  # the file may have changed (`verificar vigilar`)
    return any(a <= linea <= b for a, b in _bucles_sin_fin("".join(linecache.getlines(archivo))))


def doble_comprobacion(archivo: str, lectura: int, escritura: int) -> bool:
    """Are these the outer check and the inner store of a double-checked initialisation?

        if X is None:          # `lectura`: may race with the store, harmlessly
            with candado:
                if X is None:
                    X = crear()  # `escritura`

    In CPython the store publishes a fully built object in one step: the
    outer check sees None (and then checks again under the lock) or the
    object, never anything half-made; so does any read of X after it in the
    same function (`return X`). `X` is any name or attribute (`cls._unica`);
    the check may be `is None`, `== None` or `not X`.
    """
    linecache.checkcache(archivo)
    return any(a <= lectura <= b and c <= escritura <= d
               for (a, b), (c, d) in _dobles_comprobaciones("".join(linecache.getlines(archivo))))


def _comprobado(test: ast.expr) -> str | None:
    """The expression whose absence `test` checks (`X is None`, `X == None`, `not X`), as text."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return ast.unparse(test.operand)
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.Eq)) \
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
        return ast.unparse(test.left)
    return None


@functools.lru_cache(maxsize=64)
def _dobles_comprobaciones(fuente: str) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """(lines of the outer check, lines of the inner store) of each double-checked initialisation."""
    try:
        arbol = ast.parse(fuente)
    except (SyntaxError, ValueError):
        return ()
    pares = []
    funciones = [f for f in ast.walk(arbol) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for externo in ast.walk(arbol):
        if not isinstance(externo, ast.If):
            continue
        objetivo = _comprobado(externo.test)
        if objetivo is None:
            continue
        lineas = (externo.test.lineno, externo.test.end_lineno or externo.test.lineno)
        # the reads after it in the innermost function around it (`return X`)
        dentro = [f for f in funciones if f.lineno <= externo.lineno <= (f.end_lineno or f.lineno)]
        if dentro:
            funcion = max(dentro, key=lambda f: f.lineno)
            lineas = (lineas[0], funcion.end_lineno or lineas[1])
        bajo_candado = (n for con in externo.body if isinstance(con, ast.With) for n in ast.walk(con))
        for interno in bajo_candado:
            if isinstance(interno, ast.If) and _comprobado(interno.test) == objetivo:
                pares.extend((lineas, (a.lineno, a.end_lineno or a.lineno)) for a in _asignaciones(interno, objetivo))
    return tuple(pares)


def _asignaciones(nodo: ast.AST, objetivo: str) -> list[ast.Assign]:
    """The assignments to `objetivo` (as text) inside `nodo`."""
    return [a for a in ast.walk(nodo)
            if isinstance(a, ast.Assign) and any(ast.unparse(t) == objetivo for t in a.targets)]


def comprobacion_de_duenio(archivo: str, lectura: int, escritura: int) -> bool:
    """Are these an ownership check and a store of an owner, as in a hand-written RLock?

        yo = threading.get_ident()
        if self._duenio == yo:     # `lectura`: races with the stores, harmlessly
            ...
        self._duenio = yo          # `escritura` (or `= None`, `= 0`)

    The read races with other threads' stores, but the value it reads can only
    equal this thread's identity if this thread stored it: every store writes
    its own thread's identity (`get_ident()`, `current_thread()`, a name taken
    from one in the same function) or nothing (`None`, `0`). CPython's own
    `threading._PyRLock` is written this way. Any other store to the same
    location is not one of these, and still races.
    """
    linecache.checkcache(archivo)
    lecturas, escrituras = _duenios("".join(linecache.getlines(archivo)))
    return any((x, escritura) in escrituras for x, linea in lecturas if linea == lectura)


_IDENTIDAD = frozenset({"get_ident", "get_native_id", "current_thread", "currentThread"})


def _es_identidad(expr: ast.expr, propios: set[str]) -> bool:
    """`get_ident()`/`current_thread()` (with any prefix), or a name assigned from one."""
    if isinstance(expr, ast.Call):
        funcion = expr.func
        nombre = funcion.attr if isinstance(funcion, ast.Attribute) else getattr(funcion, "id", None)
        return nombre in _IDENTIDAD
    return isinstance(expr, ast.Name) and expr.id in propios


@functools.lru_cache(maxsize=64)
def _duenios(fuente: str) -> tuple[frozenset[tuple[str, int]], frozenset[tuple[str, int]]]:
    """(location, line) of each ownership check, and of each store of an owner or of nothing."""
    try:
        arbol = ast.parse(fuente)
    except (SyntaxError, ValueError):
        return frozenset(), frozenset()
    lecturas: set[tuple[str, int]] = set()
    escrituras: set[tuple[str, int]] = set()
    for funcion in ast.walk(arbol):
        if not isinstance(funcion, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        propios = {a.targets[0].id for a in ast.walk(funcion)
                   if isinstance(a, ast.Assign) and len(a.targets) == 1
                   and isinstance(a.targets[0], ast.Name) and _es_identidad(a.value, set())}
        for nodo in ast.walk(funcion):
            if isinstance(nodo, ast.Compare) and len(nodo.ops) == 1 \
                    and isinstance(nodo.ops[0], (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)):
                lados = (nodo.left, nodo.comparators[0])
                for lado, otro in (lados, lados[::-1]):
                    if isinstance(lado, (ast.Name, ast.Attribute)) and _es_identidad(otro, propios):
                        lecturas.add((ast.unparse(lado), lado.lineno))
            elif isinstance(nodo, ast.Assign):
                nada = isinstance(nodo.value, ast.Constant) and nodo.value.value in (None, 0)
                if nada or _es_identidad(nodo.value, propios):
                    escrituras.update((ast.unparse(t), nodo.lineno) for t in nodo.targets
                                      if isinstance(t, (ast.Name, ast.Attribute)))
    return frozenset(lecturas), frozenset(escrituras)


def muta_en_linea(archivo: str, linea: int, nombre: str) -> bool:
    """Does line `linea` of `archivo` change the container `nombre` (a global or an attribute) in place?

    `nombre.append(…)` (any mutating method), `nombre[k] = …`, `del nombre[k]`,
    `nombre += …` on a list: reading `nombre` there is the first half of a write,
    not a use of what it holds.
    """
    linecache.checkcache(archivo)
    return nombre in _mutados_por_linea("".join(linecache.getlines(archivo))).get(linea, ())


def _nombre_de(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return None


@functools.lru_cache(maxsize=64)
def _mutados_por_linea(fuente: str) -> dict[int, frozenset[str]]:
    try:
        arbol = ast.parse(fuente)
    except (SyntaxError, ValueError):
        return {}
    mutados: dict[int, set[str]] = {}
    for nodo in ast.walk(arbol):
        contenedor: ast.expr | None = None
        if isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Attribute) \
                and nodo.func.attr in _MUTADORES:
            contenedor = nodo.func.value
        elif isinstance(nodo, ast.Subscript) and isinstance(nodo.ctx, (ast.Store, ast.Del)):
            contenedor = nodo.value
        elif isinstance(nodo, ast.AugAssign) and isinstance(nodo.target, (ast.Name, ast.Attribute)):
            contenedor = nodo.target
        nombre = _nombre_de(contenedor) if contenedor is not None else None
        if nombre is not None:
            mutados.setdefault(nodo.lineno, set()).add(nombre)
    return {linea: frozenset(nombres) for linea, nombres in mutados.items()}


# Methods that change the container they are called on.
_MUTADORES = frozenset({
    "append", "extend", "insert", "update", "add", "setdefault", "pop", "popitem", "remove",
    "discard", "clear", "appendleft", "extendleft", "sort", "reverse", "put", "put_nowait",
})


@dataclass(frozen=True)
class Llenado:
    """What a function without an endless service loop fills, itself or through the helpers it calls."""

    globales: frozenset[str] = frozenset()  # globals
    parametros: frozenset[int] = frozenset()  # positional parameters (0 is `self` in a method)
    atributos: frozenset[str] = frozenset()  # attributes of its first parameter (`self.resultados`)


def llenado(archivo: str, linea: int, servicio: bool = False) -> Llenado | None:
    """What the function defined at `linea` of `archivo` fills as finite work (None: not finite work).

    Writes are `x = …`/`x += …` under `global x`, `x[k] = …`, a mutating method
    call (`x.append(…)`), and the same on `self.x`; a call to a helper defined
    in the same file (`anotar(v)`, `self.anotar(v)`) fills what the helper fills
    in globals and in `self`. A function with an endless service loop
    (`while True:` without its own `break`) is never finite work; with
    `servicio`, what it fills for each item it serves is given too (a service
    thread that still had items handed to it).
    """
    linecache.checkcache(archivo)
    return _llenados("".join(linecache.getlines(archivo)), servicio).get(linea)


def llena_global(archivo: str, linea: int, nombre: str) -> bool:
    """Does the function defined at `linea` of `archivo` write the global `nombre` as finite work?"""
    lleno = llenado(archivo, linea)
    return lleno is not None and nombre in lleno.globales


def trabajo_finito(archivo: str, linea: int) -> bool:
    """Is the function defined at `linea` of `archivo` free of endless service loops?"""
    return llenado(archivo, linea) is not None


def _raiz(expr: ast.expr) -> tuple[str, str | None] | None:
    """`x` -> ("x", None); `self.x` -> ("self", "x"); anything else -> None."""
    if isinstance(expr, ast.Name):
        return expr.id, None
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        return expr.value.id, expr.attr
    return None


@dataclass
class _Funcion:
    parametros: list[str]
    globales: set[str]
    parametros_llenos: set[int]
    atributos: set[str]
    llamadas: set[str]  # helpers called by name: `f(…)`
    metodos: set[str]  # methods called on the first parameter: `self.f(…)`
    clase: ast.ClassDef | None


@functools.lru_cache(maxsize=64)
def _llenados(fuente: str, servicios: bool = False) -> dict[int, Llenado]:
    """For each function without an endless loop (or any, with `servicios`), by its `def` line: what it fills."""
    try:
        arbol = ast.parse(fuente)
    except (SyntaxError, ValueError):
        return {}
    clases = {id(f): c for c in ast.walk(arbol) if isinstance(c, ast.ClassDef)
              for f in c.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
    funciones: dict[int, tuple[ast.AST, _Funcion]] = {}
    for funcion in ast.walk(arbol):
        if isinstance(funcion, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                and (servicios or not any(_es_bucle_sin_fin(nodo) for nodo in ast.walk(funcion))):
            funciones[id(funcion)] = (funcion, _lo_que_llena(funcion, clases.get(id(funcion))))
    por_nombre = {f.name: datos for f, datos in funciones.values()  # type: ignore[attr-defined]
                  if id(f) not in clases}
    # What the helpers fill is filled by their callers too (a fixed point: helpers call helpers).
    for _ in range(len(funciones)):
        cambio = False
        for _funcion, datos in funciones.values():
            ayudantes = [por_nombre[n] for n in datos.llamadas if n in por_nombre]
            if datos.clase is not None:
                metodos = {f.name: funciones[id(f)][1] for f in datos.clase.body if id(f) in funciones}
                ayudantes += [metodos[n] for n in datos.metodos if n in metodos]
            for ayudante in ayudantes:
                antes = (len(datos.globales), len(datos.atributos))
                datos.globales |= ayudante.globales
                if ayudante.clase is not None and ayudante.clase is datos.clase:
                    datos.atributos |= ayudante.atributos
                cambio = cambio or antes != (len(datos.globales), len(datos.atributos))
        if not cambio:
            break
    resultado: dict[int, Llenado] = {}
    for funcion, datos in funciones.values():
        lleno = Llenado(frozenset(datos.globales), frozenset(datos.parametros_llenos),
                        frozenset(datos.atributos))
        # `co_firstlineno` of a decorated function is its first decorator's line
        for linea in {funcion.lineno, *(d.lineno for d in funcion.decorator_list[:1])}:  # type: ignore[attr-defined]
            resultado[linea] = lleno
    return resultado


def _lo_que_llena(funcion: ast.FunctionDef | ast.AsyncFunctionDef, clase: ast.ClassDef | None) -> _Funcion:
    parametros = [a.arg for a in (*funcion.args.posonlyargs, *funcion.args.args)]
    yo = parametros[0] if parametros and clase is not None else None
    datos = _Funcion(parametros, set(), set(), set(), set(), set(), clase)
    declarados: set[str] = set()  # `global x`
    asignados: set[str] = set()  # `x = …`, `x += …`: a global only if declared

    def llena(raiz: tuple[str, str | None] | None) -> None:
        if raiz is None:
            return
        nombre, atributo = raiz
        if atributo is not None:
            if nombre == yo:
                datos.atributos.add(atributo)
        elif nombre in parametros:
            datos.parametros_llenos.add(parametros.index(nombre))
        else:
            datos.globales.add(nombre)

    for nodo in ast.walk(funcion):
        if isinstance(nodo, ast.Global):
            declarados.update(nodo.names)
        elif isinstance(nodo, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            for objetivo in nodo.targets if isinstance(nodo, ast.Assign) else [nodo.target]:
                if isinstance(objetivo, ast.Name):
                    asignados.add(objetivo.id)
                elif isinstance(objetivo, ast.Subscript):
                    llena(_raiz(objetivo.value))
                elif isinstance(objetivo, ast.Attribute) and isinstance(objetivo.value, ast.Name) \
                        and objetivo.value.id == yo:
                    datos.atributos.add(objetivo.attr)
        elif isinstance(nodo, ast.Call):
            if isinstance(nodo.func, ast.Attribute) and nodo.func.attr in _MUTADORES:
                llena(_raiz(nodo.func.value))
            elif isinstance(nodo.func, ast.Name):
                datos.llamadas.add(nodo.func.id)
            elif isinstance(nodo.func, ast.Attribute) and isinstance(nodo.func.value, ast.Name) \
                    and nodo.func.value.id == yo:
                datos.metodos.add(nodo.func.attr)
    # a name assigned without `global` is a local of the function, whatever it stores into
    datos.globales = (datos.globales - asignados) | (asignados & declarados)
    return datos
