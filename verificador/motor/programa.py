"""Running a whole script under the engine (`verificar explorar programa.py`)."""

from __future__ import annotations

import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from verificador.motor import cierre, estrategias, exploracion, perdidas
from verificador.motor.exploracion import PASOS_POR_SEGUNDO_NOMINAL, PLANIFICACIONES, PROFUNDIDAD, Explorador
from verificador.motor.parches import Parches
from verificador.motor.planificador import Fallo
from verificador.veredictos import Resultado, Veredicto

MAX_DIRIGIDAS = 20  # targeted single-preemption schedules tried after the strategy's
PASOS_DIRIGIDAS = 150_000  # ...as long as they fit in this many scheduling steps (default run's size)


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
        self.dirigidas: list[dict[int, int]] | None = None
        self.pasos_por_defecto = 0

    def _correr(self, objetivo: Callable[[], object], estrategia: Any, *, detallado: bool = False,
                detectar: bool = False, limite_pasos: int | None = None) -> Fallo | None:
        fallo = super()._correr(objetivo, estrategia, detallado=detallado, detectar=detectar,
                                limite_pasos=limite_pasos)
        if fallo is None and not self.plan.contaminado:
            fallo = self.plan.fallo = perdidas.fallo(self.plan)
        if fallo is None and self.hallazgo is None and not self.plan.contaminado:
            self.hallazgo = self.plan.vigia.fin(self.plan)
        if self.dirigidas is None and detectar and isinstance(estrategia, estrategias.PorDefecto) and \
                self.plan.carreras is not None:
            self.dirigidas = self.plan.carreras.expropiaciones()
            self.pasos_por_defecto = self.plan.pasos
        return fallo

    def _dirigidas(self, objetivo: Callable[[], object], resultado: Resultado) -> Resultado | None:
        """Targeted schedules (DetectorCarreras.expropiaciones), bounded in steps, not seconds."""
        if not self.dirigidas or self.plan.contaminado:
            return None
        cuantas = min(MAX_DIRIGIDAS, max(1, PASOS_DIRIGIDAS // max(1, self.pasos_por_defecto)))
        inicio = time.monotonic() - resultado.duracion_s
        with Parches(self.plan):
            for i, desvios in enumerate(self.dirigidas[:cuantas]):
                fallo = self._correr(objetivo, estrategias.Repeticion(desvios))
                if fallo is not None:
                    return self._informe_fallo(objetivo, fallo, dict(self.plan.desvios),
                                               resultado.planificaciones + i + 1, resultado.semilla, inicio)
                if self.plan.contaminado:
                    break
        return None

    def explorar(self, objetivo: Callable[[], object], **opciones: Any) -> Resultado:
        resultado = super().explorar(objetivo, **opciones)
        detalles = resultado.evidencia.detalles if resultado.evidencia is not None else {}
        solo_detector = resultado.veredicto is Veredicto.APROBADO or (
            resultado.veredicto in (Veredicto.CARRERA, Veredicto.INTERBLOQUEO) and "desvios" not in detalles)
        if solo_detector:
            dirigido = self._dirigidas(objetivo, resultado)
            if dirigido is not None:
                return dirigido
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
                                   presupuesto_pasos=exploracion.PRESUPUESTO_PASOS if presupuesto_s is None
                                   else int(presupuesto_s * PASOS_POR_SEGUNDO_NOMINAL),
                                   ampliable=planificaciones is None)
    finally:
        sys.argv = argv_previo
        if sys.path and sys.path[0] == str(carpeta):
            sys.path.pop(0)
