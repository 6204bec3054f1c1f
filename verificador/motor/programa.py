"""Running a whole script under the engine (`verificar explorar programa.py`)."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from verificador.motor import cierre
from verificador.motor.exploracion import PLANIFICACIONES, PRESUPUESTO_S, PROFUNDIDAD, Explorador
from verificador.motor.planificador import Fallo
from verificador.veredictos import Resultado, Veredicto


class ExploradorScript(Explorador):
    """The explorer of a whole script: the interpreter's shutdown, and `incompleto` as in cierre.

    A finding of `cierre` (main used or announced results before the work ended)
    is reported when no schedule failed outright (a deadlock, an exception or a
    failed assert found by running wins) and before the detectors' potential
    races and lock inversions: a forgotten join also shows as a race between
    main's read and the late write, and the join is what to fix.
    """

    def __init__(self, archivos: Any, *, estrategia: str = "pct", profundidad: int = PROFUNDIDAD) -> None:
        super().__init__(archivos, estrategia=estrategia, profundidad=profundidad)
        self.plan = cierre.PlanificadorScript(self.archivos, self.plan.motor_archivos)
        self.hallazgo: cierre.Hallazgo | None = None

    def _correr(self, objetivo: Callable[[], object], estrategia: Any, *, detallado: bool = False,
                detectar: bool = False) -> Fallo | None:
        fallo = super()._correr(objetivo, estrategia, detallado=detallado, detectar=detectar)
        if fallo is None and self.hallazgo is None and not self.plan.contaminado:
            self.hallazgo = self.plan.vigia.fin(self.plan)
        return fallo

    def explorar(self, objetivo: Callable[[], object], **opciones: Any) -> Resultado:
        resultado = super().explorar(objetivo, **opciones)
        detalles = resultado.evidencia.detalles if resultado.evidencia is not None else {}
        solo_detector = resultado.veredicto is Veredicto.APROBADO or (
            resultado.veredicto in (Veredicto.CARRERA, Veredicto.INTERBLOQUEO) and "desvios" not in detalles)
        if self.hallazgo is None or not solo_detector:
            return resultado
        return Resultado(Veredicto.INCOMPLETO, resultado.planificaciones, resultado.semilla,
                         resultado.duracion_s, cierre.evidencia_de(self.hallazgo), resultado.estrategia,
                         estadisticas=resultado.estadisticas)


def explorar_script(ruta: Path, *, argv: list[str] | None = None, planificaciones: int | None = None,
                    semilla: int = 0, estrategia: str | None = None,
                    presupuesto_s: float | None = None) -> Resultado:
    """Explore a script: each schedule runs it from scratch as `__main__`.

    The script's `assert`s and its threads' exceptions are its invariants;
    deadlocks, hangs and results used before their threads finished need none
    (threads left to the implicit join at exit are fine). The `.py` files of the
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
        explorador = ExploradorScript(archivos, estrategia=estrategia or "pct")
        return explorador.explorar(objetivo, planificaciones=planificaciones or PLANIFICACIONES, semilla=semilla,
                                   presupuesto_s=PRESUPUESTO_S if presupuesto_s is None else presupuesto_s,
                                   ampliable=planificaciones is None)
    finally:
        sys.argv = argv_previo
        if sys.path and sys.path[0] == str(carpeta):
            sys.path.pop(0)
