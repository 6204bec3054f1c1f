"""Motor de asyncio: bucle de eventos controlado, tiempo virtual y órdenes explorados.

El código del alumno corre sin tocar sobre un bucle de eventos que decide en
qué orden se reanudan las tareas listas (estrategias sembradas: aleatoria,
PCT) y cuyo reloj es virtual (`asyncio.sleep(10)` cuesta microsegundos). Un
fallo se reduce al orden más parecido al FIFO de asyncio que lo sigue
provocando, y se cuenta como una línea de tiempo por tarea de las líneas del
alumno. Este paquete no imprime nada: devuelve `verificador.veredictos.Resultado`.
"""

from __future__ import annotations

from verificador.asincrono.estrategias import ESTRATEGIAS
from verificador.asincrono.explorador import (
    PLANIFICACIONES_POR_DEFECTO,
    explorar,
    explorar_script,
)

__all__ = [
    "ESTRATEGIAS",
    "PLANIFICACIONES_POR_DEFECTO",
    "explorar",
    "explorar_script",
    "usa_asyncio",
]


def usa_asyncio(fuente: str) -> bool:
    """¿Parece un programa de asyncio? (para que `verificar explorar` elija motor)."""
    import ast

    try:
        arbol = ast.parse(fuente)
    except SyntaxError:
        return "asyncio" in fuente
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.Import) and any(
            a.name.split(".")[0] == "asyncio" for a in nodo.names
        ):
            return True
        if isinstance(nodo, ast.ImportFrom) and (nodo.module or "").split(".")[0] == "asyncio":
            return True
        if isinstance(nodo, (ast.AsyncFunctionDef, ast.Await)):
            return True
    return False
