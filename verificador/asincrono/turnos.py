"""Los hilos del ejecutor (`to_thread`, `run_in_executor`) por turnos.

Los trabajos del ejecutor corren en hilos reales, pero nunca a la vez entre
sí ni con el bucle: hay UN turno, y lo tiene el hilo del bucle o un trabajo.
El bucle da el turno a un trabajo listo (elegido con la semilla) y espera a
que se lo devuelva; un trabajo lo devuelve cuando termina, cuando duerme
(`time.sleep`, en tiempo virtual), cuando espera un candado, evento o cola de
`threading` que tiene otro, o cuando agota su cuanto: un número de eventos
(líneas y operaciones del código del alumno) elegido con la semilla. Así dos
trabajos que hacen `total += 1` sin candado pueden intercalarse entre leer y
escribir, igual que en CPython, y la misma semilla da siempre el mismo orden.

Nada depende de cómo reparte el sistema los hilos reales: el bucle no avanza
mientras un trabajo tiene el turno, y antes de elegir espera a que lleguen a
su puerta todos los trabajos que el ejecutor ya puede haber empezado (los
primeros de su cola, hasta su número de hilos). El tiempo real solo cuenta
para un hilo parado en una llamada que el motor no controla (`esperar_turno`).
"""

from __future__ import annotations

import _thread
import bisect
import enum
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from time import perf_counter as reloj_real
from time import process_time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verificador.asincrono.control import Control

# Eventos del alumno (líneas y operaciones) que un trabajo corre como mucho antes
# de un punto de cambio; el cuanto de cada turno es uniforme en [1, CUANTO_MAXIMO].
CUANTO_MAXIMO = 40
# Probabilidad de devolver el turno al bucle (si tiene callbacks listos) en vez de
# dar otro turno a un trabajo listo (fracción).
PROBABILIDAD_BUCLE = 0.5
# Eventos del alumno en hilos del ejecutor en una ejecución: más, presupuesto agotado.
MAX_EVENTOS_HILOS = 3_000_000
# Espera real por vuelta al esperar un turno o una llegada (s): solo para mirar el límite.
ESPERA_REAL_S = 0.5
# Un hilo que no devuelve el turno se da por parado en una llamada que el motor no
# modela (no por lento) si, durante al menos ESPERA_MINIMA_HILO_PARADO_S de espera
# real, el proceso usó menos de esa fracción de CPU (fracción, s).
FRACCION_CPU_HILO_PARADO = 0.05
ESPERA_MINIMA_HILO_PARADO_S = 1.0
# Tiempo real de más que tiene, pasado el límite de la ejecución, un hilo que sigue
# calculando (s): en una máquina muy cargada el presupuesto de eventos tarda más.
PRORROGA_CALCULO_S = 50.0


class Estado(enum.Enum):
    COLA = "en la cola del ejecutor"
    LISTO = "listo"
    CORRIENDO = "corriendo"
    DURMIENDO = "durmiendo"
    BLOQUEADO = "esperando a otro hilo"
    FIN = "terminado"


def _cerrada() -> Any:
    puerta = _thread.allocate_lock()
    puerta.acquire()
    return puerta


@dataclass
class Trabajo:
    numero: int
    ejecutor: int  # id del ejecutor
    capacidad: int | None  # hilos del ejecutor (None: no se sabe)
    estado: Estado = Estado.COLA
    puerta: Any = field(default_factory=_cerrada)  # la abre quien le da el turno
    llegada: Any = field(default_factory=_cerrada)  # la abre el hilo al empezar
    cuanto: int = 0
    obtuvo: bool = True  # resultado de la última espera con plazo
    al_vencer: Callable[[], None] | None = None
    avisado: bool = False  # lo desbloquearon antes de que llegara a bloquearse


class Turnos:
    """El turno entre el bucle y los trabajos del ejecutor de UNA ejecución."""

    def __init__(self, control: Control) -> None:
        self._control = control
        self._mutex = _thread.allocate_lock()
        self._bucle = _thread.allocate_lock()  # lo suelta el trabajo que devuelve el turno
        self._bucle.acquire()
        self.trabajos: dict[int, Trabajo] = {}
        # (hora virtual, clave, número): despertares de los trabajos dormidos, en orden.
        self.durmientes: list[tuple[float, str, int]] = []
        self.rng = random.Random(0)
        self.terminado = False
        self.eventos = 0
        self._puede_volver = False  # el del turno en curso (ver `punto`)
        self.motivo = "tiempo_real"  # por qué no se devolvió un turno a tiempo
        self.hilo_bucle: int | None = _thread.get_ident()  # el que explora: el del bucle

    def sembrar(self, semilla: int) -> None:
        self._control.semilla_hilos = semilla
        self.rng = random.Random(f"hilos:{semilla}")

    # --- lado del bucle -----------------------------------------------------------
    def nuevo(self, ejecutor: object, capacidad: int | None) -> int:
        numero = len(self.trabajos)
        self.trabajos[numero] = Trabajo(numero, id(ejecutor), capacidad)
        return numero

    def pendientes(self) -> bool:
        """¿Queda algún trabajo sin terminar?"""
        return any(t.estado is not Estado.FIN for t in self.trabajos.values())

    def bloqueados(self) -> list[Trabajo]:
        return [t for t in self.trabajos.values() if t.estado in (Estado.BLOQUEADO, Estado.COLA)]

    def _esperados(self) -> list[Trabajo]:
        """Los trabajos de la cola que el ejecutor ya puede haber empezado: los
        primeros de su cola (FIFO), mientras tenga hilos libres."""
        en_vuelo: dict[int, int] = {}
        with self._mutex:
            trabajos = list(self.trabajos.values())
        for t in trabajos:
            if t.estado not in (Estado.COLA, Estado.FIN):
                en_vuelo[t.ejecutor] = en_vuelo.get(t.ejecutor, 0) + 1
        esperados = []
        for t in trabajos:
            if t.estado is Estado.COLA:
                n = en_vuelo.get(t.ejecutor, 0)
                if t.capacidad is None or n < t.capacidad:
                    esperados.append(t)
                    en_vuelo[t.ejecutor] = n + 1
        return esperados

    def _esperar(self, puerta: Any) -> bool:
        """Espera (en tiempo real) a que se abra `puerta`. Pasado el límite real de
        la ejecución, un hilo que calcula (el proceso usa CPU) sigue teniendo
        tiempo: lo corta su presupuesto de eventos, no la carga de la máquina.
        False si el hilo está parado de verdad (`motivo` "hilo_no_modelado") o si
        se pasó también de la prórroga (`motivo` "tiempo_real")."""
        if puerta.acquire(False):
            return True
        c = self._control
        ventana, cpu = reloj_real(), process_time()
        while True:
            ahora = reloj_real()
            if ahora >= c.fin_real and ahora - ventana >= ESPERA_MINIMA_HILO_PARADO_S:
                esperado = ahora - ventana
                if process_time() - cpu < FRACCION_CPU_HILO_PARADO * esperado:
                    self.motivo = "hilo_no_modelado"
                    return False
                if ahora >= c.fin_real + PRORROGA_CALCULO_S:
                    self.motivo = "tiempo_real"
                    return False
                ventana, cpu = ahora, process_time()  # calcula: otra ventana
            if puerta.acquire(True, ESPERA_REAL_S):
                return True

    def correr(self, puede_volver: bool) -> bool:
        """Da turnos a los trabajos listos hasta que ninguno pueda correr (o, con
        `puede_volver`, hasta que la semilla elija volver al bucle, que tiene
        callbacks listos). False si un hilo no devolvió el turno a tiempo."""
        while True:
            for t in self._esperados():
                if not self._esperar(t.llegada):
                    return False
            if self._control.aborto is not None:
                return True
            listos = [t for t in self.trabajos.values() if t.estado is Estado.LISTO]
            if not listos:
                return True
            if puede_volver and self.rng.random() < PROBABILIDAD_BUCLE:
                return True
            t = listos[0] if len(listos) == 1 else self.rng.choice(listos)
            t.cuanto = self.rng.randint(1, CUANTO_MAXIMO)
            self._puede_volver = puede_volver
            with self._mutex:
                t.estado = Estado.CORRIENDO
            t.puerta.release()
            if not self._esperar(self._bucle):
                return False

    def proximo_despertar(self) -> float | None:
        with self._mutex:
            return self.durmientes[0][0] if self.durmientes else None

    def despertar(self, ahora: float) -> None:
        """Los trabajos cuyo sueño (o plazo) vence en `ahora` pasan a listos."""
        while True:
            with self._mutex:
                if not self.durmientes or self.durmientes[0][0] > ahora:
                    return
                _, _, numero = self.durmientes.pop(0)
                t = self.trabajos[numero]
                al_vencer, t.al_vencer = t.al_vencer, None
                t.estado = Estado.LISTO
            if al_vencer is not None:
                al_vencer()

    def liberar(self) -> None:
        """Al terminar la ejecución: abre todas las puertas; los trabajos que
        sigan corriendo se cortan en el siguiente evento del alumno."""
        with self._mutex:
            self.terminado = True
            self.durmientes.clear()
            for t in self.trabajos.values():
                for puerta in (t.puerta, t.llegada):
                    if puerta.locked():
                        puerta.release()
            if self._bucle.locked():
                self._bucle.release()

    # --- lado de los trabajos -----------------------------------------------------
    def llegar(self, numero: int) -> bool:
        """El hilo del ejecutor empieza el trabajo: espera su primer turno.
        False si la ejecución ya terminó (el trabajo no debe correr)."""
        t = self.trabajos[numero]
        with self._mutex:
            if self.terminado:
                return False
            t.estado = Estado.LISTO
            t.llegada.release()
        t.puerta.acquire()
        return not self.terminado

    def terminar(self, numero: int) -> None:
        """El trabajo terminó (o se canceló sin empezar): devuelve el turno."""
        t = self.trabajos.get(numero)
        if t is None:
            return
        with self._mutex:
            corria = t.estado is Estado.CORRIENDO
            t.estado = Estado.FIN
            if t.llegada.locked():
                t.llegada.release()  # cancelado en la cola: nadie lo espera ya
            if corria and not self.terminado:
                self._bucle.release()

    def _devolver(self, t: Trabajo, estado: Estado) -> None:
        with self._mutex:
            if self.terminado:
                return
            t.estado = estado
            self._bucle.release()
        t.puerta.acquire()

    def punto(self, numero: int) -> None:
        """Un evento del alumno en el trabajo `numero`: gasta cuanto; si se acaba, cede."""
        t = self.trabajos[numero]
        self.eventos += 1
        t.cuanto -= 1
        if t.cuanto > 0:
            return
        if self.eventos > MAX_EVENTOS_HILOS:
            if self._control.aborto is None:
                self._control.aborto = "lineas_totales"  # presupuesto agotado, como en el bucle
        elif not self._puede_volver and not any(
            o.estado is Estado.LISTO for o in self.trabajos.values()
        ):
            # Nadie más puede correr: el bucle volvería a elegirlo (sin tirar el dado
            # de la elección, solo el del cuanto). Se ahorra el ir y volver.
            t.cuanto = self.rng.randint(1, CUANTO_MAXIMO)
            return
        self._devolver(t, Estado.LISTO)

    def dormir(self, numero: int, despertar: float, clave: str) -> None:
        t = self.trabajos[numero]
        with self._mutex:
            if self.terminado:
                return
            bisect.insort(self.durmientes, (despertar, clave, numero))
        self._devolver(t, Estado.DURMIENDO)

    def bloquear(self, numero: int, plazo: tuple[float, str] | None = None,
                 al_vencer: Callable[[], None] | None = None) -> None:
        """Espera a que otro lo desbloquee (o, con plazo, a la hora virtual `plazo`)."""
        t = self.trabajos[numero]
        with self._mutex:
            if self.terminado:
                return
            if t.avisado:
                t.avisado = False
                return
            if plazo is not None:
                t.al_vencer = al_vencer
                bisect.insort(self.durmientes, (plazo[0], plazo[1], numero))
        self._devolver(t, Estado.BLOQUEADO)

    def desbloquear(self, numero: int) -> None:
        """Lo llama quien suelta lo que esperaba el trabajo (con el turno)."""
        with self._mutex:
            t = self.trabajos[numero]
            t.al_vencer = None
            self.durmientes = [d for d in self.durmientes if d[2] != numero]
            if t.estado is Estado.BLOQUEADO:
                t.estado = Estado.LISTO
            else:
                t.avisado = True
