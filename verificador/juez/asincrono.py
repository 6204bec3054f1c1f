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

Veredictos que da el juez (los nombres amables del caso, aunque el motor
diga otra cosa): un bloqueo del bucle (`time.sleep` en una corrutina) es
`bucle_bloqueado`; tardar más que `duracion_maxima` (esperas en fila), menos
que `duracion_minima` (esperas que desaparecieron) o usar menos tareas que
`minimo_tareas` es `sin_concurrencia`. `trampa` queda para quien manipula
al verificador.

El tiempo también es adversario: con `retrasos=(5.0, Retraso(30.0, "guardar", llamada=0))`,
si el programa aprobó, se explora otra vez con cada retraso: un número es
que todas las corrutinas espiadas tardan esos s de más; un `Retraso` con
`corrutina` y `llamada` retrasa solo esa llamada (0 = la primera de la
planificación), para que las esperas tarden distinto, como en una máquina
real. Un programa que espera de verdad (await, gather, wait, una cola con
join) no lo nota; uno que espera solo la última tarea, o duerme en vez de
esperar, falla, y se dice así: «el programa solo funciona si ...».
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import itertools
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from verificador import asincrono as _motor
from verificador.juez.alumno import Alumno
from verificador.veredictos import Evidencia, FalloVeredicto, Resultado, Veredicto

__all__ = ["Asincrono", "Llamada", "Retraso", "asincrono"]

# Planificaciones por veredicto de un juez (cada `verificar reto` repite el juez).
PLANIFICACIONES_JUEZ = 40
# Tiempo virtual máximo de una planificación de un juez (s virtuales).
TIEMPO_MAX_VIRTUAL_JUEZ_S = 600.0
# Planificaciones de cada exploración con retraso (cada valor de `retrasos`).
PLANIFICACIONES_RETRASO = 10


@dataclass
class Llamada:
    """Una llamada completa a una corrutina espiada y los s virtuales que tardó su cuerpo."""

    posicionales: tuple[Any, ...]
    nombradas: dict[str, Any]
    segundos: float

    def argumento(self, posicion: int, nombre: str) -> Any:
        if len(self.posicionales) > posicion:
            return self.posicionales[posicion]
        return self.nombradas.get(nombre)


@dataclass(frozen=True)
class Retraso:
    """Cuántos s virtuales de más tarda una corrutina espiada en una exploración con retraso."""

    segundos: float
    corrutina: str | None = None  # nombre espiado; None: todas las espiadas
    llamada: int | None = None  # 0 = la primera llamada de la planificación; None: todas
    # Solo cuenta el trabajo abandonado: tareas que siguen trabajando cuando main termina. Un
    # plazo que cancela lo lento (`wait_for`, y el error que avisa de ello) no es un fallo aquí:
    # sirve para retrasos enormes, que ningún plazo razonable aguanta.
    solo_abandonos: bool = False
    # Dentro: el retraso no va antes de empezar, sino en la primera espera (`asyncio.sleep`)
    # del cuerpo: lo que la corrutina leyó antes de esperar se queda viejo mientras tanto (la
    # base de datos tarda en confirmar). Sin ninguna espera dentro, al terminar.
    dentro: bool = False

    def afecta(self, nombre: str, orden: int) -> bool:
        return (self.corrutina in (None, nombre)) and self.llamada in (None, orden)

    def condicion(self) -> str:
        """La suposición del programa que este retraso rompe, en español."""
        if self.llamada is None:
            quien = "nada" if self.corrutina is None else f"ninguna llamada a {self.corrutina}"
            return f"{quien} tarda {self.segundos:g} s más de lo previsto"
        quien = self.corrutina or "una corrutina"
        return (f"la llamada nº {self.llamada + 1} a {quien} no tarda {self.segundos:g} s más "
                "que las demás")


# El retraso de `Retraso(dentro=True)` que le queda a la llamada espiada en curso (por tarea).
_RETRASO_DENTRO: contextvars.ContextVar[list[float] | None] = contextvars.ContextVar(
    "verificador_retraso_dentro", default=None)


@contextlib.contextmanager
def _sleep_con_retraso() -> Iterator[None]:
    """Mientras dura: `asyncio.sleep` que, dentro de una llamada espiada con un retraso
    `dentro`, dura eso de más (la primera espera de la llamada)."""
    original = asyncio.sleep

    @functools.wraps(original)
    async def sleep(delay: float, result: Any = None) -> Any:
        pendiente = _RETRASO_DENTRO.get()
        extra = 0.0
        if pendiente is not None:
            extra, pendiente[0] = pendiente[0], 0.0
        return await original(delay + extra, result)

    asyncio.sleep = sleep  # type: ignore[assignment]
    try:
        yield
    finally:
        asyncio.sleep = original  # type: ignore[assignment]


async def _trampolin(*args: Any, _verificador_espia: Any = None, **kwargs: Any) -> Any:
    """El cuerpo que recibe una corrutina espiada: llama a su espía (ver `_redirigir`)."""
    return await _verificador_espia(*args, **kwargs)


def _copia(funcion: Any) -> Any:
    """Otra función con el mismo código, globales, valores por omisión y cierre."""
    if not isinstance(funcion, types.FunctionType):
        return funcion
    copia = types.FunctionType(funcion.__code__, funcion.__globals__, funcion.__name__,
                               funcion.__defaults__, funcion.__closure__)
    copia.__kwdefaults__ = funcion.__kwdefaults__
    copia.__qualname__ = funcion.__qualname__
    copia.__dict__.update(funcion.__dict__)
    return copia


def _redirigir(funcion: Any, espia: Any) -> bool:
    """La misma función (el mismo objeto) pasa a llamar a la espía: así se espían también las
    llamadas por otra referencia (una tabla `{".csv": procesar_archivo}`, un alias, un
    `functools.partial`), no solo las que pasan por el nombre del módulo. False si no se
    puede (no es una función de Python, o tiene cierre): entonces se cambia el nombre."""
    if not isinstance(funcion, types.FunctionType) or funcion.__closure__:
        return False
    funcion.__code__ = _trampolin.__code__
    funcion.__defaults__ = None
    funcion.__kwdefaults__ = {"_verificador_espia": espia}
    return True


class Asincrono:
    """El motor de asyncio atado a los archivos y a la semilla del alumno."""

    def __init__(self, alumno: Alumno) -> None:
        self._alumno = alumno
        self.ultimo: Resultado | None = None
        self.retraso: Retraso | None = None

    def espiar(self, modulo: ModuleType, nombre: str) -> list[Llamada]:
        """Cambia la corrutina `modulo.nombre` por una espía y devuelve la lista de sus llamadas.

        La espía llama a la original (así el juez sabe que el caso usa sus propias
        funciones y cuánto esperaron) y, en las exploraciones con retraso, antes
        espera los s de `self.retraso` si le afecta (por nombre y por orden de la
        llamada en la planificación): la base de datos, el disco... van lentos.
        """
        original = getattr(modulo, nombre)
        verdadera = _copia(original)  # la corrutina del alumno, intacta
        llamadas: list[Llamada] = []
        orden = itertools.count()  # orden de comienzo de cada llamada en esta planificación
        fixture = self

        @functools.wraps(original)
        async def espia(*args: Any, **kwargs: Any) -> Any:
            bucle = asyncio.get_running_loop()
            retraso = fixture.retraso
            extra = 0.0
            if retraso is not None and retraso.afecta(nombre, next(orden)) and retraso.segundos:
                if retraso.dentro:
                    extra = retraso.segundos
                else:
                    await asyncio.sleep(retraso.segundos)
            inicio = bucle.time()
            marca = _RETRASO_DENTRO.set([extra])
            try:
                resultado = await verdadera(*args, **kwargs)
            finally:
                pendiente = (_RETRASO_DENTRO.get() or [0.0])[0]
                _RETRASO_DENTRO.reset(marca)
            if pendiente:
                await asyncio.sleep(pendiente)  # no esperó nada dentro: tarda de más al final
            llamadas.append(Llamada(args, kwargs, bucle.time() - inicio))
            return resultado

        if not _redirigir(original, espia):
            setattr(modulo, nombre, espia)
        return llamadas

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
        retrasos: Sequence[float | Retraso] = (),
    ) -> Resultado:
        """Explora; si aprueba y hay `retrasos`, vuelve a explorar con cada uno en `self.retraso`.

        Un fallo con retraso se cuenta como lo que es: el programa solo funciona
        si lo espiado nunca tarda tanto de más (o si todo tarda lo mismo).
        """
        __tracebackhide__ = True
        resultado = self._explorar(fabrica, planificaciones, minimo_tareas, duracion_maxima,
                                   duracion_minima, tiempo_max_virtual, estrategia,
                                   permitir_bloqueos)
        for valor in retrasos:
            retraso = valor if isinstance(valor, Retraso) else Retraso(float(valor))
            self.retraso = retraso
            try:
                with _sleep_con_retraso() if retraso.dentro else contextlib.nullcontext():
                    self._explorar(fabrica, PLANIFICACIONES_RETRASO, minimo_tareas, None,
                                   duracion_minima, max(tiempo_max_virtual, 2 * retraso.segundos),
                                   estrategia, permitir_bloqueos)
            except FalloVeredicto as fallo:
                abandonos = fallo.evidencia is not None and bool(
                    fallo.evidencia.bloqueados or fallo.evidencia.detalles.get("pendientes_al_terminar"))
                if retraso.solo_abandonos and not abandonos:
                    continue  # el programa no abandonó nada: avisó (o canceló) lo que tardaba
                if fallo.veredicto.es_concluyente:
                    fallo.evidencia.resumen = (
                        f"El programa solo funciona si {retraso.condicion()}: "
                        f"{fallo.evidencia.resumen}")
                    fallo.evidencia.explicacion = (
                        f"Con una espera {retraso.segundos:g} s más larga (una base de datos "
                        "lenta, una red cargada) el programa falla. No cuentes con cuánto "
                        "tarda otra tarea, ni con que las que empezaron antes acaben antes: "
                        "espera cada una (await, gather, una cola)."
                        + (f" {fallo.evidencia.explicacion}" if fallo.evidencia.explicacion
                           else ""))
                fallo.evidencia.detalles["retraso_s"] = retraso.segundos
                if retraso.llamada is not None:
                    fallo.evidencia.detalles["llamada_retrasada"] = (
                        f"{retraso.corrutina or '*'}#{retraso.llamada + 1}")
                raise
            finally:
                self.retraso = None
        return resultado

    def _explorar(self, fabrica: Callable[[], object], planificaciones: int, minimo_tareas: int,
                  duracion_maxima: float | None, duracion_minima: float | None,
                  tiempo_max_virtual: float, estrategia: str | None,
                  permitir_bloqueos: bool) -> Resultado:
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
            raise FalloVeredicto(_veredicto_del_caso(resultado.veredicto, resultado.evidencia),
                                 resultado.evidencia)
        return resultado


def _veredicto_del_caso(veredicto: Veredicto, evidencia: Evidencia) -> Veredicto:
    """El veredicto que enseña el caso para lo que encontró el motor."""
    if veredicto is Veredicto.CUELGUE and "bloqueos" in evidencia.detalles:
        return Veredicto.BUCLE_BLOQUEADO
    if veredicto is Veredicto.CUELGUE and (evidencia.esperado or "").startswith("≤"):
        return Veredicto.SIN_CONCURRENCIA  # más lento que en paralelo: esperas en fila
    if veredicto is Veredicto.TRAMPA:
        return Veredicto.SIN_CONCURRENCIA  # pocas tareas o esperas que desaparecieron
    return veredicto


@pytest.fixture
def asincrono(alumno: Alumno) -> Asincrono:
    """El motor de asyncio para este juez (semilla y archivos de `alumno`)."""
    return Asincrono(alumno)
