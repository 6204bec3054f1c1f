"""Explorar: muchas ejecuciones con tiempos distintos, y la más simple que falla.

Cada planificación corre el programa entero desde cero (una corrutina nueva de
la fábrica, o el script en un espacio de nombres nuevo) con la estrategia
eligiendo la demora de cada temporizador. Al primer fallo, se reduce el plan:
se quitan una a una las demoras mientras el MISMO fallo (su clave) siga
apareciendo, y las que quedan se acortan a la mitad mientras siga fallando.
Lo que queda dice cuánto retraso basta para romper el programa. La reducción
es determinista: el mismo plan da la misma ejecución, y su presupuesto es una
constante documentada.
"""

from __future__ import annotations

import builtins
import contextlib
import gc
import io
import os
import random
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from verificador.asincrono import hilos_propios, parches
from verificador.asincrono.bucle import descartar_tareas
from verificador.asincrono.control import LATENCIA_RELATIVA, Abortar, Control, reloj_real
from verificador.asincrono.detectores import revisar_fin_de_script
from verificador.asincrono.estrategias import Estrategia, Repeticion, crear_estrategia
from verificador.asincrono.fallos import Expectativas, Fallo, clasificar, completar
from verificador.asincrono.traza import Trazador, normalizar
from verificador.asincrono.vigia import ParoDelBucle, Vigia
from verificador.veredictos import Evidencia, Resultado, Veredicto

# Planificaciones por defecto (medido con bench/bench_asincrono.py y el corpus de tests).
PLANIFICACIONES_POR_DEFECTO = 100
# Tiempo virtual máximo de una ejecución antes de declararla colgada (s virtuales).
TIEMPO_MAX_VIRTUAL_S = 3600.0
# Callbacks que puede correr el bucle en una ejecución (pasos).
MAX_PASOS = 200_000
# Tiempo real máximo de una ejecución (s).
LIMITE_REAL_EJECUCION_S = 10.0
# Trabajo máximo de toda una exploración antes de dejar de probar órdenes (pasos del
# bucle + líneas del alumno + eventos de los hilos del ejecutor; ver `_trabajo`): se
# cuenta en trabajo y no en segundos, así la carga de la máquina no cambia cuántas
# planificaciones se prueban (unidades).
PRESUPUESTO_EXPLORACION = 5_000_000
# Ejecuciones que puede gastar la reducción de un fallo (ejecuciones).
MAX_INTENTOS_REDUCCION = 150
# Trabajo máximo de la reducción (unidades, como PRESUPUESTO_EXPLORACION).
PRESUPUESTO_REDUCCION = 1_000_000
# Veces que se rehace una planificación cuyo fallo sale del tiempo real (veces).
REPETICIONES_TIEMPO_REAL = 2
# Veces que la reducción intenta acortar a la mitad cada demora que queda (intentos).
MAX_MITADES = 6
# Retraso adversario por defecto de una tarea lista en `explorar` (s virtuales):
# el juez lo sube para exigir que el orden no dependa de las duraciones.
RETRASO_MAXIMO_S = 0.0
# Bytes de salida (stdout y stderr) que se guardan de cada ejecución.
MAX_SALIDA = 16_000


class _SalidaAcotada(io.StringIO):
    """stdout/stderr de una ejecución, con tope: un programa que escribe sin fin
    no llena la memoria."""

    def write(self, texto: str) -> int:
        queda = MAX_SALIDA - self.tell()
        if queda > 0:
            super().write(texto[:queda])
            if len(texto) > queda:
                super().write("\n[… salida recortada …]\n")
        return len(texto)


@dataclass
class _Ejecucion:
    control: Control
    fallo: Fallo | None
    salida: str


Correr = Callable[[Control], None]


@dataclass
class _Config:
    archivos: frozenset[str]
    esperado: Expectativas
    tiempo_max_virtual: float
    max_pasos: int
    limite_real: float
    retraso_maximo: float = RETRASO_MAXIMO_S
    latencia_relativa: float = LATENCIA_RELATIVA


def _una(correr: Correr, estrategia: Estrategia, cfg: _Config, recolectar: bool) -> _Ejecucion:
    c = Control(
        estrategia=estrategia,
        archivos=cfg.archivos,
        tiempo_max_virtual=cfg.tiempo_max_virtual,
        max_pasos=cfg.max_pasos,
        fin_real=reloj_real() + cfg.limite_real,
        latencia_relativa=cfg.latencia_relativa,
        retraso_maximo=cfg.retraso_maximo,
    )

    def exceder(motivo: str) -> None:
        c.abortar(motivo)

    c.turnos.sembrar(estrategia.semilla_hilos())
    c.trazador = Trazador(cfg.archivos, lambda: c.actor, exceder, c.limite_real_superado)
    c.trazador.al_linea_de_main = c.lecturas.linea
    salida = _SalidaAcotada()
    error: BaseException | None = None
    parches.activar(c)
    try:
        with redirect_stdout(salida), redirect_stderr(salida), _avisos_de_python(), Vigia(c):
            c.trazador.instalar()
            try:
                correr(c)
            finally:
                c.trazador.retirar()
    except (Abortar, ParoDelBucle):
        pass
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        error = exc
    finally:
        if c.aborto is not None:
            descartar_tareas(c)
        if recolectar or c.aborto is not None:
            gc.collect()
        c.liberar_hilos()
        parches.activar(None)
    fallo = clasificar(c, error, cfg.esperado)
    return _Ejecucion(c, fallo, salida.getvalue())


@contextlib.contextmanager
def _avisos_de_python() -> Iterator[None]:
    """Los filtros de avisos por defecto de Python mientras corre el alumno: un
    `DeprecationWarning` de su código (p. ej. `get_event_loop()` en 3.12+) no es
    un error suyo aunque el juez corra bajo `pytest -W error`."""
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter("default")
        for categoria in (DeprecationWarning, PendingDeprecationWarning, ImportWarning):
            warnings.filterwarnings("ignore", category=categoria)
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        yield


def _reducir(correr: Correr, original: _Ejecucion, cfg: _Config) -> _Ejecucion:
    """Quita demoras y acorta las que quedan mientras el mismo fallo persista."""
    assert original.fallo is not None
    clave = original.fallo.clave
    mejor = original
    plan = dict(original.control.decisiones)
    hilos = original.control.semilla_hilos
    intentos, gastado = 0, 0

    def agotado() -> bool:
        return intentos >= MAX_INTENTOS_REDUCCION or gastado > PRESUPUESTO_REDUCCION

    def probar(candidato: dict[str, float]) -> bool:
        nonlocal mejor, plan, intentos, gastado
        intentos += 1
        prueba = _una(correr, Repeticion(candidato, hilos=hilos), cfg, False)
        gastado += _trabajo(prueba.control)
        if prueba.fallo is not None and prueba.fallo.clave == clave:
            mejor, plan = prueba, dict(prueba.control.decisiones)
            return True
        return False

    cambiado = True
    while cambiado and not agotado():
        cambiado = False
        for k in sorted(plan, key=_orden_clave, reverse=True):
            if k in plan and not agotado():
                cambiado |= probar({j: d for j, d in plan.items() if j != k})
    for k in sorted(plan, key=_orden_clave):
        for _ in range(MAX_MITADES):
            if k not in plan or agotado() or not probar({**plan, k: plan[k] / 2}):
                break
    if mejor is original and not agotado():
        # Repetir el plan tal cual: confirma que se reproduce (y da su traza).
        prueba = _una(correr, Repeticion(plan, hilos=hilos), cfg, True)
        if prueba.fallo is not None and prueba.fallo.clave == clave:
            mejor = prueba
    return mejor


def _trabajo(c: Control) -> int:
    """Lo que costó una ejecución, en unidades que no dependen de la máquina."""
    lineas = c.trazador.lineas_totales if c.trazador is not None else 0
    return c.pasos + lineas + c.turnos.eventos


def _se_repite(correr: Correr, ej: _Ejecucion, cfg: _Config) -> bool:
    """¿Un fallo medido en tiempo real aparece también al rehacer la misma
    planificación, REPETICIONES_TIEMPO_REAL veces seguidas?"""
    assert ej.fallo is not None
    for _ in range(REPETICIONES_TIEMPO_REAL):
        otra = _una(correr, Repeticion(dict(ej.control.decisiones), hilos=ej.control.semilla_hilos), cfg, False)
        if otra.fallo is None or otra.fallo.clave != ej.fallo.clave:
            return False
    return True


def _orden_clave(clave: str) -> tuple[str, tuple[int, ...]]:
    """Orden natural de las claves ("t2" antes que "t10")."""
    return clave[0], tuple(int(x) for x in clave[1:].split(".") if x.isdigit())


def _explorar(
    correr: Correr,
    *,
    planificaciones: int,
    semilla: int,
    estrategia: str | None,
    cfg: _Config,
    repetir: str | None,
    propagar_ajenas: bool = False,
) -> Resultado:
    inicio = reloj_real()
    est = crear_estrategia(estrategia)
    rng = random.Random(semilla)
    previos, hechas, tareas_max, virtual_max, gastado = 0, 0, 0, 0.0, 0
    with parches.instalados():
        for i in range(planificaciones):
            est.nueva_planificacion(rng, previos)
            ej = _una(correr, est, cfg, recolectar=(i == 0))
            hechas += 1
            gastado += _trabajo(ej.control)
            previos = ej.control.temporizadores
            tareas_max = max(tareas_max, len(ej.control.tareas))
            virtual_max = max(virtual_max, ej.control.reloj)
            if ej.fallo is not None and ej.fallo.excepcion is not None and propagar_ajenas:
                raise ej.fallo.excepcion
            if ej.fallo is not None and ej.fallo.de_tiempo_real and not _se_repite(correr, ej, cfg):
                ej.fallo = None  # la carga de la máquina, no el programa
            if ej.fallo is not None:
                # Un fallo de tiempo real ya se repitió (_se_repite) y cada intento
                # cuesta el límite real entero: no se reduce.
                reducir = ej.fallo.excepcion is None and not ej.fallo.de_tiempo_real
                final = _reducir(correr, ej, cfg) if reducir else ej
                assert final.fallo is not None
                completar(final.fallo, final.control, final.salida)
                final.fallo.evidencia.detalles.setdefault("planificacion", i + 1)
                return Resultado(
                    veredicto=final.fallo.veredicto,
                    planificaciones=hechas,
                    semilla=semilla,
                    duracion_s=reloj_real() - inicio,
                    evidencia=final.fallo.evidencia,
                    estrategia=est.nombre,
                    repetir=repetir,
                    estadisticas={
                        "tareas": len(final.control.tareas),
                        "tiempo_virtual_s": round(final.control.reloj, 6),
                        "pasos": final.control.pasos,
                        "retrasos": len(final.control.decisiones),
                    },
                )
            if gastado > PRESUPUESTO_EXPLORACION:
                break
    return Resultado(
        veredicto=Veredicto.APROBADO,
        planificaciones=hechas,
        semilla=semilla,
        duracion_s=reloj_real() - inicio,
        estrategia=est.nombre,
        estadisticas={"tareas_max": tareas_max, "tiempo_virtual_max_s": round(virtual_max, 6)},
    )


def explorar(
    fabrica: Callable[[], object],
    *,
    planificaciones: int = PLANIFICACIONES_POR_DEFECTO,
    semilla: int = 0,
    archivos_alumno: list[str | os.PathLike[str]] | tuple[str | os.PathLike[str], ...] = (),
    estrategia: str | None = None,
    minimo_tareas: int = 0,
    duracion_maxima: float | None = None,
    duracion_minima: float | None = None,
    tiempo_max_virtual: float = TIEMPO_MAX_VIRTUAL_S,
    permitir_bloqueos: bool = False,
    max_pasos: int = MAX_PASOS,
    repetir: str | None = None,
    propagar_ajenas: bool = False,
    retraso_maximo: float = RETRASO_MAXIMO_S,
) -> Resultado:
    """Corre `fabrica()` (una corrutina nueva cada vez) en `planificaciones` planificaciones.

    retraso_maximo: cuánto (s virtuales) puede llegar tarde, además de la
    latencia normal, el despertar de cada `asyncio.sleep(t > 0)` (y de cada
    `time.sleep` en un hilo del ejecutor): una tarea lista que se queda
    esperando mientras el reloj avanza, como en una máquina cargada. Con 0 solo
    se explora la latencia (hasta un 5 % de la espera, 10 ms como mucho). Un
    programa que ordena sus tareas con duraciones (`sleep(1.1)` para esperar a
    una tarea que duerme 1 s) falla en alguna planificación con «solo funciona
    si ninguna tarea se retrasa más de N s»; uno que espera de verdad (await,
    gather, Event, Queue) no se ve afectado.

    duracion_maxima/minima: lo que debe tardar main en tiempo virtual (lo pone el
    juez: «en paralelo bastaban 10 s»). minimo_tareas: tareas (o trabajos del
    ejecutor) que deben crearse; con menos, el veredicto es `trampa`.
    propagar_ajenas: una excepción sin marcos del alumno (un fallo del juez, un
    `pytest.fail`) o salida del propio motor se relanza tal cual en vez de
    convertirse en `error_interno`, para que quien llama la clasifique.
    """
    from verificador.asincrono.bucle import ejecutar

    def correr(c: Control) -> None:
        ejecutar(c, fabrica())  # type: ignore[arg-type]

    cfg = _Config(
        normalizar(archivos_alumno),
        Expectativas(duracion_maxima, duracion_minima, minimo_tareas, permitir_bloqueos),
        tiempo_max_virtual,
        max_pasos,
        LIMITE_REAL_EJECUCION_S,
        retraso_maximo=max(0.0, float(retraso_maximo)),
    )
    return _explorar(
        correr,
        planificaciones=planificaciones,
        semilla=semilla,
        estrategia=estrategia,
        cfg=cfg,
        repetir=repetir,
        propagar_ajenas=propagar_ajenas,
    )


def explorar_script(
    ruta: Path,
    *,
    argv: list[str] | None = None,
    planificaciones: int | None = None,
    semilla: int = 0,
    estrategia: str | None = None,
    retraso_maximo: float = RETRASO_MAXIMO_S,
) -> Resultado:
    """Corre un script como `__main__` (espacio de nombres nuevo en cada
    planificación); sus `asyncio.run` van al bucle controlado. Sus assert y sus
    excepciones son sus invariantes; interbloqueos, cuelgues, corrutinas sin
    esperar y excepciones perdidas no necesitan ninguno."""
    ruta = Path(ruta)
    argv = list(argv or [])
    n = PLANIFICACIONES_POR_DEFECTO if planificaciones is None else planificaciones
    repetir = f"verificar explorar {ruta} --semilla {semilla}"
    if planificaciones is not None and planificaciones != PLANIFICACIONES_POR_DEFECTO:
        repetir += f" --planificaciones {planificaciones}"
    if estrategia:
        repetir += f" --estrategia {estrategia}"
    if argv:
        repetir += " -- " + " ".join(argv)
    inicio = reloj_real()
    try:
        fuente = ruta.read_bytes()
        codigo = compile(fuente, str(ruta), "exec", dont_inherit=True)
    except SyntaxError as exc:
        ubic = f"{ruta.name}:{exc.lineno}"
        return Resultado(
            Veredicto.NO_CARGA,
            0,
            semilla,
            reloj_real() - inicio,
            Evidencia(resumen=f"Error de sintaxis en {ubic}: {exc.msg}", ubicacion=ubic),
            repetir=repetir,
        )

    def correr(c: Control) -> None:
        espacio = {
            "__name__": "__main__",
            "__file__": str(ruta),
            "__builtins__": builtins,
            "__package__": None,
            "__spec__": None,
            "__doc__": None,
        }
        argv_antes, ruta_antes = sys.argv, list(sys.path)
        sys.argv = [str(ruta), *argv]
        sys.path.insert(0, str(ruta.resolve().parent))
        c.script, c.espacio = codigo, espacio
        try:
            exec(codigo, espacio)
            hilos_propios.al_salir(c)  # el intérprete espera a los hilos que no son demonio
            revisar_fin_de_script(c)
        finally:
            c.espacio = None
            sys.argv = argv_antes
            sys.path[:] = ruta_antes
            espacio.clear()

    cfg = _Config(
        normalizar([ruta]),
        Expectativas(),
        TIEMPO_MAX_VIRTUAL_S,
        MAX_PASOS,
        LIMITE_REAL_EJECUCION_S,
        retraso_maximo=max(0.0, float(retraso_maximo)),
    )
    return _explorar(
        correr, planificaciones=n, semilla=semilla, estrategia=estrategia, cfg=cfg, repetir=repetir
    )
