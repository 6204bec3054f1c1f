"""The exploration loop: many schedules, stop at the first failure, shrink, explain.

Plan of one exploration with seed S:
1. the default schedule (no preemption), with the data-race and lock-order
   detectors on; it also measures how many decisions a run takes;
2. schedules from the strategy (PCT by default, cycling depths 2, 3, 1),
   each seeded from S, the first `EJECUCIONES_CON_DETECTORES` with detectors on;
3. at the first failing schedule: shrink its deviations, replay the result
   with a detailed trace and build the evidence;
4. if no schedule failed but a detector fired, report that.
Same seed, same program: same schedules, same verdict, same evidence.

Budgets are counted in scheduling steps and schedules, never in seconds, so
a verdict is a function of (program, seed, Python version) and not of the
machine's load. With the default plan (`ampliable`), the number of schedules
adapts to the length measured by the first run: short programs get
PLANIFICACIONES (and up to PLANIFICACIONES_MAX while under PASOS_AMPLIACION
steps), long ones as many as PRESUPUESTO_PASOS allows but never fewer than
MINIMO_PLANIFICACIONES (PCT spreads its change points over the measured
length). When an explicitly requested number of schedules does not fit in the
budget, the outcome is `presupuesto_agotado` with what was explored.
"""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from verificador.motor import estrategias, evidencia, reduccion
from verificador.motor.parches import Parches
from verificador.motor.planificador import Fallo, Planificador, Tipo
from verificador.veredictos import Evidencia, Paso, Resultado, Veredicto

PLANIFICACIONES = 200  # schedules per exploration by default (at least)
PLANIFICACIONES_MAX = 1000  # cheap programs keep exploring up to this many schedules...
PASOS_AMPLIACION = 250_000  # ...while the whole exploration has taken fewer scheduling steps than this
PROFUNDIDAD = 3  # PCT depth: bugs needing up to 2 forced preemptions
MINIMO_PLANIFICACIONES = PROFUNDIDAD  # long programs: the default schedule and PCT of depths 2 and 3
EJECUCIONES_CON_DETECTORES = 3  # first runs with race/lock-order detectors on
MAX_CRUCES = 4  # directed runs for crossed lock orders with a timeout (see `_cruces`)
PRESUPUESTO_PASOS = 2_000_000  # scheduling steps an exploration may spend over all its schedules
PASOS_POR_SEGUNDO_NOMINAL = 500_000  # converts a caller's presupuesto_s into steps (a fixed rate, never measured)
PASOS_LARGO = 200_000  # a run longer than this makes the program "long": detectors on its first run only
PASOS_TRAS_CARRERA = 100_000  # minimum per-run step limit once a race is known (see explorar)
PASOS_REDUCCION = 1_500_000  # scheduling steps shrinking a failure may spend
COTA_EXPROPIACIONES = 2  # preemption bound of the exhaustive strategy
ESTRATEGIAS = ("pct", "aleatoria", "exhaustiva")
MAX_DESVIOS_INFORME = 200  # deviations listed in a report (a livelock can have hundreds of thousands)

_MOTOR = {str(p) for p in Path(__file__).parent.glob("*.py")}


def _semilla_de(rng: random.Random) -> int:
    return rng.getrandbits(63)


def _comprobar_interprete() -> None:
    gil = getattr(sys, "_is_gil_enabled", None)
    if gil is not None and not gil():
        raise RuntimeError(
            "Este Python no tiene GIL (compilación free-threaded): el motor de hilos del "
            "verificador todavía no la admite. Usa un CPython normal (3.10–3.13)."
        )


class Explorador:
    def __init__(self, archivos: Iterable[str | os.PathLike[str]], *, estrategia: str = "pct",
                 profundidad: int = PROFUNDIDAD) -> None:
        _comprobar_interprete()
        if estrategia not in ESTRATEGIAS:
            raise ValueError(f"estrategia desconocida: {estrategia!r} (usa una de: {', '.join(ESTRATEGIAS)})")
        self.archivos = {str(Path(a).resolve()) for a in archivos}
        self.estrategia = estrategia
        self.profundidad = profundidad
        self.plan = Planificador(self.archivos, _MOTOR)
        self.max_hilos = 0
        self.max_simultaneos = 0
        self.tiempo_virtual = 0.0
        self.pasos_max = 0
        # what the longest run cost: its steps plus the calls of the student's code the tracer saw
        # (3.10/3.11: a generator resumed 100 000 times costs as much without a single step)
        self.coste_max = 0
        self.decisiones_max = 1
        self.pasos_total = 0

    def _correr(self, objetivo: Callable[[], object], estrategia: Any, *, detallado: bool = False,
                detectar: bool = False, limite_pasos: int | None = None) -> Fallo | None:
        plan = self.plan
        plan.ejecutar(objetivo, estrategia, detallado=detallado, detectar=detectar,
                      limite_pasos=limite_pasos)
        self.pasos_total += plan.pasos
        self.max_hilos = max(self.max_hilos, plan.hilos_creados)
        self.max_simultaneos = max(self.max_simultaneos, plan.max_simultaneos)
        self.tiempo_virtual = max(self.tiempo_virtual, plan.reloj)
        self.pasos_max = max(self.pasos_max, plan.pasos)
        self.coste_max = max(self.coste_max, plan.pasos + plan.llamadas_alumno)
        self.decisiones_max = max(self.decisiones_max, plan.n_decision)
        return plan.fallo

    def _reducir_a_sincronizacion(self, limpia: bool) -> None:
        """After a clean first run of a long program, later runs switch only at sync operations.

        The classic reduction for data-race-free programs (CHESS): if no two
        threads touch the same data without an ordering synchronization, the
        outcome depends only on the order of the synchronization operations, so
        preempting between them adds nothing. The first run is the evidence:
        it ran with the race and lock-order detectors on, every instruction
        traced. With no race, no possible lock-order inversion, no access pair
        protected only by this schedule's lock order (`registro._cerrojos`) and
        no failure in it, the student's code then runs untraced between operations on
        controlled primitives (under a third of the steps for a counter under
        a Lock), and the strategies spread their decisions over the sync
        operations the first run made. Short programs, the exhaustive strategy
        and any first run where a detector fired keep every instruction as a point.
        """
        plan = self.plan
        if not limpia or plan.contaminado or self.pasos_max <= PASOS_LARGO:
            return
        plan.solo_sincronizacion = True
        self.decisiones_max = max(1, plan.n_decision - plan.decisiones_punto)

    def _plan(self, planificaciones: int, ampliable: bool, presupuesto: int,
              ampliacion: tuple[int, int] | None = None) -> int:
        """How many schedules the search plans, once the first run measured the program's length.

        `ampliable`: the plan adapts both ways (explorar). Otherwise `ampliacion`
        = (steps, schedules) only widens it (the judges): a short program keeps
        exploring up to that many schedules while the whole exploration stays
        under that many steps, and never gets fewer than `planificaciones`.
        """
        coste = max(1, self.coste_max)
        if not ampliable:
            if ampliacion is None:
                return max(1, planificaciones)
            pasos_ampliacion, maximo = ampliacion
            return max(1, planificaciones, min(maximo, pasos_ampliacion // coste))
        pasos_ampliacion, maximo = ampliacion or (PASOS_AMPLIACION, PLANIFICACIONES_MAX)
        cabe = presupuesto // coste
        if cabe >= planificaciones:
            return max(planificaciones, min(maximo, pasos_ampliacion // coste))
        return max(MINIMO_PLANIFICACIONES, cabe)

    def explorar(self, objetivo: Callable[[], object], *, planificaciones: int = PLANIFICACIONES,
                 semilla: int = 0, presupuesto_pasos: int = PRESUPUESTO_PASOS,
                 al_progreso: Callable[[int], None] | None = None, ampliable: bool = False,
                 ampliacion: tuple[int, int] | None = None) -> Resultado:
        """Run the planned schedules (see the module docstring for the plan and its budgets).

        With `ampliable` the plan adapts to the program's measured length;
        without it, `planificaciones` are planned (more, for a short program, with
        `ampliacion`: see `_plan`) and running out of `presupuesto_pasos` before
        they are done gives `presupuesto_agotado`.
        """
        inicio = time.monotonic()
        rng = random.Random(semilla)
        carrera = None
        inversion = None
        hechas = 0
        cruces: list[tuple[int, int, int]] = []  # crossed lock orders with a timeout (directed runs)
        agotado: Fallo | None = None
        fallo: Fallo | None = None
        desvios: dict[int, int] = {}
        self.pasos_total = 0
        self.plan.solo_sincronizacion = False
        plan_n = max(1, planificaciones)
        exhaustiva = estrategias.Exhaustiva(COTA_EXPROPIACIONES) if self.estrategia == "exhaustiva" else None
        with Parches(self.plan):
            i = 0
            while i < plan_n:
                semilla_i = _semilla_de(rng)
                # a long program (millions of steps) gets its detectors on the first run only
                detectar = i < (1 if self.pasos_max > PASOS_LARGO else EJECUCIONES_CON_DETECTORES)
                if exhaustiva is not None:
                    estr = exhaustiva.siguiente()
                    if estr is None:
                        break
                elif i == 0:
                    estr = estrategias.PorDefecto()
                else:
                    estr = estrategias.crear(self.estrategia, random.Random(semilla_i), i,
                                             self.decisiones_max, self.profundidad)
                # a long first run may stop tracing once a race is found: with the default plan
                # the verdict is then known (see the break below), and the run still ends or fails
                self.plan.carrera_basta = PASOS_LARGO if ampliable and i == 0 and detectar else 0
                # Once a race is known, later runs only look for a failing schedule (a better
                # story): a run far longer than any so far (e.g. a poller spinning on a counter
                # the race left wrong) is cut short, and the race is the verdict.
                tope = None if carrera is None else max(PASOS_TRAS_CARRERA, 20 * self.pasos_max)
                fallo = self._correr(objetivo, estr, detectar=detectar, limite_pasos=tope)
                self.plan.carrera_basta = 0
                if tope is not None and fallo is not None and fallo.tipo in (Tipo.SIN_FIN, Tipo.PRESUPUESTO):
                    hechas, fallo = hechas + 1, None
                    break
                hechas += 1
                i += 1
                if i == 1:
                    plan_n = self._plan(planificaciones, ampliable, presupuesto_pasos, ampliacion)
                if exhaustiva is not None and isinstance(estr, estrategias.Registradora):
                    expropia = {k: p for k, _ids, _d, p in estr.opciones}
                    exhaustiva.expandir(estr, expropia)
                if detectar and self.plan.carreras is not None and carrera is None and self.plan.carreras.carreras:
                    carrera = self.plan.carreras.carreras[0]
                if detectar and self.plan.orden is not None and inversion is None:
                    inversion = self.plan.orden.inversion()
                if detectar and self.plan.orden is not None:
                    cruces.extend(c for c in self.plan.orden.cruces_con_plazo() if c not in cruces)
                if i == 1 and fallo is None and exhaustiva is None:
                    self._reducir_a_sincronizacion(detectar and carrera is None and inversion is None
                                                   and not self.plan.cerrojos_inconsistentes)
                if al_progreso is not None:
                    al_progreso(hechas)
                if fallo is not None and fallo.tipo is Tipo.PRESUPUESTO:
                    agotado, fallo = fallo, None
                    break
                if fallo is not None:
                    desvios = dict(self.plan.desvios)
                    break
                if self.plan.contaminado:
                    break
                if ampliable and (carrera or inversion) and self.pasos_max > PASOS_LARGO:
                    break  # the verdict is known; a failing schedule would only give a longer story
                if i < plan_n and self.pasos_total >= presupuesto_pasos:
                    # the adaptive plan always runs its minimum, then stops at the budget;
                    # an explicit request that does not fit is reported as such
                    if not ampliable:
                        agotado = Fallo(Tipo.PRESUPUESTO, "", "")
                        break
                    if i >= MINIMO_PLANIFICACIONES:
                        break
            if fallo is None and agotado is None and carrera is None and inversion is None \
                    and exhaustiva is None and cruces and not self.plan.contaminado:
                fallo, carrera, hechas = self._cruces(objetivo, cruces, hechas)
                if fallo is not None:
                    desvios = dict(self.plan.desvios)
            if fallo is not None:
                return self._informe_fallo(objetivo, fallo, desvios, hechas, semilla, inicio)
        duracion = time.monotonic() - inicio
        stats = self._estadisticas(exhaustiva)
        if carrera is not None:
            return Resultado(Veredicto.CARRERA, hechas, semilla, duracion, evidencia.de_carrera(carrera),
                             self.estrategia, estadisticas=stats)
        if inversion is not None:
            return Resultado(Veredicto.INTERBLOQUEO, hechas, semilla, duracion,
                             self._evidencia_inversion(inversion), self.estrategia, estadisticas=stats)
        if agotado is not None:
            return Resultado(Veredicto.PRESUPUESTO_AGOTADO, hechas, semilla, duracion,
                             self._evidencia_agotado(agotado, hechas, plan_n, presupuesto_pasos),
                             self.estrategia, estadisticas=stats)
        return Resultado(Veredicto.APROBADO, hechas, semilla, duracion, None, self.estrategia,
                         estadisticas=stats)

    def _cruces(self, objetivo: Callable[[], object], cruces: list[tuple[int, int, int]],
                hechas: int) -> tuple[Fallo | None, Any, int]:
        """Directed runs that form each crossed lock order with a timeout (detectors on, fully traced).

        Random schedules form such a cycle only by luck (a switch in a window of
        one or two steps); these runs form it on purpose, so the path a timed-out
        acquire takes is explored on every verdict.
        """
        self.plan.solo_sincronizacion = False
        for cruce in cruces[:MAX_CRUCES]:
            fallo = self._correr(objetivo, estrategias.TrasTomar(*cruce), detectar=True)
            hechas += 1
            carreras = self.plan.carreras.carreras if self.plan.carreras is not None else []
            if fallo is not None and fallo.tipo is Tipo.PRESUPUESTO:
                return None, None, hechas
            if fallo is not None or carreras:
                return fallo, (carreras[0] if carreras and fallo is None else None), hechas
            if self.plan.contaminado:
                break
        return None, None, hechas

    def _evidencia_agotado(self, agotado: Fallo, hechas: int, plan_n: int, presupuesto: int) -> Evidencia:
        def num(n: int) -> str:
            return f"{n:,}".replace(",", ".")

        if agotado.mensaje:
            resumen = agotado.mensaje
            ubicacion = f"{agotado.lugar.archivo.rsplit('/', 1)[-1]}:{agotado.lugar.linea}" if agotado.lugar else None
        else:
            resumen = (f"Se agotó el presupuesto de {num(presupuesto)} pasos tras {hechas} de las {plan_n} "
                       "planificaciones pedidas.")
            ubicacion = None
        resumen += (f" Explorado sin fallos: {hechas} planificaciones, {num(self.pasos_total)} pasos "
                    f"(la más larga, {num(self.pasos_max)}).")
        return Evidencia(
            resumen=resumen,
            explicacion="No es un aprobado: pide menos planificaciones o prueba el programa con menos "
                        "iteraciones (el motor recorre cada paso de cada hilo).",
            ubicacion=ubicacion,
            detalles={"planificaciones": hechas, "planificaciones_previstas": plan_n,
                      "pasos": self.pasos_total, "pasos_max": self.pasos_max,
                      "presupuesto_pasos": presupuesto, **agotado.detalles},
        )

    def _estadisticas(self, exhaustiva: Any = None) -> dict[str, Any]:
        datos: dict[str, Any] = {
            "hilos_creados": self.max_hilos,
            "hilos_simultaneos": self.max_simultaneos,
            "tiempo_virtual_s": round(self.tiempo_virtual, 4),
            "pasos_max": self.pasos_max,
            "pasos_total": self.pasos_total,
        }
        if exhaustiva is not None:
            datos["exhaustiva_completa"] = exhaustiva.completa
        return datos

    def _informe_fallo(self, objetivo: Callable[[], object], fallo: Fallo, desvios: dict[int, int],
                       hechas: int, semilla: int, inicio: float) -> Resultado:
        tipo = fallo.tipo
        veredicto = evidencia.veredicto_de(fallo)
        reproducido = True
        if tipo not in (Tipo.BLOQUEO_NO_MODELADO, Tipo.PRESUPUESTO) and not self.plan.contaminado:

            def ejecutar(candidato: dict[int, int]) -> tuple[bool, dict[int, int]]:
                f = self._correr(objetivo, estrategias.Repeticion(candidato))
                igual = f is not None and f.tipo is tipo and evidencia.veredicto_de(f) is veredicto
                return igual, dict(self.plan.desvios)

            tope = self.pasos_total + PASOS_REDUCCION
            desvios = reduccion.reducir(desvios, ejecutar, lambda: self.pasos_total >= tope)
            f = self._correr(objetivo, estrategias.Repeticion(desvios), detallado=True)
            if f is not None and f.tipo is tipo:
                fallo = f
            else:
                reproducido = False
        eventos = self.plan.eventos if reproducido else None
        cambios = self.plan.cambios if reproducido else len(desvios)
        veredicto, ev = evidencia.construir(fallo, eventos, self.archivos, cambios, self.plan.texto_salida())
        if not reproducido:
            ev.detalles["aviso"] = "no se reprodujo el fallo al repetir el entrelazado: ¿el programa depende del azar?"
        ev.detalles["desvios"] = {str(k): v for k, v in sorted(desvios.items())[:MAX_DESVIOS_INFORME]}
        if len(desvios) > MAX_DESVIOS_INFORME:
            ev.detalles["desvios_total"] = len(desvios)
        return Resultado(veredicto, hechas, semilla, time.monotonic() - inicio, ev, self.estrategia,
                         estadisticas=self._estadisticas())

    def _evidencia_inversion(self, ciclo: Any) -> Evidencia:
        candados = self.plan.candados

        def nombre(o: int) -> str:
            c = candados.get(o)
            return c.describir() if c is not None else f"candado nº{o}"

        def corto(ruta: str) -> str:
            return ruta.rsplit("/", 1)[-1]

        partes = [f"{e.hilo} toma {nombre(e.hacia)} teniendo {nombre(e.desde)} ({corto(e.archivo)}:{e.linea})"
                  for e in ciclo]
        resumen = ("Interbloqueo posible: " + "; ".join(partes) + ". Esta vez no se colgó, pero con otro "
                   "orden de los hilos cada uno se quedaría con un candado esperando el del siguiente.")
        return Evidencia(
            resumen=resumen,
            explicacion="Toma siempre los candados en el mismo orden global (por ejemplo, por un número "
                        "o identificador), en todos los hilos.",
            linea_tiempo=[Paso(e.hilo, corto(e.archivo), e.linea, e.codigo,
                               f"toma {nombre(e.hacia)} teniendo {nombre(e.desde)}") for e in ciclo],
            detalles={"potencial": True},
        )


def explorar(objetivo: Callable[[], object], *, archivos_alumno: Iterable[str | os.PathLike[str]],
             planificaciones: int | None = None, semilla: int = 0, estrategia: str | None = None,
             profundidad: int = PROFUNDIDAD, presupuesto_s: float | None = None,
             al_progreso: Callable[[int], None] | None = None) -> Resultado:
    """Explore `objetivo` (called once per schedule, as the main thread) and judge it.

    Only the code of `archivos_alumno` is instrumented; everything else runs
    atomically between scheduling points. Returns a Resultado; never raises
    for a bug of the program under test. `presupuesto_s` is a nominal size,
    converted to steps at the fixed rate PASOS_POR_SEGUNDO_NOMINAL: it is
    never compared with a clock.
    """
    exp = Explorador(archivos_alumno, estrategia=estrategia or "pct", profundidad=profundidad)
    pasos = PRESUPUESTO_PASOS if presupuesto_s is None else int(presupuesto_s * PASOS_POR_SEGUNDO_NOMINAL)
    return exp.explorar(objetivo, planificaciones=planificaciones or PLANIFICACIONES, semilla=semilla,
                        presupuesto_pasos=pasos, al_progreso=al_progreso, ampliable=planificaciones is None)
