"""Fixture `procesos`: los jueces de los retos de multiprocessing.

Un juez no ejecuta nunca el programa del alumno en su propio proceso: pide a
`procesos.ejecutar(...)` que lo corra en procesos reales con `spawn`, con los
parámetros que sorteó con `alumno.rng` y la perturbación sembrada con
`alumno.semilla`. `ejecutar` ya convierte en veredicto todo lo que no depende
del resultado (no carga, excepción en cualquier proceso, cuelgue con el estado
de cada proceso, menos procesos trabajando de los exigidos → `trampa`) y
devuelve la `Ejecucion` para que el juez compruebe el valor con `exigir`.

```python
def test_contador(alumno, procesos):
    n, veces = alumno.rng.randint(2, 4), alumno.rng.randint(20, 60)
    ejecucion = procesos.ejecutar({"n_procesos": n, "veces": veces}, minimo_procesos=n)
    procesos.exigir(ejecucion.valor == n * veces, "Se perdieron incrementos",
                    esperado=str(n * veces), obtenido=repr(ejecucion.valor))
```
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from verificador.procesos import Ejecucion, ejecutar
from verificador.procesos import juicio as _juicio
from verificador.veredictos import Evidencia, FalloVeredicto, Veredicto

__all__ = ["Procesos", "procesos"]

# Límite de tiempo por defecto de una ejecución del programa del alumno (segundos).
TIEMPO_LIMITE_S = 6.0
# Mostrar los marcos del verificador en las trazas (para nosotros, no para alumnos).
TRAZA_COMPLETA = os.environ.get("VERIFICADOR_TRAZA_COMPLETA") == "1"


class Procesos:
    """Ejecuta el programa del alumno en procesos reales y da veredictos con evidencia."""

    def __init__(self, alumno: Any) -> None:
        self.alumno = alumno
        self.ejecuciones: list[Ejecucion] = []
        self._minimos: list[tuple[Ejecucion, int]] = []
        self._fallado = False

    @property
    def ultima(self) -> Ejecucion | None:
        return self.ejecuciones[-1] if self.ejecuciones else None

    def ejecutar(
        self,
        parametros: dict[str, Any] | None = None,
        *,
        archivo: str | None = None,
        modo: str = "funcion",
        funcion: str = "main",
        tiempo_limite_s: float = TIEMPO_LIMITE_S,
        perturbar: bool = True,
        metodo: str = "spawn",
        minimo_procesos: int = 1,
        quietud_s: float | None = None,
    ) -> Ejecucion:
        """Corre `funcion(**parametros)` (o el archivo entero, `modo="script"`).

        Lanza `FalloVeredicto` si el programa no carga, lanza una excepción en
        cualquier proceso o se cuelga. Si al terminar la prueba (sin otro fallo)
        menos de `minimo_procesos` procesos hijos ejecutaron funciones del
        alumno, el veredicto es `trampa` (ver `comprobar_concurrencia`). `quietud_s`: dar por
        colgado el programa en cuanto todos sus procesos llevan ese tiempo
        esperando sin avanzar (solo para casos sin esperas con plazo).
        """
        ruta = Path(self.alumno.directorio) / archivo if archivo else Path(self.alumno.ruta)
        ejecucion = ejecutar(
            ruta,
            parametros=parametros,
            modo=modo,
            funcion=funcion,
            tiempo_limite_s=tiempo_limite_s,
            semilla=int(self.alumno.semilla) if perturbar else None,
            metodo=metodo,
            archivos_alumno=[Path(a) for a in self.alumno.archivos],
            quietud_s=quietud_s,
        )
        self.ejecuciones.append(ejecucion)
        if not any(p.rol == "principal" for p in ejecucion.procesos):
            # La instrumentación no arrancó: no es culpa del alumno, y juzgar sin ella
            # podría llamar `trampa` a un intento correcto. El plugin lo informa como
            # error interno.
            raise RuntimeError(
                "fallo del verificador: la instrumentación de procesos no arrancó "
                f"(código {ejecucion.codigo_salida}): {ejecucion.errores[-2000:]}"
            )
        self._minimos.append((ejecucion, minimo_procesos))
        self._comprobar(ejecucion, tiempo_limite_s, quietud_s)
        return ejecucion

    def exigir_procesos(self, minimo: int, ejecucion: Ejecucion | None = None) -> None:
        """`trampa` si menos de `minimo` procesos hijos ejecutaron funciones del alumno."""
        ejecucion = ejecucion or self.ultima
        if ejecucion is None or ejecucion.procesos_del_alumno >= minimo:
            return
        self._fallar(
            Veredicto.TRAMPA,
            ejecucion,
            f"Solo {ejecucion.procesos_del_alumno} proceso(s) hijo(s) ejecutaron tu código; "
            f"este caso necesita al menos {minimo}.",
            explicacion="El caso trata de repartir el trabajo entre procesos. Si el trabajo "
            "se hace en el proceso principal (o el resultado está escrito a mano), el "
            "error de concurrencia desaparece, pero también el ejercicio.",
            esperado=f"al menos {minimo} procesos trabajando",
            obtenido=str(ejecucion.procesos_del_alumno),
        )

    def comprobar_concurrencia(self) -> None:
        """Al final de la prueba: ¿trabajaron los procesos que pidió cada `ejecutar`?

        Se comprueba DESPUÉS de que el juez mire el resultado: un intento cuyos
        procesos no llegaron a trabajar por un error (sin `join`, sin `get`) merece
        el veredicto de ese error; solo uno que da el resultado correcto sin que
        los procesos trabajen es `trampa`.
        """
        if self._fallado:
            return
        for ejecucion, minimo in self._minimos:
            self.exigir_procesos(minimo, ejecucion)

    def exigir(
        self,
        condicion: object,
        resumen: str,
        *,
        veredicto: Veredicto = Veredicto.CARRERA,
        esperado: str | None = None,
        obtenido: str | None = None,
        explicacion: str = "",
        ejecucion: Ejecucion | None = None,
    ) -> None:
        """Si `condicion` es falsa, falla con la evidencia de la última ejecución."""
        if condicion:
            return
        ejecucion = ejecucion or self.ultima
        if ejecucion is None:
            raise FalloVeredicto(veredicto, Evidencia(resumen, explicacion, esperado, obtenido))
        self._fallar(
            veredicto,
            ejecucion,
            resumen,
            explicacion=explicacion,
            esperado=esperado,
            obtenido=obtenido,
        )

    # --- interno -----------------------------------------------------------------

    def _comprobar(self, ejecucion: Ejecucion, limite: float, quietud_s: float | None) -> None:
        fallo = _juicio.clasificar(ejecucion, limite, quietud_s, completa=TRAZA_COMPLETA)
        if fallo is not None:
            self._fallado = True
            raise FalloVeredicto(*fallo)

    def _fallar(self, veredicto: Veredicto, ejecucion: Ejecucion, resumen: str, **kw: Any) -> None:
        self._fallado = True
        raise FalloVeredicto(veredicto, _juicio.evidencia(veredicto, ejecucion, resumen, **kw))


@pytest.fixture
def procesos(alumno: Any) -> Iterator[Procesos]:
    """Fixture de los jueces de procesos; necesita la fixture `alumno` del plugin.

    Al terminar la prueba comprueba que los procesos pedidos trabajaron de verdad.
    """
    juez = Procesos(alumno)
    yield juez
    juez.comprobar_concurrencia()
