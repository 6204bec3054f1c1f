"""What a program uses, decided from its source (cheap: no engine is imported)."""

from __future__ import annotations

import ast


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


def usa_procesos(fuente: str) -> bool:
    """Does the program use `multiprocessing` or `ProcessPoolExecutor`? (process engine)"""
    try:
        arbol = ast.parse(fuente)
    except SyntaxError:
        return "multiprocessing" in fuente or "ProcessPoolExecutor" in fuente
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.Import) and any(
            a.name.split(".")[0] in _MODULOS_DE_PROCESOS for a in nodo.names
        ):
            return True
        if isinstance(nodo, ast.ImportFrom):
            modulo = nodo.module or ""
            if modulo.split(".")[0] in _MODULOS_DE_PROCESOS:
                return True
            if modulo.startswith("concurrent") and any(
                a.name in ("ProcessPoolExecutor", "process", "*") for a in nodo.names
            ):
                return True
        if isinstance(nodo, ast.Attribute) and nodo.attr == "ProcessPoolExecutor":
            return True
    return False
