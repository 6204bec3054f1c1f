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
