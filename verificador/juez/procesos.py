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
from verificador.procesos import diagnostico as _diag
from verificador.veredictos import Evidencia, FalloVeredicto, Veredicto

__all__ = ["Procesos", "procesos"]

# Límite de tiempo por defecto de una ejecución del programa del alumno (segundos).
TIEMPO_LIMITE_S = 6.0
# Caracteres de la salida del programa que se guardan en la evidencia.
MAX_SALIDA = 4000
# Lista más larga que se muestra entera entre los parámetros de la evidencia.
MAX_ELEMENTOS = 20
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
        resultado = ejecucion.resultado or {}
        alumnos = ejecucion.alumnos
        if resultado.get("estado") == "no_carga":
            self._fallar(
                Veredicto.NO_CARGA,
                ejecucion,
                f"Error de sintaxis: {resultado.get('mensaje', '')}",
                ubicacion=resultado.get("ubicacion"),
            )
        if resultado.get("estado") == "sin_funcion":
            self._fallar(Veredicto.NO_CARGA, ejecucion, str(resultado.get("mensaje")))
        traza = str(resultado.get("traza") or "")
        conocido = _diag.error_conocido(ejecucion.errores + "\n" + traza)
        if conocido is not None:
            resumen, explicacion = conocido
            texto = traza or ejecucion.errores
            if ejecucion.colgado or ejecucion.fatal:
                explicacion += (
                    " Además, el programa principal se quedó esperando a unos "
                    "procesos que no podían arrancar."
                )
            self._fallar(
                Veredicto.EXCEPCION,
                ejecucion,
                resumen,
                explicacion=explicacion,
                traza=_diag.primera_traza(self._recortar(texto, alumnos)),
                ubicacion=_diag.ubicacion(texto, alumnos),
                obtenido=_diag.ultima_excepcion(texto) or None,
                con_errores=False,  # cada hijo que muere lo repite: la traza lo dice una vez
            )
        fallidos = [
            p for p in ejecucion.hijos if p.rol == "hijo" and p.codigo_salida not in (None, 0)
        ]
        if fallidos and "Traceback" in ejecucion.errores:
            # Antes que el cuelgue: un hijo muerto suele ser el PORQUÉ de que otros esperen.
            ultima = _diag.ultima_excepcion(ejecucion.errores)
            colgado = " y el resto del programa se quedó esperándolo" if ejecucion.colgado else ""
            self._fallar(
                Veredicto.EXCEPCION,
                ejecucion,
                f"El proceso {_diag.actor(fallidos[0])} terminó con una excepción{colgado}: "
                f"{ultima}",
                explicacion="Una excepción en un proceso hijo no llega al programa principal: "
                "el hijo muere, su trabajo se pierde y el principal sigue como si nada (o espera "
                "para siempre algo que el hijo ya no enviará).",
                traza=self._recortar(ejecucion.errores, alumnos),
                ubicacion=_diag.ubicacion(ejecucion.errores, alumnos),
                bloqueados=_diag.bloqueados(ejecucion.procesos, alumnos)
                if ejecucion.colgado
                else None,
            )
        if ejecucion.colgado:
            bloqueados = _diag.bloqueados(ejecucion.procesos, alumnos)
            respondio = (
                " (ya había devuelto su resultado, pero no pudo terminar)"
                if (resultado.get("estado") == "ok")
                else ""
            )
            if ejecucion.sin_avance:
                resumen = (
                    f"El programa se quedó parado{respondio}: todos sus procesos "
                    f"llevaban {quietud_s:g} s esperando y ninguno avanzaba."
                )
            else:
                resumen = f"El programa no terminó en {limite:g} s{respondio}."
            self._fallar(
                Veredicto.CUELGUE,
                ejecucion,
                resumen,
                explicacion="Cuando un programa con procesos se cuelga, alguien espera algo que "
                "nunca llegará: un elemento de una cola que nadie pone, un proceso que no "
                "puede terminar porque su cola no se vació, o un join a quien también está "
                "esperando. Mira qué espera cada proceso.",
                bloqueados=bloqueados,
            )
        if resultado.get("estado") == "excepcion":
            self._fallar(
                Veredicto.EXCEPCION,
                ejecucion,
                f"El programa lanzó {resultado.get('tipo')}: {resultado.get('mensaje')}",
                traza=self._recortar(traza, alumnos),
                ubicacion=_diag.ubicacion(traza, alumnos),
            )
        if ejecucion.resultado is None:
            self._fallar(
                Veredicto.EXCEPCION,
                ejecucion,
                "El programa terminó de golpe sin devolver su resultado"
                f" (código de salida {ejecucion.codigo_salida}).",
                explicacion="¿Hay un os._exit, o un proceso que mata al principal?",
            )
        if resultado.get("estado") == "salida" and resultado.get("codigo") not in (0, None):
            self._fallar(
                Veredicto.EXCEPCION,
                ejecucion,
                f"El programa llamó a sys.exit({resultado.get('codigo')}).",
            )

    @staticmethod
    def _recortar(traza: str, alumnos: list[str]) -> str:
        return _diag.recortar_traza(traza, alumnos, completa=TRAZA_COMPLETA)

    def _fallar(
        self,
        veredicto: Veredicto,
        ejecucion: Ejecucion,
        resumen: str,
        *,
        explicacion: str = "",
        esperado: str | None = None,
        obtenido: str | None = None,
        traza: str | None = None,
        ubicacion: str | None = None,
        bloqueados: list[Any] | None = None,
        con_errores: bool = True,
    ) -> None:
        linea_tiempo = (
            _diag.linea_tiempo(ejecucion.carreras) if veredicto is Veredicto.CARRERA else []
        )
        salida = ejecucion.salida
        if con_errores and ejecucion.errores.strip():
            salida += "\n--- salida de errores ---\n" + ejecucion.errores
        evidencia = Evidencia(
            resumen=resumen,
            explicacion=explicacion,
            esperado=esperado,
            obtenido=obtenido,
            bloqueados=bloqueados or [],
            linea_tiempo=linea_tiempo,
            traza=traza or None,
            salida=salida[-MAX_SALIDA:] if salida.strip() else None,
            ubicacion=ubicacion,
            detalles={
                "motor": "procesos",
                "parametros": _resumir(ejecucion.parametros),
                "semilla_perturbacion": ejecucion.semilla,
                "duracion_s": round(ejecucion.duracion_s, 3),
                "procesos": [
                    {
                        "pid": p.pid,
                        "nombre": p.nombre,
                        "rol": p.rol,
                        "vivo": p.vivo,
                        "codigo_salida": p.codigo_salida,
                        "ejecuto_alumno": p.ejecuto_alumno,
                    }
                    for p in ejecucion.procesos
                    if p.rol != "auxiliar"
                ],
            },
        )
        self._fallado = True
        raise FalloVeredicto(veredicto, evidencia)


def _resumir(valor: Any, profundidad: int = 0) -> Any:
    """Parámetros para la evidencia: las listas largas se acortan (los lotes del reto 9)."""
    if isinstance(valor, dict):
        return {k: _resumir(v, profundidad + 1) for k, v in valor.items()}
    if isinstance(valor, (list, tuple)):
        if len(valor) > MAX_ELEMENTOS or profundidad > 2:
            muestra = [_resumir(v, profundidad + 1) for v in valor[:5]]
            return [*muestra, f"... ({len(valor)} elementos)"]
        return [_resumir(v, profundidad + 1) for v in valor]
    return valor


@pytest.fixture
def procesos(alumno: Any) -> Iterator[Procesos]:
    """Fixture de los jueces de procesos; necesita la fixture `alumno` del plugin.

    Al terminar la prueba comprueba que los procesos pedidos trabajaron de verdad.
    """
    juez = Procesos(alumno)
    yield juez
    juez.comprobar_concurrencia()
