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
  cambiado: una actualización perdida vista, con sus valores (también cuando
  el principal falla después por ello: el fallo es la consecuencia);
- `carrera` también si el principal falla después de recibir los resultados
  de un pool (`imap_unordered`, `callback` de `apply_async`, `as_completed`)
  en otro orden que el de las tareas: la perturbación los entrega en un orden
  sembrado que nunca es el de la entrada (ver `llegadas.py`);
- `incompleto` si el principal falla leyendo resultados que nunca le llegaron:
  una lista o un diccionario normales que cada hijo cambió en su copia, o un
  Pool terminado con tareas de `apply_async`/`map_async` sin acabar (ver
  `sin_llegar.py`).

Aquí no se aplica ninguna regla de los retos (mínimo de procesos, `trampa`,
de dónde sale el resultado): un programa que no reparte trabajo no es un
error. Una ejecución que no encuentra nada no lo demuestra todo: se dice en
la evidencia del aprobado cuántas ejecuciones se hicieron.
"""

from __future__ import annotations

import time
from pathlib import Path

from verificador.procesos import juicio, sin_llegar
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
            plazo_adversario_s=None,  # explorar: esperas como en una máquina normal
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
        principal_fallo = (ejecucion.resultado or {}).get("estado") == "excepcion"
        perdidas = [c for c in ejecucion.carreras if c.get("tipo", "perdida") == "perdida"]
        if (perdidas and fallo is None) or (
                ejecucion.carreras and principal_fallo and fallo is not None
                and fallo[0] is Veredicto.EXCEPCION):
            # La perturbación forzó una actualización perdida: lo que el principal leyó
            # (y quizá le hizo fallar) es el resultado de una escritura que pisó otra.
            fallo = sin_llegar.carrera(ejecucion)
        elif fallo is not None and principal_fallo and fallo[0] is Veredicto.EXCEPCION:
            traza = str((ejecucion.resultado or {}).get("traza") or "")
            # Una excepción de la propia tarea (con su traza remota) no es cosa del orden.
            desorden = ejecucion.desordenes and "RemoteTraceback" not in traza
            fallo = sin_llegar.incompleto(ejecucion) or sin_llegar.sin_candado(ejecucion) or (
                sin_llegar.desorden(ejecucion) if desorden else fallo)
        if fallo is None:
            fallo = sin_llegar.adelantada(ejecucion) or sin_llegar.pool_tirado(ejecucion)
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
