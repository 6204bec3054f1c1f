"""Fixture `asincrono` de los jueces: explorar una corrutina con el motor de asyncio.

```python
def test_procesar(alumno, asincrono):
    archivos = [...]                      # parámetros sacados de alumno.rng

    async def escenario():
        modulo = alumno.cargar()          # módulo nuevo en cada planificación
        resultado = await modulo.main(archivos=archivos)
        alumno.exigir(resultado == esperado, "...")

    asincrono.explorar(escenario, minimo_tareas=2, duracion_maxima=10)
```

`explorar` corre `fabrica()` en muchas planificaciones (orden de las tareas
listas elegido por la semilla de la repetición, tiempo virtual) y lanza
`FalloVeredicto` con la evidencia del motor si alguna falla: un `exigir` del
juez, una corrutina que nunca se esperó, un bloqueo del bucle, un
interbloqueo, una tarea que quedó a medias... o `trampa` si se usaron menos
tareas que `minimo_tareas`, o si main tardó menos que `duracion_minima`
(las esperas desaparecieron).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from verificador import asincrono as _motor
from verificador.juez.alumno import Alumno
from verificador.veredictos import FalloVeredicto, Resultado

__all__ = ["Asincrono", "asincrono"]

# Planificaciones por veredicto de un juez (cada `verificar reto` repite el juez).
PLANIFICACIONES_JUEZ = 40
# Tiempo virtual máximo de una planificación de un juez (s virtuales).
TIEMPO_MAX_VIRTUAL_JUEZ_S = 600.0


class Asincrono:
    """El motor de asyncio atado a los archivos y a la semilla del alumno."""

    def __init__(self, alumno: Alumno) -> None:
        self._alumno = alumno
        self.ultimo: Resultado | None = None

    def explorar(
        self,
        fabrica: Callable[[], object],
        *,
        planificaciones: int = PLANIFICACIONES_JUEZ,
        minimo_tareas: int = 0,
        duracion_maxima: float | None = None,
        duracion_minima: float | None = None,
        tiempo_max_virtual: float = TIEMPO_MAX_VIRTUAL_JUEZ_S,
        estrategia: str | None = None,
        permitir_bloqueos: bool = False,
    ) -> Resultado:
        __tracebackhide__ = True
        resultado = _motor.explorar(
            fabrica,
            planificaciones=planificaciones,
            semilla=self._alumno.semilla,
            archivos_alumno=[str(a) for a in self._alumno.archivos],
            estrategia=estrategia,
            minimo_tareas=minimo_tareas,
            duracion_maxima=duracion_maxima,
            duracion_minima=duracion_minima,
            tiempo_max_virtual=tiempo_max_virtual,
            permitir_bloqueos=permitir_bloqueos,
            propagar_ajenas=True,
        )
        self.ultimo = resultado
        self._alumno.anotar(planificaciones=resultado.planificaciones)
        if not resultado.aprobado:
            assert resultado.evidencia is not None
            raise FalloVeredicto(resultado.veredicto, resultado.evidencia)
        return resultado


@pytest.fixture
def asincrono(alumno: Alumno) -> Asincrono:
    """El motor de asyncio para este juez (semilla y archivos de `alumno`)."""
    return Asincrono(alumno)
