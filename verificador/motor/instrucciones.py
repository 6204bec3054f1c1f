"""What one bytecode instruction does to a location, as the race detector needs to know.

Three questions about an instruction of the student's code, answered from its
code object once and cached: does this store write back the result of an
in-place operator (`lista += [x]` stores the very list it read), does it
store a literal constant (a flag: `seguir = False`), and is this read on a
line of a loop (a poll that will look again). The detectors
(`detectores.DetectorCarreras`) use them to tell flags, polls and in-place
updates from races; the answers depend only on the bytecode, so they differ
between Python versions exactly as the bytecode does.
"""

from __future__ import annotations

import dis
import types

_BARAJAR = frozenset({"SWAP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "NOP", "CACHE", "EXTENDED_ARG"})
_in_place: dict[tuple[types.CodeType, int], bool] = {}


def _con_previas(codigo: types.CodeType, desplazamiento: int) -> tuple[dis.Instruction | None, list[dis.Instruction]]:
    """The instruction at `desplazamiento` and the ones before it (no stack shuffles), nearest first."""
    previas: list[dis.Instruction] = []
    for ins in dis.get_instructions(codigo):
        if ins.offset == desplazamiento:
            return ins, previas[::-1]
        if ins.opname not in _BARAJAR:
            previas.append(ins)
    return None, []


def almacena_in_place(codigo: types.CodeType, desplazamiento: int) -> bool:
    """Does the store at `desplazamiento` write back the result of an in-place operator (`+=`)?"""
    clave = (codigo, desplazamiento)
    hecho = _in_place.get(clave)
    if hecho is None:
        _ins, previas = _con_previas(codigo, desplazamiento)
        previa = previas[0] if previas else None
        hecho = _in_place[clave] = previa is not None and (previa.opname.startswith("INPLACE_") or (
            previa.opname == "BINARY_OP" and str(previa.argrepr).endswith("=")))
    return hecho


_CARGAS_SIMPLES = frozenset({"LOAD_FAST", "LOAD_GLOBAL", "LOAD_NAME", "LOAD_DEREF", "LOAD_CONST",
                              "LOAD_FAST_CHECK", "LOAD_FAST_LOAD_FAST", "LOAD_CLOSURE"})
# how many simple loads sit between the value and the store: the object, then the key
_OPERANDOS_ALMACEN = {"STORE_GLOBAL": 0, "STORE_NAME": 0, "STORE_DEREF": 0, "STORE_ATTR": 1,
                      "STORE_SUBSCR": 2}
_constante: dict[tuple[types.CodeType, int], bool] = {}


def almacena_constante(codigo: types.CodeType, desplazamiento: int) -> bool:
    """Does the store at `desplazamiento` store a literal constant (`seguir = False`)?"""
    clave = (codigo, desplazamiento)
    hecho = _constante.get(clave)
    if hecho is None:
        hecho = False
        ins, previas = _con_previas(codigo, desplazamiento)
        n = _OPERANDOS_ALMACEN.get(ins.opname) if ins is not None else None
        if n is not None:
            # 3.13 fuses two local loads into one instruction: count them as two
            cargas = [previa.opname for previa in previas[:n + 1]
                      for _ in range(2 if previa.opname == "LOAD_FAST_LOAD_FAST" else 1)]
            hecho = len(cargas) > n and cargas[n] == "LOAD_CONST" and \
                all(c in _CARGAS_SIMPLES for c in cargas[:n])
        _constante[clave] = hecho
    return hecho


_SALTOS = frozenset(dis.hasjrel) | frozenset(dis.hasjabs) | frozenset(getattr(dis, "hasjump", ()))
_en_bucle: dict[types.CodeType, frozenset[int]] = {}


def lee_en_bucle(codigo: types.CodeType, desplazamiento: int) -> bool:
    """Is the instruction at `desplazamiento` on a line of a loop (its condition or its body)?

    A loop is what a backward jump spans; its lines, not only its offsets,
    because 3.11+ copies a `while` condition before the loop's first offset.
    """
    dentro = _en_bucle.get(codigo)
    if dentro is None:
        instrucciones = list(dis.get_instructions(codigo))
        tramos = [(ins.argval, ins.offset) for ins in instrucciones
                  if ins.opcode in _SALTOS and isinstance(ins.argval, int) and ins.argval < ins.offset]
        lineas: set[int] = set()
        linea = None
        por_desplazamiento: dict[int, int | None] = {}
        for ins in instrucciones:
            numero = getattr(ins, "line_number", None)  # 3.13+: every instruction's line
            if numero is not None:
                linea = numero
            elif isinstance(ins.starts_line, int) and not isinstance(ins.starts_line, bool):
                linea = ins.starts_line  # 3.10-3.12: only the first instruction of a line has it
            por_desplazamiento[ins.offset] = linea
            if linea is not None and any(desde <= ins.offset <= hasta for desde, hasta in tramos):
                lineas.add(linea)
        dentro = _en_bucle[codigo] = frozenset(d for d, n in por_desplazamiento.items() if n in lineas)
    return desplazamiento in dentro
