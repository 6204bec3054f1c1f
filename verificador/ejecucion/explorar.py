"""`verificar explorar` aislado: el explorador del motor en un proceso hijo.

El programa explorado es código arbitrario del alumno: corre en
`python -m verificador.explorador`, que escribe `Resultado.a_dict()` en
--informe. Si el informe no aparece, el veredicto sale de lo que vio el padre.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from verificador.ejecucion.aislado import ejecutar_aislado
from verificador.ejecucion.diagnostico import diagnosticar
from verificador.ejecucion.reto import leer_informe
from verificador.veredictos import Evidencia, Resultado, Veredicto

__all__ = ["explorar_aislado", "resultado_desde_dict"]


def resultado_desde_dict(datos: dict[str, Any]) -> Resultado:
    """La inversa de `Resultado.a_dict()`."""
    evidencia = datos.get("evidencia")
    return Resultado(
        veredicto=Veredicto(datos["veredicto"]),
        planificaciones=int(datos.get("planificaciones", 0) or 0),
        semilla=int(datos.get("semilla", 0) or 0),
        duracion_s=float(datos.get("duracion_s", 0.0) or 0.0),
        evidencia=Evidencia.desde_dict(evidencia) if isinstance(evidencia, dict) else None,
        estrategia=str(datos.get("estrategia", "") or ""),
        repetir=datos.get("repetir"),
        estadisticas=dict(datos.get("estadisticas") or {}),
    )


def explorar_aislado(
    ruta: str | Path,
    argv: Sequence[str] = (),
    semilla: int = 0,
    planificaciones: int | None = None,
    estrategia: str | None = None,
    tiempo_limite_s: float = 900.0,  # red de seguridad: los presupuestos del motor son pasos
    python: str | None = None,
) -> Resultado:
    """Explora el programa `ruta` (con sus argumentos `argv`) en un hijo aislado."""
    ruta = Path(ruta).resolve()
    with tempfile.TemporaryDirectory(prefix="verificador-") as temporal:
        informe = Path(temporal) / "resultado.json"
        orden = [python or sys.executable, "-m", "verificador.explorador", str(ruta)]
        orden += ["--semilla", str(semilla)]
        if planificaciones is not None:
            orden += ["--planificaciones", str(planificaciones)]
        if estrategia:
            orden += ["--estrategia", estrategia]
        orden += ["--informe", str(informe)]
        if argv:
            orden += ["--", *argv]
        ejecucion = ejecutar_aislado(orden, cwd=temporal, tiempo_limite_s=tiempo_limite_s)
        datos = leer_informe(informe)
    if datos is not None and not ejecucion.tiempo_agotado:
        try:
            return resultado_desde_dict(datos)
        except (KeyError, ValueError, TypeError) as error:
            veredicto = Veredicto.ERROR_INTERNO
            evidencia = Evidencia(
                resumen=f"fallo del verificador: por favor repórtalo (informe ilegible: {error})",
                salida=ejecucion.cola(3000) or None,
            )
    elif ejecucion.codigo_salida == 2 and not ejecucion.tiempo_agotado:
        veredicto = Veredicto.ERROR_INTERNO
        evidencia = Evidencia(
            resumen="El explorador rechazó la orden (error de uso).",
            salida=ejecucion.cola(3000) or None,
        )
    else:
        veredicto, evidencia = diagnosticar(ejecucion)
    return Resultado(
        veredicto=veredicto,
        planificaciones=0,
        semilla=semilla,
        duracion_s=ejecucion.duracion_s,
        evidencia=evidencia,
        estrategia=estrategia or "",
    )
