"""Arranque de cada proceso Python que lanza un juez de procesos.

Esta carpeta va en PYTHONPATH solo cuando el verificador ejecuta un intento con
procesos; así CADA proceso hijo (los de `spawn`, el del Manager, el rastreador
de recursos) instala la instrumentación de `verificador.procesos.hijo` antes de
ejecutar una sola línea del alumno. Si la variable no está, no hace nada.
"""

import os

if os.environ.get("VERIFICADOR_PROCESOS_DIR"):
    try:
        from verificador.procesos import hijo as _hijo

        _hijo.instalar()
    except Exception as _error:  # never break the student's interpreter start-up
        import sys

        sys.stderr.write(f"[verificador] no se pudo instrumentar el proceso: {_error!r}\n")
