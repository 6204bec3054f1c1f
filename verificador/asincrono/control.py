"""El estado de UNA ejecución (planificación) bajo el motor de asyncio.

`Control` reúne lo que comparten el bucle controlado, los parches de `time` y
el trazador durante una ejecución: el reloj virtual, la estrategia y las
decisiones tomadas, las tareas creadas (con nombres legibles) y lo que los
detectores van observando. Una ejecución nueva, un `Control` nuevo: nada se
arrastra de una planificación a otra.

Los hilos del ejecutor (`asyncio.to_thread`, `run_in_executor`) también viven
aquí: el bucle espera a que todos estén parados (terminados o durmiendo en
tiempo virtual) antes de cada paso, para que el orden siga dependiendo solo
de la semilla.

Lo único que la estrategia decide es la demora de cada temporizador (y de
cada sueño de un hilo del ejecutor): cuánto tarde, dentro de la cota
`cota_de(segundos)`, vence respecto de su hora. La cota suma la latencia
relativa (`latencia_relativa` × duración: dos esperas que vencen a la vez, o
casi, pueden terminar en cualquier orden) y el retraso adversario
(`retraso_maximo`: una tarea lista puede quedarse esperando mientras el reloj
avanza, como en una máquina cargada).
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass, field

# El reloj real, tomado al importar: mientras se explora, `time.perf_counter`
# es el reloj virtual del alumno y no sirve para medir presupuestos.
from time import perf_counter as reloj_real
from typing import Any

from verificador.asincrono.actualizaciones import Actualizaciones
from verificador.asincrono.estrategias import Estrategia
from verificador.asincrono.lecturas import VigiaLecturas
from verificador.asincrono.traza import Evento, Trazador, ubicacion_alumno
from verificador.asincrono.turnos import Turnos
from verificador.veredictos import Bloqueado

# Cuánto avanza el reloj virtual cada lectura de time.time() dentro de un paso (s).
AVANCE_POR_LECTURA_S = 1e-6
# Lecturas del reloj en un mismo paso a partir de las cuales se asume espera activa.
LECTURAS_ESPERA_ACTIVA = 1000
# Avance por lectura una vez detectada la espera activa (s).
AVANCE_ESPERA_ACTIVA_S = 1e-3
# Tiempo de reloj virtual que un paso puede congelar el bucle sin que cuente como bloqueo (s).
UMBRAL_BLOQUEO_VIRTUAL_S = 0.1
# Tiempo real que un paso puede congelar el bucle sin que cuente como bloqueo (s).
UMBRAL_BLOQUEO_REAL_S = 1.0
# Latencia por defecto de una espera, en proporción a su duración (fracción): una
# espera de 1 s puede terminar hasta 1.05 s después de empezar.
LATENCIA_RELATIVA = 0.05
# Tope de esa latencia (s): en una máquina ociosa una espera larga no se alarga
# medio segundo; para retrasos mayores está `retraso_maximo`.
LATENCIA_MAXIMA_S = 0.01


def segundos_legibles(s: float) -> str:
    """0.5 -> «0.5 s»; 0.000156 -> «0.16 ms»."""
    return f"{s:.3g} s" if s >= 0.01 else f"{s * 1000:.2g} ms"


class Abortar(BaseException):
    """Corta la ejecución en curso (interbloqueo, cuelgue, presupuesto agotado).

    Hereda de BaseException para que un `except Exception` del alumno no la trague.
    """

    def __init__(self, motivo: str) -> None:
        super().__init__(motivo)
        self.motivo = motivo


@dataclass
class Bloqueo:
    """Un paso que congeló el bucle de eventos."""

    actor: str
    archivo: str
    linea: int
    segundos: float
    real: bool
    llamada: str


@dataclass
class NoEsperada:
    """Una corrutina que se creó y nunca se esperó."""

    nombre: str
    archivo: str | None
    linea: int | None
    actor: str


@dataclass
class Cancelada:
    """Una tarea que el alumno canceló antes de que hiciera un trabajo cuyo
    resultado lee el programa."""

    actor: str
    motivo: str  # "sin_empezar" o "con_elemento"
    archivo: str  # dónde la canceló el alumno
    linea: int
    datos: tuple[str, ...]  # los datos que produce la tarea y lee el programa
    codigo: Any = None  # el código de su corrutina
    tarea: Any = None  # la tarea (¿la esperó después el programa? `tareas.Task.vista`)


@dataclass
class Control:
    estrategia: Estrategia
    archivos: frozenset[str]
    tiempo_max_virtual: float
    max_pasos: int
    fin_real: float
    reloj: float = 0.0
    fin_main: float | None = None
    latencia_relativa: float = LATENCIA_RELATIVA
    retraso_maximo: float = 0.0
    # Demora aplicada a cada temporizador retrasado (clave -> s) y quién lo pidió.
    decisiones: dict[str, float] = field(default_factory=dict)
    retrasados: dict[str, str] = field(default_factory=dict)
    temporizadores: int = 0
    pasos: int = 0
    actor: str = "main"
    tareas: list[asyncio.Task[Any]] = field(default_factory=list)
    nombres: dict[int, str] = field(default_factory=dict)
    indices: dict[int, int] = field(default_factory=dict)
    bloqueos: list[Bloqueo] = field(default_factory=list)
    no_esperadas: list[NoEsperada] = field(default_factory=list)
    perdidas: list[tuple[str, BaseException]] = field(default_factory=list)
    canceladas: list[Cancelada] = field(default_factory=list)
    pendientes: list[Bloqueado] = field(default_factory=list)  # tareas con trabajo al terminar
    # Tareas con trabajo cuando volvió el último `loop.run_until_complete` (estilo antiguo,
    # sin asyncio.run): si el programa acaba sin volver a correr el bucle, no se harán.
    tras_bucle: list[asyncio.Task[Any]] = field(default_factory=list)
    pendientes_al_salir: bool = False  # las pendientes son de run_until_complete, no de asyncio.run
    # Cómo volvió la última vuelta del bucle del estilo antiguo ("run_until_complete" o "run_forever").
    ultima_vuelta: str = "run_until_complete"
    # Dónde creó el alumno cada tarea (id -> (archivo, línea)).
    origenes: dict[int, tuple[str, int]] = field(default_factory=dict)
    # Modo script (`explorar`): el código del módulo y su espacio de nombres; una tarea
    # que sigue trabajando al final solo cuenta si el programa lee lo que ella escribe.
    script: Any = None
    espacio: dict[str, Any] | None = None
    duenos: dict[int, asyncio.Task[Any] | None] = field(default_factory=dict)
    aborto: str | None = None
    paso_real: float | None = None  # cuándo (reloj real) empezó el paso en curso (ver vigia.py)
    bloqueados: list[Any] = field(default_factory=list)
    trazador: Trazador | None = None
    lecturas_en_paso: int = 0
    trabajos_ejecutor: int = 0
    futuros_ejecutor: list[Any] = field(default_factory=list)
    terminado: bool = False
    cerrando: bool = False
    # Hilos del ejecutor: sus turnos (turnos.py) y los trabajos parados esperando a
    # otro hilo (número -> línea del alumno).
    turnos: Turnos = field(init=False)
    semilla_hilos: int = 0
    hilos_esperando: dict[int, tuple[str, int] | None] = field(default_factory=dict)
    motivo_hilos: str = "tiempo_real"  # por qué un hilo no devolvió el turno (turnos.py)
    hilo_propio_en: tuple[str, int] | None = None  # dónde corre el programa un bucle dentro de un hilo suyo
    # Hilos propios (threading.Thread del programa) por su número de trabajo, quién espera
    # a cada uno con join() (hilos_propios.py) y las excepciones que los mataron.
    hilos_propios: dict[int, Any] = field(default_factory=dict)
    inicios_hilos: dict[int, tuple[str, int]] = field(default_factory=dict)  # dónde se arrancó cada uno
    esperan_hilo: dict[int, list[int]] = field(default_factory=dict)
    excepciones_hilos: list[tuple[str, BaseException]] = field(default_factory=list)
    # Una operación de asyncio que no es segura entre hilos, llamada desde otro hilo:
    # (quién, archivo, línea del alumno).
    inseguro: tuple[str, str, int] | None = None
    # Lo que leen y escriben los hilos del ejecutor: actualizaciones perdidas (actualizaciones.py).
    actualizaciones: Actualizaciones = field(init=False)

    # Lo que lee main mientras hay tareas a medias (lecturas.py).
    lecturas: VigiaLecturas = field(init=False)

    def __post_init__(self) -> None:
        self.turnos = Turnos(self)
        self.lecturas = VigiaLecturas(self.nombre_de)
        self.actualizaciones = Actualizaciones()

    # --- tareas -------------------------------------------------------------
    def registrar_tarea(self, tarea: asyncio.Task[Any], principal: bool = False) -> None:
        if self.cerrando:
            return  # las tareas internas del cierre de asyncio.run no son del alumno
        self.tareas.append(tarea)
        n = len(self.tareas)
        self.indices[id(tarea)] = n
        origen = ubicacion_alumno(self.archivos)
        if origen is not None:
            self.origenes[id(tarea)] = origen
        nombre = tarea.get_name()
        if principal:
            self.nombres[id(tarea)] = "main"
        elif nombre.startswith("Task-"):
            coro = tarea.get_coro()
            funcion = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", "?")
            self.nombres[id(tarea)] = f"Tarea-{n - 1} ({funcion})"
        else:
            self.nombres[id(tarea)] = nombre

    def nombre_de(self, tarea: object) -> str:
        return self.nombres.get(id(tarea), "otra tarea")

    def no_seguro_entre_hilos(self, actor: str, archivo: str, linea: int) -> None:
        """Una operación de asyncio que solo puede hacer el hilo del bucle, hecha desde otro hilo."""
        self.inseguro = (actor, archivo, linea)
        self.abortar("inseguro_entre_hilos")

    def linea_del_alumno(self) -> tuple[str, int] | None:
        """(archivo, línea) del marco del alumno más cercano en la pila de quien llama."""
        marco: Any = sys._getframe(1)
        while marco is not None:
            if marco.f_code.co_filename in self.archivos:
                return marco.f_code.co_filename, marco.f_lineno
            marco = marco.f_back
        return None

    def nombre_hilo(self, trabajo: int) -> str:
        """El nombre en la evidencia del hilo que corre el trabajo `trabajo` de los turnos."""
        hilo = self.hilos_propios.get(trabajo)
        return str(hilo.name) if hilo is not None else f"Hilo-{trabajo} (ejecutor)"

    # --- temporizadores: lo que se explora --------------------------------------
    def cota_de(self, segundos: float) -> float:
        """Lo más que puede retrasarse una espera de `segundos` (s virtuales)."""
        if segundos <= 0:
            return 0.0
        return min(segundos * self.latencia_relativa, LATENCIA_MAXIMA_S) + self.retraso_maximo

    def _decidir(self, clave: str, segundos: float, actor: str) -> float:
        cota = self.cota_de(segundos)
        d = self.estrategia.demora(clave, cota) if cota > 0 else 0.0
        d = min(max(d, 0.0), cota)
        if d > 0:
            self.decisiones[clave] = d
            self.retrasados[clave] = actor
        return d

    def demora_temporizador(self, segundos: float) -> float:
        """La demora de un temporizador del bucle que vence dentro de `segundos`."""
        if segundos <= 0 or self.cerrando:
            return 0.0
        clave = f"t{self.temporizadores}"
        self.temporizadores += 1
        d = self._decidir(clave, segundos, self.actor)
        if d > 0:
            donde = ubicacion_alumno(self.archivos)
            if donde is not None:
                self.anotar(
                    self.actor, donde[0], donde[1], f"esta espera termina {segundos_legibles(d)} tarde"
                )
        return d

    # --- tiempo virtual -----------------------------------------------------
    def leer_reloj(self, en_paso: bool) -> float:
        """Lectura de time.time() y compañía por el alumno. Dentro de un paso el
        reloj avanza un poco en cada lectura: así una espera activa sobre el reloj
        termina (y se mide como bloqueo) en vez de congelarlo todo."""
        if en_paso:
            self.lecturas_en_paso += 1
            if self.lecturas_en_paso > LECTURAS_ESPERA_ACTIVA:
                self.reloj += AVANCE_ESPERA_ACTIVA_S
            else:
                self.reloj += AVANCE_POR_LECTURA_S
        return self.reloj

    def limite_real_superado(self) -> bool:
        return reloj_real() > self.fin_real

    def paro_del_bucle(self, donde: tuple[str, int], segundos: float) -> None:
        """Desde el vigía: el paso en curso lleva `segundos` parado en una llamada real."""
        self.bloqueos.append(Bloqueo(self.actor, donde[0], donde[1], segundos, True,
                                     "una llamada bloqueante que no volvía"))
        if self.aborto is None:
            self.aborto = "bucle_parado"

    def abortar(self, motivo: str) -> None:
        if self.aborto is None:
            self.aborto = motivo
        raise Abortar(motivo)

    def anotar(self, actor: str, archivo: str, linea: int, accion: str) -> None:
        if self.trazador is not None:
            self.trazador.anotar(Evento(actor, archivo, linea, accion))

    # --- hilos del ejecutor -------------------------------------------------
    def despertar_de_sueno(self, segundos: float, clave: str, actor: str) -> float:
        """La hora virtual a la que despierta un `time.sleep(segundos)` de un hilo
        del ejecutor que empieza ahora (con su demora, como un temporizador). El
        bucle está parado mientras un trabajo tiene el turno: `reloj` no se mueve."""
        segundos = max(segundos, 0.0)
        return self.reloj + segundos + self._decidir(clave, segundos, actor)

    def correr_hilos(self, puede_volver: bool) -> None:
        """Da turnos a los hilos del ejecutor (turnos.py); corta la ejecución si uno
        no devolvió el turno a tiempo o si un hilo agotó el presupuesto."""
        if not self.turnos.correr(puede_volver):
            self.motivo_hilos = self.turnos.motivo
            self.abortar(self.motivo_hilos)
        if self.aborto is not None:
            raise Abortar(self.aborto)

    def liberar_hilos(self) -> None:
        """Al terminar: abre todas las puertas; nadie más duerme ni espera turno."""
        self.terminado = True
        self.turnos.liberar()
