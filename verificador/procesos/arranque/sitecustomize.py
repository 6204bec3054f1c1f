"""Arranque de cada proceso Python que lanza un juez de procesos.

Esta carpeta va en PYTHONPATH solo cuando el verificador ejecuta un intento con
procesos; así CADA proceso hijo (los de `spawn`, el del Manager, el rastreador
de recursos) instala la instrumentación de `verificador/procesos/hijo.py` antes
de ejecutar una sola línea del alumno. Si la variable no está, no hace nada.

`hijo.py` se carga por su ruta, sin importar el paquete `verificador`: sus
`__init__` traen módulos que un hijo no necesita y cada hijo pagaría ese
arranque (más de 100 ms en una máquina cargada).
"""

import os

if os.environ.get("VERIFICADOR_PROCESOS_DIR"):
    try:
        import importlib.util
        import sys

        _ruta = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "hijo.py")
        _spec = importlib.util.spec_from_file_location("_verificador_procesos_hijo", _ruta)
        assert _spec is not None
        assert _spec.loader is not None
        _hijo = importlib.util.module_from_spec(_spec)
        sys.modules["_verificador_procesos_hijo"] = _hijo
        _spec.loader.exec_module(_hijo)
        _hijo.instalar()
    except Exception as _error:  # nunca romper el arranque del intérprete del alumno
        import sys

        sys.stderr.write(f"[verificador] no se pudo instrumentar el proceso: {_error!r}\n")
