"""`verificar explorar` para programas con `multiprocessing` o `ProcessPoolExecutor`.

El programa corre entero, como con `python programa.py` (`__name__ ==
"__main__"`), en procesos reales arrancados con `spawn`, en su propio grupo de
procesos (se mata y se recoge entero al final), varias veces: cada ejecución
con su semilla de perturbación, derivada de la semilla de `explorar`. Se
detiene en el primer fallo:

- `no_carga`, `excepcion` (en cualquier proceso, también un hijo), `cuelgue`
  (sin terminar, o todos los procesos esperando sin plazo), como en los retos;
- `carrera` si un proceso escribió un dato compartido (`Value`, `RawValue`, un
  proxy de `Manager`) a partir de una lectura que otro proceso ya había
  cambiado: una actualización perdida vista, con sus valores.

Aquí no se aplica ninguna regla de los retos (mínimo de procesos, `trampa`,
de dónde sale el resultado): un programa que no reparte trabajo no es un
error. Una ejecución que no encuentra nada no lo demuestra todo: se dice en
la evidencia del aprobado cuántas ejecuciones se hicieron.
"""

from __future__ import annotations

import time
from pathlib import Path

from verificador.procesos import juicio
from verificador.procesos.ejecutor import ejecutar
from verificador.veredictos import Resultado, Veredicto

# Ejecuciones por defecto (cada una arranca procesos de verdad: ~0,4 s o más); más con
# `--planificaciones N`.
EJECUCIONES = 1
# Límite de tiempo de cada ejecución (segundos): solo para programas que no terminan.
TIEMPO_LIMITE_S = 30.0
# Todos los procesos esperando sin plazo durante este tiempo: colgado (segundos).
QUIETUD_S = 1.0


def semilla_de(semilla: int, ejecucion: int) -> int:
    """La semilla de perturbación de la ejecución `ejecucion` (se repite con la misma base)."""
    return semilla * 1000 + ejecucion + 1


def explorar_script(
    ruta: Path,
    *,
    argv: list[str] | None = None,
    semilla: int = 0,
    planificaciones: int | None = None,
    tiempo_limite_s: float = TIEMPO_LIMITE_S,
) -> Resultado:
    """Ejecuta el programa `planificaciones` veces (por defecto `EJECUCIONES`) con perturbación."""
    ruta = Path(ruta).resolve()
    alumnos = sorted({p.resolve() for p in ruta.parent.glob("*.py")} | {ruta})
    veces = max(1, planificaciones or EJECUCIONES)
    inicio = time.monotonic()
    probadas: list[dict[str, object]] = []
    for i in range(veces):
        ejecucion = ejecutar(
            ruta,
            modo="script",
            argv=list(argv or []),
            semilla=semilla_de(semilla, i),
            tiempo_limite_s=tiempo_limite_s,
            archivos_alumno=alumnos,
            quietud_s=QUIETUD_S,
        )
        if not any(p.rol == "principal" for p in ejecucion.procesos):
            raise RuntimeError(
                "la instrumentación de procesos no arrancó "
                f"(código {ejecucion.codigo_salida}): {ejecucion.errores[-2000:]}"
            )
        probadas.append(
            {"semilla_perturbacion": ejecucion.semilla, "duracion_s": round(ejecucion.duracion_s, 3),
             "procesos_hijos": len(ejecucion.hijos)}
        )
        fallo = juicio.clasificar(ejecucion, tiempo_limite_s, QUIETUD_S)
        if fallo is None and ejecucion.carreras:
            primera = ejecucion.carreras[0]
            fallo = Veredicto.CARRERA, juicio.evidencia(
                Veredicto.CARRERA,
                ejecucion,
                f"Se perdió una actualización de un dato compartido entre procesos "
                f"({Path(str(primera.get('archivo', ''))).name}:{primera.get('linea')}).",
                explicacion="Un proceso leyó el dato, otro lo cambió, y el primero escribió "
                "encima el valor calculado con lo que había leído: el cambio del otro se "
                "perdió. Leer, calcular y escribir debe hacerse con un mismo candado que "
                "tengan todos los procesos (por ejemplo `with valor.get_lock():`).",
                esperado=f"escribir a partir de {primera.get('visto')}",
                obtenido=f"leyó {primera.get('leido')} y escribió {primera.get('escrito')}",
            )
        if fallo is not None:
            veredicto, evidencia = fallo
            return Resultado(
                veredicto, i + 1, semilla, time.monotonic() - inicio, evidencia,
                estrategia="procesos", estadisticas=_estadisticas(probadas),
            )
    return Resultado(
        Veredicto.APROBADO, veces, semilla, time.monotonic() - inicio,
        estrategia="procesos", estadisticas=_estadisticas(probadas),
    )


def _estadisticas(probadas: list[dict[str, object]]) -> dict[str, object]:
    return {
        "motor": "procesos",
        "ejecuciones": len(probadas),
        "procesos_hijos": max((int(str(p["procesos_hijos"])) for p in probadas), default=0),
        "probadas": probadas,
    }
