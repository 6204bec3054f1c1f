"""Running a whole script under the engine (`verificar explorar programa.py`)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

from verificador.motor.exploracion import explorar
from verificador.veredictos import Resultado


def explorar_script(ruta: Path, *, argv: list[str] | None = None, planificaciones: int | None = None,
                    semilla: int = 0, estrategia: str | None = None,
                    presupuesto_s: float | None = None) -> Resultado:
    """Explore a script: each schedule runs it from scratch as `__main__`.

    The script's `assert`s and its threads' exceptions are its invariants;
    deadlocks, hangs and threads left running need none. The `.py` files of the
    script's folder count as the student's code (a script may import its own
    helper modules); SyntaxError propagates to the caller.
    """
    ruta = Path(ruta).resolve()
    fuente = ruta.read_text(encoding="utf-8")
    codigo = compile(fuente, str(ruta), "exec")
    carpeta = ruta.parent
    archivos = {str(p.resolve()) for p in carpeta.glob("*.py")} | {str(ruta)}
    propios = {p.stem for p in carpeta.glob("*.py")}

    def objetivo() -> None:
        for nombre in propios:
            sys.modules.pop(nombre, None)
        modulo = types.ModuleType("__main__")
        modulo.__file__ = str(ruta)
        modulo.__builtins__ = __builtins__  # type: ignore[attr-defined]
        exec(codigo, modulo.__dict__)

    argv_previo = sys.argv
    sys.argv = [str(ruta), *(argv or [])]
    sys.path.insert(0, str(carpeta))
    try:
        return explorar(objetivo, archivos_alumno=archivos, planificaciones=planificaciones, semilla=semilla,
                        estrategia=estrategia, presupuesto_s=presupuesto_s)
    finally:
        sys.argv = argv_previo
        if sys.path and sys.path[0] == str(carpeta):
            sys.path.pop(0)
