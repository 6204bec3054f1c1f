"""Las pruebas de asyncio de CPython, corriendo sobre el bucle controlado del motor.

Se importan del paquete `test` del propio intérprete (no se copian):
`test.test_asyncio.test_locks`, `test_queues`, `test_waitfor`, y `test_timeouts`
y `test_taskgroups` (3.11+). `test_pep492` no se corre: construye a mano un `asyncio.BaseEventLoop`
con el selector simulado (`mock`), así que no prueba el bucle del motor sino
uno propio. Cada clase se corre con `unittest` mientras los
parches del motor están puestos: `IsolatedAsyncioTestCase` y las pruebas que
crean su bucle con `asyncio.new_event_loop()` reciben un `BucleControlado`
con tiempo virtual, y una estrategia aleatoria sembrada retrasa los
temporizadores como lo hace `explorar`. Así se comprueba que el motor respeta
los órdenes que asyncio documenta (FIFO de `call_soon`, tareas en orden de
creación, despertares en orden de llegada) y la semántica de los plazos.

`NO_APLICA` es la lista documentada de pruebas que no pueden aplicarse al
motor, con su motivo. Si falta el paquete `test` (algunas instalaciones de
Debian), el módulo se salta entero con un mensaje claro.

`python tests/test_cpython_asincrono.py` imprime, por clase, cuántas pruebas se
corren, cuántas pasan y cuántas no aplican.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import random
import sys
import unittest
from collections.abc import Iterator

try:
    import pytest
except ImportError:  # pragma: no cover - `python tests/test_cpython_asincrono.py` sin pytest
    pytest = None  # type: ignore[assignment]

from verificador.asincrono import parches
from verificador.asincrono.control import Control, reloj_real
from verificador.asincrono.estrategias import Aleatoria

MODULOS = ["test_locks", "test_waitfor"]
if sys.version_info >= (3, 11):
    # En 3.10 test_queues corre cada prueba en su propio TestLoop con reloj
    # simulado: ninguna pasa por el bucle del motor, así que no prueba nada de él.
    MODULOS.insert(1, "test_queues")
if sys.version_info >= (3, 11):
    # El motor crea sus tareas con una subclase de asyncio.Task (para ver las
    # cancelaciones del alumno): test_taskgroups comprueba que cancelar,
    # agrupar y propagar errores sigue siendo lo de CPython.
    MODULOS += ["test_timeouts", "test_taskgroups"]

# Pruebas que no pueden aplicarse al motor (prefijo "Clase.metodo" o "Clase."), y por qué.
NO_APLICA: dict[str, str] = {
    # (vacía en 3.10–3.13: toda prueba de semántica pública de estos módulos pasa)
}

# Tiempo virtual máximo de una prueba (s virtuales) y pasos del bucle.
TIEMPO_MAX_VIRTUAL_S = 3600.0
MAX_PASOS = 500_000
# Tiempo real máximo de una prueba antes de cortarla (s): solo para hilos colgados.
LIMITE_REAL_S = 30.0
SEMILLA = 2024


def _modulo(nombre: str) -> object:
    try:
        return importlib.import_module(f"test.test_asyncio.{nombre}")
    except ImportError as exc:  # pragma: no cover - depende de la instalación
        if pytest is None:
            raise
        pytest.skip(
            f"Falta el paquete `test` de CPython ({exc}): instala python3-test o usa un "
            "Python con su suite completa para correr estas pruebas."
        )


def _no_aplica(caso: unittest.TestCase) -> str | None:
    clase, metodo = type(caso).__name__, caso._testMethodName
    return NO_APLICA.get(f"{clase}.{metodo}") or NO_APLICA.get(f"{clase}.")


def _casos(modulo: object) -> list[unittest.TestCase]:
    suite = unittest.defaultTestLoader.loadTestsFromModule(modulo)  # type: ignore[arg-type]
    casos: list[unittest.TestCase] = []

    def aplanar(s: unittest.TestSuite | unittest.TestCase) -> None:
        if isinstance(s, unittest.TestSuite):
            for x in s:
                aplanar(x)
        else:
            casos.append(s)

    aplanar(suite)
    return casos


@contextlib.contextmanager
def _bajo_el_motor(rng: random.Random) -> Iterator[Control]:
    """Un Control nuevo y los parches puestos: todo bucle nuevo es controlado."""
    estrategia = Aleatoria()
    estrategia.nueva_planificacion(rng, 0)
    c = Control(
        estrategia=estrategia,
        archivos=frozenset(),
        tiempo_max_virtual=TIEMPO_MAX_VIRTUAL_S,
        max_pasos=MAX_PASOS,
        fin_real=reloj_real() + LIMITE_REAL_S,
    )
    politica = asyncio.events._event_loop_policy  # type: ignore[attr-defined]
    with parches.instalados():
        parches.activar(c)
        try:
            yield c
        finally:
            c.liberar_hilos()
            parches.activar(None)
    asyncio.events._event_loop_policy = politica  # type: ignore[attr-defined]


def correr_modulo(nombre: str) -> dict[str, dict[str, list[str]]]:
    """Corre cada prueba del módulo bajo el motor. Por clase: pasan, fallan, no_aplica."""
    modulo = _modulo(nombre)
    rng = random.Random(SEMILLA)
    por_clase: dict[str, dict[str, list[str]]] = {}
    for caso in _casos(modulo):
        clase = type(caso).__name__
        cuenta = por_clase.setdefault(clase, {"pasan": [], "fallan": [], "no_aplica": []})
        motivo = _no_aplica(caso)
        if motivo is not None:
            cuenta["no_aplica"].append(f"{caso._testMethodName}: {motivo}")
            continue
        resultado = unittest.TestResult()
        with _bajo_el_motor(rng) as control:
            try:
                caso.run(resultado)
            except Exception as exc:  # p. ej. el motor cortó el bucle en el tearDown
                resultado.errors.append((caso, f"{type(exc).__name__}: {exc}"))
            except BaseException as exc:  # Abortar del motor: también es un fallo
                if isinstance(exc, KeyboardInterrupt):
                    raise
                resultado.errors.append((caso, f"el motor cortó la prueba: {exc!r}"))
        problemas = resultado.errors + resultado.failures + resultado.unexpectedSuccesses
        if control.pasos == 0 and not problemas:
            # No corrió en el bucle del motor (en 3.10, test_queues usa su propio
            # TestLoop con un reloj simulado): no prueba nada de él.
            cuenta["no_aplica"].append(f"{caso._testMethodName}: usa su propio bucle de pruebas")
        elif resultado.skipped and not problemas:
            cuenta["no_aplica"].append(f"{caso._testMethodName}: {resultado.skipped[0][1]}")
        elif problemas:
            texto = problemas[0][1] if isinstance(problemas[0], tuple) else str(problemas[0])
            cuenta["fallan"].append(f"{caso._testMethodName}: {texto.strip().splitlines()[-1]}")
        else:
            cuenta["pasan"].append(caso._testMethodName)
    return por_clase


def _parametrizar(f):  # type: ignore[no-untyped-def]
    if pytest is None:  # pragma: no cover - solo el informe de __main__
        return f
    return pytest.mark.parametrize("nombre", MODULOS)(f)


@_parametrizar
def test_suite_de_cpython_bajo_el_motor(nombre: str) -> None:
    por_clase = correr_modulo(nombre)
    assert por_clase, f"{nombre} no tiene pruebas"
    fallos = {c: r["fallan"] for c, r in por_clase.items() if r["fallan"]}
    assert not fallos, fallos
    assert sum(len(r["pasan"]) for r in por_clase.values()) > 0


def test_la_lista_de_no_aplica_no_esta_obsoleta() -> None:
    """Cada entrada de NO_APLICA nombra una prueba que existe en algún módulo."""
    existentes: set[str] = set()
    for nombre in MODULOS:
        for caso in _casos(_modulo(nombre)):
            existentes.add(f"{type(caso).__name__}.{caso._testMethodName}")
            existentes.add(f"{type(caso).__name__}.")
    obsoletas = [k for k in NO_APLICA if k not in existentes]
    # Las pruebas cambian entre versiones: basta con que exista en alguna.
    if sys.version_info >= (3, 11):
        assert not obsoletas, obsoletas


if __name__ == "__main__":  # pragma: no cover - informe para el banco
    for nombre in MODULOS:
        for clase, r in correr_modulo(nombre).items():
            total = len(r["pasan"]) + len(r["fallan"])
            print(  # noqa: T201
                f"{nombre}.{clase}: corren {total}, pasan {len(r['pasan'])}, "
                f"no aplican {len(r['no_aplica'])}"
            )
            for f in r["fallan"]:
                print("   FALLA", f)  # noqa: T201
