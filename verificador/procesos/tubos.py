"""Tuberías de una página para las `multiprocessing.Queue` del alumno (solo en los jueces).

`hijo.py` carga este módulo por su ruta en cada proceso instrumentado. Con
semilla y con `VERIFICADOR_PROCESOS_TUBO_PEQUENO` en el entorno (el ejecutor lo
pone para los jueces, salvo si piden las del sistema; `explorar` nunca), la
tubería de cada `Queue` que se crea se reduce a `TAMANO_TUBO` bytes con `F_SETPIPE_SZ` (Linux).

Una tubería de una página no es un invento: Linux da ese tamaño a las
tuberías nuevas de un usuario que pasó su cuota (`pipe-user-pages-soft`), y
otros sistemas las tienen más pequeñas que los 64 KiB de siempre. Lo que la
documentación de multiprocessing pide a un programa correcto (sacar de la
cola todo lo que se metió antes de hacer `join()` del proceso que lo metió)
funciona igual con cualquier tamaño; un programa que solo funciona porque sus
datos caben en la tubería se cuelga ya con unos cientos de elementos, sin que
el juez tenga que mover megas para demostrarlo.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

TAMANO_TUBO = 4096  # una página: el mínimo que Linux admite para una tubería
ENV_TUBO = "VERIFICADOR_PROCESOS_TUBO_PEQUENO"


def instalar(hijo: Any) -> None:
    if not os.environ.get(ENV_TUBO) or hijo._semilla is None:
        return
    try:
        import fcntl

        ajuste = fcntl.F_SETPIPE_SZ  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        return  # no es Linux: la tubería queda como la da el sistema
    import multiprocessing.queues as colas

    original = colas.Queue.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        # Si no se puede, la tubería sigue como era: solo se pierde el adversario.
        with contextlib.suppress(OSError, AttributeError, ValueError):
            fcntl.fcntl(self._writer.fileno(), ajuste, TAMANO_TUBO)

    colas.Queue.__init__ = __init__  # type: ignore[method-assign]
