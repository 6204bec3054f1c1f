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
from verificador.programas import usa_asyncio

__all__ = [
    "ESTRATEGIAS",
    "PLANIFICACIONES_POR_DEFECTO",
    "explorar",
    "explorar_script",
    "usa_asyncio",
]
