"""Static analysis of the student's code objects: where the scheduler may preempt.

A *scheduling point* is an instruction before which the engine may switch to
another thread. Preempting only matters before instructions that touch state
another thread can see (globals, attributes, subscripts, closure cells), before
calls (which may touch shared containers or synchronise) and at loop back-edges
(so that an endless loop still reaches the scheduler and counts as steps).
Everything else runs atomically with the previous point, which keeps the number
of points small: fewer points make PCT's random change points land on the
instructions that matter.

For each access we also try to know, statically, *which* object is accessed,
by simulating the value stack of each basic block symbolically: `self.saldo`
is "attribute `saldo` of local `self`". At run time the engine evaluates that
small expression in the frame to get the object's identity, which the data
race detector needs. When the simulation cannot tell (the object is the result
of a call, say), the access is still a scheduling point but is not tracked.
"""

from __future__ import annotations

import dis
import sys
import types
from dataclasses import dataclass, field
from typing import Any

# Expression forms: ("fast", name) | ("global", name) | ("deref", name)
# | ("const", value) | ("attr", expr, name) | ("globals",) (a call of the builtin
# `globals()`) | ("vars", expr) (a call of `vars(expr)`). None means "unknown".
Expr = tuple[Any, ...] | None

LECTURA = "lee"
ESCRITURA = "escribe"
LLAMADA = "llama"
SALTO = "salto"

_LECTURAS_NOMBRE = {"LOAD_GLOBAL", "LOAD_NAME"}
_ESCRITURAS_NOMBRE = {"STORE_GLOBAL", "STORE_NAME", "DELETE_GLOBAL", "DELETE_NAME"}
_LECTURAS_CELDA = {"LOAD_DEREF", "LOAD_CLASSDEREF", "LOAD_FROM_DICT_OR_DEREF"}
_ESCRITURAS_CELDA = {"STORE_DEREF", "DELETE_DEREF"}
_LECTURAS_ATRIBUTO = {"LOAD_ATTR", "LOAD_METHOD"}
_ESCRITURAS_ATRIBUTO = {"STORE_ATTR", "DELETE_ATTR"}
_LLAMADAS = {
    "CALL", "CALL_FUNCTION", "CALL_FUNCTION_KW", "CALL_FUNCTION_EX", "CALL_METHOD",
    "CALL_KW", "CONTAINS_OP", "BINARY_SLICE", "STORE_SLICE",
}
_SALTOS_ATRAS = {
    "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_BACKWARD_IF_TRUE",
    "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_NONE",
    "POP_JUMP_BACKWARD_IF_NOT_NONE",
}
_SALTOS_QUIZA_ATRAS = {"JUMP_ABSOLUTE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_FALSE", "JUMP_IF_NOT_EXC_MATCH"}
_CARGAS_LOCALES = {"LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_FAST_AND_CLEAR"}


@dataclass(frozen=True)
class Punto:
    """One scheduling point: what the instruction does and to what, if known."""

    tipo: str  # LECTURA, ESCRITURA, LLAMADA or SALTO
    nombre: str | None  # the global/attribute/cell name, when there is one
    objeto: Expr  # for attributes: the expression of the object
    clave: Expr  # for subscripts: the expression of the key
    categoria: str  # "global", "atributo", "indice", "celda" or ""
    linea: int
    salida: bool = False  # the call of a `with` block's `__exit__` on leaving it normally
    avanza: bool = False  # the back-edge of a `for` loop: each time round its iterator moves on


def _salida_de_with(instrucciones: list[dis.Instruction], i: int) -> bool:
    """Is instruction i the call of `__exit__(None, None, None)` that ends a `with` block?

    The compiler emits it as three `None` constants and a call: `LOAD_CONST None`
    ×3 then `CALL 2` (3.12+) or `PRECALL 2; CALL 2` (3.11); on 3.10,
    `LOAD_CONST None; DUP_TOP; DUP_TOP; CALL_FUNCTION 3`. No call written in
    Python compiles to that sequence.
    """
    ins = instrucciones[i]
    previas = [x for x in instrucciones[max(0, i - 4):i] if x.opname not in ("PRECALL", "CACHE")]
    if ins.opname == "CALL_FUNCTION":
        nombres = [(x.opname, x.argval) for x in previas[-3:]]
        return ins.arg == 3 and nombres == [("LOAD_CONST", None), ("DUP_TOP", None), ("DUP_TOP", None)]
    if ins.opname != "CALL" or ins.arg != 2 or len(previas) < 3:
        return False
    return all(x.opname == "LOAD_CONST" and x.argval is None for x in previas[-3:])


@dataclass
class CodigoAnalizado:
    puntos: dict[int, Punto]
    offsets: frozenset[int]
    lineas: dict[int, int]
    tramos: dict[int, Any] = field(default_factory=dict)  # line-start offset -> rastreo.Tramo, built lazily
    solos: dict[int, Any] = field(default_factory=dict)  # point offset -> rastreo.Tramo of that point alone


def _lineas(code: types.CodeType) -> dict[int, int]:
    lineas: dict[int, int] = {}
    ultima = code.co_firstlineno
    for inicio, fin, linea in code.co_lines():
        if linea is not None:
            ultima = linea
        for off in range(inicio, fin, 2):
            lineas[off] = ultima
    return lineas


def _efecto(ins: dis.Instruction) -> int:
    try:
        return dis.stack_effect(ins.opcode, ins.arg, jump=False)
    except ValueError:
        try:
            return dis.stack_effect(ins.opcode, ins.arg)
        except ValueError:
            return 0


def _entradas(ins: dis.Instruction) -> int:
    """How many values an instruction pops (approximate, only for the simulation)."""
    nombre = ins.opname
    if nombre in ("BINARY_SUBSCR", "CONTAINS_OP", "COMPARE_OP", "BINARY_OP") or nombre.startswith(
        ("BINARY_", "INPLACE_")
    ):
        return 2
    if nombre == "STORE_SUBSCR":
        return 3
    if nombre in ("STORE_ATTR",):
        return 2
    if nombre in ("LOAD_ATTR", "LOAD_METHOD", "POP_TOP", "STORE_FAST", "STORE_GLOBAL", "STORE_NAME",
                  "STORE_DEREF", "UNARY_NOT", "UNARY_NEGATIVE", "GET_ITER", "TO_BOOL"):
        return 1
    return 0


def analizar(code: types.CodeType) -> CodigoAnalizado:
    """Find the scheduling points of one code object (not of its nested functions)."""
    lineas = _lineas(code)
    instrucciones = list(dis.get_instructions(code))
    destinos = {ins.argval for ins in instrucciones if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs}
    por_offset = {ins.offset: ins for ins in instrucciones}
    puntos: dict[int, Punto] = {}
    pila: list[Expr] = []
    metodos: dict[int, Expr] = {}  # index of a `.get` method load -> the expression of its object

    def sacar(n: int) -> list[Expr]:
        sacados: list[Expr] = []
        for _ in range(n):
            sacados.append(pila.pop() if pila else None)
        return sacados

    for i, ins in enumerate(instrucciones):
        if ins.offset in destinos or ins.is_jump_target:
            pila = []
        op = ins.opname
        linea = lineas.get(ins.offset, code.co_firstlineno)
        cima = pila[-1] if pila else None
        segunda = pila[-2] if len(pila) > 1 else None
        punto: Punto | None = None
        if op in _LECTURAS_NOMBRE:
            punto = Punto(LECTURA, ins.argval, None, None, "global", linea)
        elif op in _ESCRITURAS_NOMBRE:
            punto = Punto(ESCRITURA, ins.argval, None, None, "global", linea)
        elif op in _LECTURAS_CELDA:
            punto = Punto(LECTURA, ins.argval, None, None, "celda", linea)
        elif op in _ESCRITURAS_CELDA:
            punto = Punto(ESCRITURA, ins.argval, None, None, "celda", linea)
        elif op in _LECTURAS_ATRIBUTO:
            punto = Punto(LECTURA, ins.argval, cima, None, "atributo", linea)
        elif op in _ESCRITURAS_ATRIBUTO:
            punto = Punto(ESCRITURA, ins.argval, cima, None, "atributo", linea)
        elif op == "BINARY_SUBSCR":
            punto = Punto(LECTURA, None, segunda, cima, "indice", linea)
        elif op in ("STORE_SUBSCR", "DELETE_SUBSCR"):
            punto = Punto(ESCRITURA, None, segunda, cima, "indice", linea)
        elif op in _LLAMADAS:
            lee = _lectura_con_get(instrucciones, i, metodos)
            if lee is not None:
                punto = Punto(LLAMADA, "get", lee[0], lee[1], "", linea)
            else:
                punto = Punto(LLAMADA, None, None, None, "", linea, _salida_de_with(instrucciones, i))
        elif op in _SALTOS_ATRAS or (
            op in _SALTOS_QUIZA_ATRAS and isinstance(ins.argval, int) and ins.argval <= ins.offset
        ):
            destino = por_offset.get(ins.argval) if isinstance(ins.argval, int) else None
            punto = Punto(SALTO, None, None, None, "", linea,
                          avanza=destino is not None and destino.opname == "FOR_ITER")
        if punto is not None:
            puntos[ins.offset] = punto
        if ins.argval == "get" and (op == "LOAD_METHOD" or (op == "LOAD_ATTR" and _carga_metodo(ins))):
            metodos[i] = cima
        _simular(ins, pila, sacar)
    return CodigoAnalizado(puntos, frozenset(puntos), lineas)


_CARGAS_SIMPLES = {"LOAD_FAST": 1, "LOAD_FAST_CHECK": 1, "LOAD_CONST": 1, "LOAD_SMALL_INT": 1,
                   "LOAD_DEREF": 1, "LOAD_FAST_LOAD_FAST": 2}


def _carga_metodo(ins: dis.Instruction) -> bool:
    """3.12+: a LOAD_ATTR that loads a method (with its object) for a call."""
    return sys.version_info >= (3, 12) and bool((ins.arg or 0) & 1)


def _lectura_con_get(instrucciones: list[dis.Instruction], i: int,
                     metodos: dict[int, Expr]) -> tuple[Expr, Expr] | None:
    """`d.get(k)` / `d.get(k, v)` with plain arguments: (expression of d, expression of k), else None.

    The call reads the item `d[k]` (the thread engine keeps it a call; the
    executor threads of the asyncio engine see it as a read, see
    `asincrono.actualizaciones`).
    """
    n = instrucciones[i].arg
    if not isinstance(n, int) or n not in (1, 2):
        return None
    j = i - 1
    while j >= 0 and instrucciones[j].opname in ("PRECALL", "CACHE"):
        j -= 1
    cargas: list[dis.Instruction] = []
    valores = 0
    while valores < n and j >= 0 and instrucciones[j].opname in _CARGAS_SIMPLES:
        cargas.insert(0, instrucciones[j])
        valores += _CARGAS_SIMPLES[instrucciones[j].opname]
        j -= 1
    if valores != n or j not in metodos or metodos[j] is None:
        return None
    primera = cargas[0]
    if primera.opname == "LOAD_FAST_LOAD_FAST":
        clave: Expr = ("fast", primera.argval[0])
    elif primera.opname == "LOAD_DEREF":
        clave = ("deref", primera.argval)
    elif primera.opname in ("LOAD_CONST", "LOAD_SMALL_INT"):
        clave = ("const", primera.argval)
    else:
        clave = ("fast", primera.argval)
    return metodos[j], clave


def _simular(ins: dis.Instruction, pila: list[Expr], sacar: Any) -> None:
    """Advance the symbolic stack over one instruction."""
    op = ins.opname
    if op in _CARGAS_LOCALES:
        pila.append(("fast", ins.argval))
        return
    if op == "LOAD_FAST_LOAD_FAST":
        pila.extend(("fast", n) for n in ins.argval)
        return
    if op == "LOAD_CONST":
        pila.append(("const", ins.argval))
        return
    if op in _LECTURAS_CELDA:
        pila.append(("deref", ins.argval))
        return
    if op in _LECTURAS_NOMBRE and _efecto(ins) == 1:
        pila.append(("global", ins.argval))
        return
    if op == "LOAD_GLOBAL" and _efecto(ins) == 2:  # 3.11+: the callable and a NULL
        if _NULL_DETRAS:
            pila.extend((("global", ins.argval), None))
        else:
            pila.extend((None, ("global", ins.argval)))
        return
    if op == "PRECALL":
        return
    if op in ("CALL", "CALL_FUNCTION") and isinstance(ins.arg, int):
        n = ins.arg
        argumentos = sacar(n)[::-1]
        llamados = sacar(2 if op == "CALL" else 1)
        pila.append(_llamada(llamados, argumentos))
        return
    if op == "LOAD_ATTR" and _efecto(ins) == 0:
        base = pila.pop() if pila else None
        pila.append(("attr", base, ins.argval) if base is not None else None)
        return
    if op == "COPY":
        n = ins.arg or 1
        pila.append(pila[-n] if len(pila) >= n else None)
        return
    if op == "SWAP":
        n = ins.arg or 2
        if len(pila) >= n:
            pila[-1], pila[-n] = pila[-n], pila[-1]
        else:
            pila.clear()
        return
    if op == "DUP_TOP":
        pila.append(pila[-1] if pila else None)
        return
    if op == "DUP_TOP_TWO":
        if len(pila) >= 2:
            pila.extend(pila[-2:])
        else:
            pila.extend([None, None])
        return
    if op == "ROT_TWO":
        if len(pila) >= 2:
            pila[-1], pila[-2] = pila[-2], pila[-1]
        return
    if op in ("ROT_THREE", "ROT_FOUR"):
        n = 3 if op == "ROT_THREE" else 4
        if len(pila) >= n:
            pila.insert(-n + 1, pila.pop())
        else:
            pila.clear()
        return
    efecto = _efecto(ins)
    entradas = max(_entradas(ins), -efecto if efecto < 0 else 0)
    sacar(entradas)
    for _ in range(entradas + efecto):
        pila.append(None)


# 3.13 pushes the callable, then NULL; 3.11 and 3.12, NULL first.
_NULL_DETRAS = sys.version_info >= (3, 13)


def _llamada(llamados: list[Expr], argumentos: list[Expr]) -> Expr:
    """The expression of a call result we can name: `globals()` and `vars(x)`."""
    funcion = next((e for e in llamados if e is not None), None)
    if funcion == ("global", "globals") and not argumentos:
        return ("globals",)
    if funcion == ("global", "vars") and len(argumentos) == 1 and argumentos[0] is not None:
        return ("vars", argumentos[0])
    return None


def _builtin(frame: types.FrameType, nombre: str) -> bool:
    """Is `nombre` in this frame the builtin of that name (not a global that shadows it)?"""
    return nombre not in frame.f_globals


def evaluar(expr: Expr, frame: types.FrameType) -> Any:
    """Evaluate a symbolic expression in a frame without side effects.

    Raises LookupError when it cannot (the name is unbound, the attribute is not
    a plain instance attribute...). Never calls properties or __getattr__.
    """
    if expr is None:
        raise LookupError
    forma = expr[0]
    if forma == "fast" or forma == "deref":
        locales = frame.f_locals
        if expr[1] in locales:
            return locales[expr[1]]
        raise LookupError
    if forma == "global":
        g = frame.f_globals
        if expr[1] in g:
            return g[expr[1]]
        raise LookupError
    if forma == "const":
        return expr[1]
    if forma == "attr":
        base = evaluar(expr[1], frame)
        d = getattr(base, "__dict__", None)
        if isinstance(d, dict) and expr[2] in d:
            return d[expr[2]]
        raise LookupError
    if forma == "globals" and _builtin(frame, "globals"):
        return frame.f_globals
    if forma == "vars" and _builtin(frame, "vars"):
        base = evaluar(expr[1], frame)
        d = base.__dict__ if isinstance(base, types.ModuleType) else dict_de_instancia(base)
        if isinstance(d, dict):
            return d
    raise LookupError


def dict_de_instancia(obj: Any) -> Any:
    """`obj.__dict__` without running a property or `__getattr__` of its class."""
    try:
        return object.__getattribute__(obj, "__dict__")
    except (AttributeError, TypeError):
        return None


class Analizador:
    """Caches the analysis of each code object for the life of an exploration."""

    def __init__(self) -> None:
        # keyed by id(code): hashing a code object hashes its whole contents, on every lookup;
        # the code object is kept with its analysis, so its id is not reused while cached
        self._cache: dict[int, tuple[types.CodeType, CodigoAnalizado]] = {}

    def de(self, code: types.CodeType) -> CodigoAnalizado:
        visto = self._cache.get(id(code))
        if visto is not None and visto[0] is code:
            return visto[1]
        analizado = analizar(code)
        self._cache[id(code)] = (code, analizado)
        return analizado
