"""El aula: calificar una carpeta de entregas, clasificar y exportar (sin click ni rich).

`calificar` da una `Calificacion` (datos); `escribir_salidas` la exporta en
los formatos de docs/calificar.md. Quien pinta en la terminal es
`verificador.informe_aula`.
"""

from __future__ import annotations

from verificador.aula.calificador import (
    Avance,
    ErrorCalificar,
    calificar,
    juzgar_caso,
    semilla_caso,
)
from verificador.aula.clasificacion import clasificar, clave_clasificacion
from verificador.aula.formatos import FORMATOS, escribir_salidas
from verificador.aula.modelo import (
    SIN_ENTREGA,
    Calificacion,
    ResultadoAlumno,
    ResultadoCaso,
    RetoCalificado,
    Situacion,
)

__all__ = [
    "FORMATOS",
    "SIN_ENTREGA",
    "Avance",
    "Calificacion",
    "ErrorCalificar",
    "ResultadoAlumno",
    "ResultadoCaso",
    "RetoCalificado",
    "Situacion",
    "calificar",
    "clasificar",
    "clave_clasificacion",
    "escribir_salidas",
    "juzgar_caso",
    "semilla_caso",
]
