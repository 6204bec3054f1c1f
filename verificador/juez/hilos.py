"""Fixture `hilos` de los jueces: explorar un escenario con el motor de hilos.

```python
def test_depositos(alumno, hilos):
    n = alumno.rng.randint(2, 4)

    def escenario():
        banco = alumno.cargar()              # módulo nuevo en cada planificación
        saldo = banco.main(n_hilos=n)
        alumno.exigir(saldo == n * 100, "Se perdieron depósitos",
                      esperado=str(n * 100), obtenido=str(saldo))

    hilos.explorar(escenario, minimo_hilos=2)
```

`explorar` corre el escenario en muchas planificaciones (un solo hilo a la vez,
el motor elige cuál sigue en cada instrucción del alumno que toca estado
compartido y en cada operación de sincronización, con tiempo virtual) y lanza
`FalloVeredicto` con la evidencia del motor si alguna falla, o `trampa` si el
intento creó menos hilos que `minimo_hilos`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from verificador import motor as _motor
from verificador.juez.alumno import Alumno
from verificador.motor import contexto
from verificador.veredictos import Evidencia, FalloVeredicto, Resultado, Veredicto

PLANIFICACIONES_JUEZ = 60  # schedules per judge repetition (each verdict runs several repetitions)
PRESUPUESTO_JUEZ_S = 8.0  # real seconds one repetition may spend exploring


class Hilos:
    def __init__(self, alumno: Alumno) -> None:
        self._alumno = alumno

    def explorar(self, escenario: Callable[[], object], *, planificaciones: int | None = None,
                 minimo_hilos: int = 1, estrategia: str | None = None) -> Resultado:
        alumno = self._alumno
        resultado = _motor.explorar(
            escenario,
            archivos_alumno=[str(a) for a in alumno.archivos],
            planificaciones=planificaciones or PLANIFICACIONES_JUEZ,
            semilla=alumno.semilla,
            estrategia=estrategia,
            presupuesto_s=PRESUPUESTO_JUEZ_S,
        )
        alumno.anotar(planificaciones=resultado.planificaciones)
        creados = int(resultado.estadisticas.get("hilos_creados", 0))
        simultaneos = int(resultado.estadisticas.get("hilos_simultaneos", 0))
        # A real failure comes first (a run that deadlocks early may not have
        # started every thread yet), unless the attempt has no threads at all.
        sin_hilos = creados == 0 and minimo_hilos > 0
        if resultado.veredicto is not Veredicto.APROBADO and not (
            sin_hilos and resultado.veredicto in (Veredicto.CARRERA, Veredicto.INCOMPLETO)
        ):
            evidencia = resultado.evidencia or Evidencia(resumen=resultado.veredicto.descripcion)
            evidencia.detalles.setdefault("planificaciones", resultado.planificaciones)
            evidencia.detalles.setdefault("estadisticas", resultado.estadisticas)
            raise FalloVeredicto(resultado.veredicto, evidencia)
        if simultaneos < minimo_hilos:
            if creados >= minimo_hilos:
                resumen = (f"El intento crea {creados} hilos pero nunca hay más de {simultaneos} "
                           f"trabajando a la vez (el caso necesita {minimo_hilos}): los ejecuta uno "
                           "detrás de otro.")
            else:
                resumen = (f"El intento creó {creados} hilo(s) y el caso necesita al menos "
                           f"{minimo_hilos} trabajando a la vez: la concurrencia ha desaparecido.")
            raise FalloVeredicto(Veredicto.TRAMPA, Evidencia(
                resumen=resumen,
                explicacion=("Quitar la concurrencia (o esperar a cada hilo justo después de "
                             "arrancarlo) evita la carrera, pero no es el ejercicio: el programa "
                             "tiene que seguir trabajando en paralelo y hacerlo bien."),
                esperado=f"al menos {minimo_hilos} hilos a la vez", obtenido=f"{simultaneos} a la vez",
            ))
        return resultado

    def salida(self) -> str:
        """Lo que el programa del alumno ha impreso hasta ahora en esta planificación."""
        plan = contexto.activo()
        return plan.texto_salida() if plan is not None else ""


@pytest.fixture
def hilos(alumno: Alumno) -> Hilos:
    return Hilos(alumno)
