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
`FalloVeredicto` con la evidencia del motor si alguna falla, o
`sin_concurrencia` si el intento creó menos hilos que `minimo_hilos` (o nunca
los tuvo trabajando a la vez).

El tiempo también es adversario: con `retrasos=(1.0, 30.0)`, si el programa
aprobó, se explora otra vez con cada retraso R (lo que hace una máquina
cargada): cada `sleep` de un hilo que no es el principal dura R s virtuales
más, y el principal puede dormir hasta R s en total sin que los demás hilos
avancen mientras tanto. Un programa que espera con `join`, `Event` o `Queue`
no lo nota; uno que espera con `sleep(duracion + 0.5)` falla, y se dice así:
«el programa solo funciona si ningún hilo se retrasa R s o más». Durante esas exploraciones
`hilos.retraso` vale el retraso (0 en las normales), para que el juez no
confunda el retraso con trabajar en serie al medir el tiempo virtual.

`otras_estrategias=("aleatoria",)` explora además con esas estrategias (PCT
encuentra los fallos de pocas expropiaciones; el paseo aleatorio, los que
necesitan muchos cambios de hilo, como dos plazos que vencen a la vez).

`escrituras(escenario)` corre el escenario en unas pocas planificaciones con
la traza detallada y dice qué hilo escribió cada variable global
o atributo: un juez comprueba así que el resultado sale de los hilos y no de
un cálculo en el hilo principal.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from verificador.juez.alumno import Alumno
from verificador.motor import contexto, estrategias
from verificador.motor.exploracion import Explorador
from verificador.motor.hilos import TRAS_JOIN
from verificador.motor.parches import Parches
from verificador.veredictos import Evidencia, FalloVeredicto, Resultado, Veredicto

__all__ = ["Escrituras", "Hilos", "hilos"]

PLANIFICACIONES_JUEZ = 60  # schedules per judge repetition (each verdict runs several repetitions)
PLANIFICACIONES_RETRASO = 10  # schedules per delayed exploration (each delay of `retrasos`)
# A short scenario keeps exploring up to this many schedules while one exploration stays
# under this many steps (bugs that need two well-placed preemptions, e.g. two separately
# atomic withdrawals that both fail and refund, show up in ~1 of 60 PCT schedules).
AMPLIACION_JUEZ = (30_000, 240)  # ~2x the exploration cost of a short thread case (measured)
PLANIFICACIONES_OTRAS = 30  # schedules per exploration with each of `otras_estrategias`
PRESUPUESTO_JUEZ_PASOS = 4_000_000  # scheduling steps one exploration of a repetition may spend (never seconds)
PLANIFICACIONES_ESCRITURAS = 2  # traced schedules whose writers `escrituras` adds up


@dataclass(frozen=True)
class Linea:
    """Una línea impresa: qué hilo la escribió, cuándo empezó (segundos virtuales) y su texto."""

    hilo: str
    t: float
    texto: str


def _numero(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


@dataclass
class Escrituras:
    """Quién escribió qué en una ejecución: nombre -> {hilo: escrituras}.

    `tardias` cuenta solo las del hilo principal después de arrancar su primer
    hilo (las de antes, como poner `saldo = 0`, son preparar, no calcular).
    """

    principal: str = "MainThread"
    por_nombre: dict[str, Counter[str]] = field(default_factory=dict)
    tardias: Counter[str] = field(default_factory=Counter)
    # Hilos (salvo los de un pool) que en ninguna de las ejecuciones trazadas
    # pasaron por un punto del código del alumno: hilos de adorno.
    ociosos: set[str] | None = None
    # Escrituras de cada hilo en un nombre que ese hilo no había leído antes en la misma
    # ejecución: poner un valor a ciegas (`saldo = total`), no sumarle nada.
    a_ciegas: dict[str, Counter[str]] = field(default_factory=dict)
    # (hilo, otro): `hilo` esperó con join a que `otro` (que no arrancó él) terminara antes de
    # escribir nada en esa ejecución: su trabajo va detrás del de `otro` en todas las planificaciones.
    esperas: set[tuple[str, str]] = field(default_factory=set)
    # nombre -> hilo -> lo más que subió un número de una sola escritura (valor escrito menos
    # el que ese hilo acababa de leer ahí): poner el total de golpe no es depositar.
    saltos: dict[str, Counter[str]] = field(default_factory=dict)
    # (hilo, archivo, línea) de cada paso trazado de los hilos que no son el principal
    lugares: set[tuple[str, str, int]] = field(default_factory=set)

    def hilos_que_sobrescriben(self, nombre: str) -> set[str]:
        """Hilos (no el principal) que escribieron `nombre` sin haberlo leído nunca antes."""
        todas, ciegas = self.por_nombre.get(nombre, Counter()), self.a_ciegas.get(nombre, Counter())
        return {h for h, n in todas.items() if n and h != self.principal and ciegas[h] >= n}

    def hilos_que_escriben(self, nombre: str) -> set[str]:
        return {h for h, n in self.por_nombre.get(nombre, Counter()).items()
                if n and h != self.principal}

    def hilos_que_ejecutan(self, funcion: Any) -> set[str]:
        """Hilos (no el principal) que dieron algún paso trazado dentro de `funcion` (una función
        o un método del alumno): un acceso a datos compartidos o una operación de sincronización."""
        codigo = getattr(funcion, "__code__", None)
        if codigo is None:
            return set()
        lineas = {linea for _, _, linea in codigo.co_lines() if linea is not None}
        archivo = os.path.basename(codigo.co_filename)
        return {h for h, a, linea in self.lugares if linea in lineas and os.path.basename(a) == archivo}

    def mayor_salto(self, nombre: str) -> tuple[str, float] | None:
        """El hilo (no el principal) que más subió `nombre` de una sola escritura, y cuánto."""
        saltos = {h: v for h, v in self.saltos.get(nombre, Counter()).items() if h != self.principal}
        if not saltos:
            return None
        hilo = max(saltos, key=lambda h: saltos[h])
        return hilo, saltos[hilo]

    def en_fila(self, nombre: str) -> set[str]:
        """Hilos que escriben `nombre` y, antes de hacerlo, esperaron (join) a que terminara
        otro que también lo escribe: el trabajo va uno detrás de otro, no a la vez."""
        autores = self.hilos_que_escriben(nombre)
        return {h for h, otro in self.esperas if h in autores and otro in autores}

    @staticmethod
    def nombrar(hilos: set[str] | list[str]) -> str:
        """Los tres primeros nombres y cuántos más: para los mensajes."""
        orden = sorted(hilos)
        return ", ".join(orden[:3]) + (f" y {len(orden) - 3} más" if len(orden) > 3 else "")

    def de_los_hilos(self, nombre: str) -> int:
        return sum(n for h, n in self.por_nombre.get(nombre, Counter()).items() if h != self.principal)


class Hilos:
    def __init__(self, alumno: Alumno) -> None:
        self._alumno = alumno
        self.retraso = 0.0

    def _explorador(self, estrategia: str | None) -> Explorador:
        return Explorador([str(a) for a in self._alumno.archivos], estrategia=estrategia or "pct")

    def explorar(self, escenario: Callable[[], object], *, planificaciones: int | None = None,
                 minimo_hilos: int = 1, estrategia: str | None = None,
                 otras_estrategias: Sequence[str] = (),
                 retrasos: Sequence[float] = (),
                 ampliacion: tuple[int, int] = AMPLIACION_JUEZ) -> Resultado:
        alumno = self._alumno
        exp = self._explorador(estrategia)
        resultado = exp.explorar(escenario, planificaciones=planificaciones or PLANIFICACIONES_JUEZ,
                                 semilla=alumno.semilla, presupuesto_pasos=PRESUPUESTO_JUEZ_PASOS,
                                 ampliacion=ampliacion if planificaciones is None else None)
        alumno.anotar(planificaciones=resultado.planificaciones)
        creados = int(resultado.estadisticas.get("hilos_creados", 0))
        simultaneos = int(resultado.estadisticas.get("hilos_simultaneos", 0))
        # A real failure comes first (a run that deadlocks early may not have
        # started every thread yet), unless the attempt has no threads at all.
        sin_hilos = creados == 0 and minimo_hilos > 0
        if resultado.veredicto is not Veredicto.APROBADO and not (
            sin_hilos and resultado.veredicto in (Veredicto.CARRERA, Veredicto.INCOMPLETO)
        ):
            self._fallar(resultado)
        if simultaneos < minimo_hilos:
            if creados >= minimo_hilos:
                resumen = (f"El intento crea {creados} hilos pero nunca hay más de {simultaneos} "
                           f"trabajando a la vez (el caso necesita {minimo_hilos}): los ejecuta uno "
                           "detrás de otro.")
            else:
                resumen = (f"El intento creó {creados} hilo(s) y el caso necesita al menos "
                           f"{minimo_hilos} trabajando a la vez: la concurrencia ha desaparecido.")
            raise FalloVeredicto(Veredicto.SIN_CONCURRENCIA, Evidencia(
                resumen=resumen,
                explicacion=("Quitar la concurrencia (o esperar a cada hilo justo después de "
                             "arrancarlo) evita la carrera, pero no es el ejercicio: el programa "
                             "tiene que seguir trabajando en paralelo y hacerlo bien."),
                esperado=f"al menos {minimo_hilos} hilos a la vez", obtenido=f"{simultaneos} a la vez",
            ))
        for otra in otras_estrategias:
            extra = self._explorador(otra).explorar(
                escenario, planificaciones=PLANIFICACIONES_OTRAS,
                semilla=alumno.semilla, presupuesto_pasos=PRESUPUESTO_JUEZ_PASOS)
            alumno.anotar(planificaciones=extra.planificaciones)
            if extra.veredicto is not Veredicto.APROBADO:
                self._fallar(extra)
        for retraso in retrasos:
            self._explorar_con_retraso(escenario, retraso, estrategia)
        return resultado

    def _explorar_con_retraso(self, escenario: Callable[[], object], retraso: float,
                              estrategia: str | None) -> None:
        alumno = self._alumno
        exp = self._explorador(estrategia)
        exp.plan.retraso_s = retraso
        self.retraso = retraso
        try:
            resultado = exp.explorar(escenario, planificaciones=PLANIFICACIONES_RETRASO,
                                     semilla=alumno.semilla ^ 0x5EED,
                                     presupuesto_pasos=PRESUPUESTO_JUEZ_PASOS)
        finally:
            self.retraso = 0.0
        alumno.anotar(planificaciones=resultado.planificaciones)
        if resultado.veredicto is Veredicto.APROBADO:
            return
        evidencia = resultado.evidencia or Evidencia(resumen=resultado.veredicto.descripcion)
        if resultado.veredicto.es_concluyente:
            evidencia.resumen = (f"El programa solo funciona si ningún hilo se retrasa "
                                 f"{retraso:g} s o más: {evidencia.resumen}")
            evidencia.explicacion = (
                f"Con cada hilo retrasado {retraso:g} s (lo que pasa en una máquina cargada, con "
                "un disco lento o una pausa del recolector) el programa falla. Un `sleep` no "
                "garantiza que otro hilo haya terminado: espéralo de verdad (join, Event, Queue)."
                + (f" {evidencia.explicacion}" if evidencia.explicacion else ""))
        evidencia.detalles["retraso_s"] = retraso
        self._fallar(resultado, evidencia)

    @staticmethod
    def _fallar(resultado: Resultado, evidencia: Evidencia | None = None) -> None:
        evidencia = evidencia or resultado.evidencia or Evidencia(resumen=resultado.veredicto.descripcion)
        evidencia.detalles.setdefault("planificaciones", resultado.planificaciones)
        evidencia.detalles.setdefault("estadisticas", resultado.estadisticas)
        raise FalloVeredicto(resultado.veredicto, evidencia)

    def escrituras(self, escenario: Callable[[], object], *,
                   planificaciones: int = PLANIFICACIONES_ESCRITURAS) -> Escrituras:
        """Corre `escenario` en unas pocas planificaciones con la traza detallada y cuenta
        quién escribió cada variable global (`saldo`) o atributo (`cuenta.saldo` -> `saldo`).

        La primera es la planificación por defecto; las demás, aleatorias con la
        semilla de la repetición. Se suman las de todas: en una sola, un pool de
        hilos puede dar todo el trabajo a su primer trabajador. Un fallo del
        escenario en una de ellas se relanza como veredicto.
        """
        exp = self._explorador(None)
        plan = exp.plan
        datos = Escrituras()
        rng = random.Random(self._alumno.semilla)
        for i in range(max(1, planificaciones)):
            estrategia = (estrategias.PorDefecto() if i == 0
                          else estrategias.Aleatoria(random.Random(rng.getrandbits(63))))
            with Parches(plan):
                plan.ejecutar(escenario, estrategia, detallado=True)
            if plan.fallo is not None:
                resultado = exp.explorar(escenario, planificaciones=1, semilla=self._alumno.semilla)
                if resultado.veredicto is not Veredicto.APROBADO:
                    self._fallar(resultado)
                continue
            self._sumar(plan, datos)
        return datos

    @staticmethod
    def _sumar(plan: Any, datos: Escrituras) -> None:
        principal = next((h.nombre for h in plan.hilos if h.principal), "MainThread")
        datos.principal = principal
        arrancados = False
        tardias: Counter[str] = Counter()
        leidos: set[tuple[str, str]] = set()  # (hilo, nombre) ya leídos en esta ejecución
        escritores: set[str] = set()  # hilos que ya escribieron algo en esta ejecución
        padres: dict[str, str] = {}  # hilo -> el que lo arrancó
        # (hilo, sitio) -> lo que ese hilo leyó en su último acceso trazado al sitio, si fue una lectura
        lecturas: dict[tuple[str, Any], Any] = {}
        for evento in plan.eventos or ():
            if evento.accion.startswith("arranca "):
                padres[evento.accion[len("arranca "):]] = evento.hilo
                arrancados = arrancados or evento.hilo == principal
            if evento.hilo != principal and evento.lugar is not None:
                datos.lugares.add((evento.hilo, evento.lugar.archivo, evento.lugar.linea))
            if evento.accion.endswith(TRAS_JOIN) and evento.hilo != principal and evento.hilo not in escritores:
                otro = evento.accion[:-len(TRAS_JOIN)]
                if padres.get(otro) != evento.hilo:  # esperar a los hilos que uno arrancó es fork-join
                    datos.esperas.add((evento.hilo, otro))
            if not evento.accion.startswith(("escribe ", "lee ")) or not evento.clave:
                continue
            nombre = str(evento.clave[-1]) if evento.clave[0] != "idx" else "[]"
            if evento.accion.startswith("lee "):
                leidos.add((evento.hilo, nombre))
                lecturas[(evento.hilo, evento.clave)] = evento.valor
                continue
            datos.por_nombre.setdefault(nombre, Counter())[evento.hilo] += 1
            escritores.add(evento.hilo)
            # lo que subió respecto de lo que ese mismo hilo acababa de leer (las escrituras mudas
            # con el candado no están en la traza: no sirve «el último valor escrito»)
            valor, previo = evento.valor, lecturas.pop((evento.hilo, evento.clave), None)
            if _numero(valor) and _numero(previo):
                saltos = datos.saltos.setdefault(nombre, Counter())
                saltos[evento.hilo] = max(saltos.get(evento.hilo, valor - previo), valor - previo)
            if (evento.hilo, nombre) not in leidos:
                datos.a_ciegas.setdefault(nombre, Counter())[evento.hilo] += 1
            if arrancados and evento.hilo == principal:
                tardias[nombre] += 1
        datos.tardias |= tardias
        activos = {e.hilo for e in plan.eventos or ()}
        ociosos = {h.nombre for h in plan.hilos
                   if not h.principal and h.nombre not in activos and not _de_un_pool(h)}
        datos.ociosos = ociosos if datos.ociosos is None else datos.ociosos & ociosos

    def salida(self) -> str:
        """Lo que el programa del alumno ha impreso hasta ahora en esta planificación."""
        plan = contexto.activo()
        return plan.texto_salida() if plan is not None else ""

    def lineas(self) -> list[Linea]:
        """Las líneas impresas hasta ahora en esta planificación, cada una con el hilo que
        la escribió y el instante virtual en que empezó (`reloj()`), sea cual sea la
        función que escribió (`print`, un `print` propio del módulo, `sys.stdout.write`)."""
        plan = contexto.activo()
        if plan is None:
            return []
        return [Linea(hilo, t, texto) for hilo, t, texto in plan.lineas_con_autor()]

    def reloj(self) -> float:
        """El reloj virtual de esta planificación (segundos), sin el coste de leerlo."""
        plan = contexto.activo()
        return float(plan.reloj) if plan is not None else 0.0


def _de_un_pool(h: Any) -> bool:
    """Los trabajadores de un ThreadPoolExecutor pueden quedarse sin tarea sin culpa del alumno."""
    return "ThreadPoolExecutor" in h.nombre


@pytest.fixture
def hilos(alumno: Alumno) -> Hilos:
    return Hilos(alumno)
