"""Veredictos y evidencia: el vocabulario común a todos los motores y al CLI.

Todo lo que un motor (hilos, asyncio, procesos) o un juez encuentra se
expresa con estas clases de datos, que no dependen de click ni de rich y se
serializan a JSON tal cual (`a_dict`). El texto en español de cada veredicto
vive aquí y solo aquí.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Veredicto(str, enum.Enum):
    """Resultado de comprobar un intento. El valor es el nombre público (JSON)."""

    APROBADO = "aprobado"
    CARRERA = "carrera"
    INTERBLOQUEO = "interbloqueo"
    CUELGUE = "cuelgue"
    EXCEPCION = "excepcion"
    INCOMPLETO = "incompleto"
    BUCLE_BLOQUEADO = "bucle_bloqueado"
    NO_CARGA = "no_carga"
    SIN_CONCURRENCIA = "sin_concurrencia"
    TRAMPA = "trampa"
    PRESUPUESTO_AGOTADO = "presupuesto_agotado"
    NO_MODELADO = "no_modelado"
    ERROR_INTERNO = "error_interno"

    @property
    def titulo(self) -> str:
        return _TITULOS[self]

    @property
    def descripcion(self) -> str:
        return _DESCRIPCIONES[self]

    @property
    def es_fallo_del_alumno(self) -> bool:
        """True si el veredicto señala un error del programa (cuenta como intento fallido)."""
        return self not in (Veredicto.APROBADO, *SIN_CONCLUSION)

    @property
    def es_concluyente(self) -> bool:
        """False si el verificador no pudo decidir (presupuesto, bloqueo no modelado, fallo propio).

        Un veredicto no concluyente no da puntos ni cuenta como intento fallido:
        no dice nada del programa del alumno. Sale con el código 4 (3 si es un
        fallo del propio verificador).
        """
        return self not in SIN_CONCLUSION


_TITULOS = {
    Veredicto.APROBADO: "Aprobado",
    Veredicto.CARRERA: "Condición de carrera",
    Veredicto.INTERBLOQUEO: "Interbloqueo",
    Veredicto.CUELGUE: "Cuelgue",
    Veredicto.EXCEPCION: "Excepción",
    Veredicto.INCOMPLETO: "Trabajo incompleto",
    Veredicto.BUCLE_BLOQUEADO: "Bucle de eventos bloqueado",
    Veredicto.NO_CARGA: "El programa no carga",
    Veredicto.SIN_CONCURRENCIA: "Sin concurrencia",
    Veredicto.TRAMPA: "Trampa",
    Veredicto.PRESUPUESTO_AGOTADO: "Exploración sin terminar",
    Veredicto.NO_MODELADO: "Bloqueo fuera del motor",
    Veredicto.ERROR_INTERNO: "Fallo del verificador",
}

_DESCRIPCIONES = {
    Veredicto.APROBADO: "No apareció ninguna carrera, interbloqueo ni cuelgue en ninguna ejecución.",
    Veredicto.CARRERA: "En algún orden de ejecución de los hilos, tareas o procesos el resultado "
    "es incorrecto, o dos de ellos tocan el mismo dato sin sincronizarse.",
    Veredicto.INTERBLOQUEO: "Los hilos se quedan esperándose unos a otros para siempre.",
    Veredicto.CUELGUE: "El programa no terminó en el tiempo permitido.",
    Veredicto.EXCEPCION: "El programa lanzó una excepción que nadie capturó.",
    Veredicto.INCOMPLETO: "El programa dio el trabajo por terminado cuando aún quedaba trabajo "
    "en marcha o faltaban resultados.",
    Veredicto.BUCLE_BLOQUEADO: "Una corrutina bloqueó el bucle de eventos (por ejemplo con "
    "`time.sleep` o un cálculo largo): mientras tanto ninguna otra tarea pudo avanzar.",
    Veredicto.NO_CARGA: "El archivo no se puede cargar (está vacío, o tiene un error de "
    "sintaxis o de importación).",
    Veredicto.SIN_CONCURRENCIA: "El trabajo no lo hace la concurrencia que pide el caso: se "
    "ejecutó en serie, o el resultado no sale de los hilos, tareas o procesos.",
    Veredicto.TRAMPA: "El intento intenta manipular al verificador (sus archivos, sus jueces o "
    "su informe) en lugar de resolver el caso.",
    Veredicto.PRESUPUESTO_AGOTADO: "La exploración agotó su presupuesto de pasos o de "
    "planificaciones antes de terminar: en lo explorado no hubo fallos, pero no es un aprobado.",
    Veredicto.NO_MODELADO: "Un hilo quedó bloqueado en una llamada que el motor no controla "
    "(red, `input()`, un candado de otra biblioteca): no se puede juzgar esa ejecución.",
    Veredicto.ERROR_INTERNO: "Fallo del verificador: por favor repórtalo.",
}

# Veredictos que no dicen nada del programa: ni puntos ni intento fallido.
SIN_CONCLUSION = frozenset({
    Veredicto.PRESUPUESTO_AGOTADO, Veredicto.NO_MODELADO, Veredicto.ERROR_INTERNO,
})


@dataclass
class Paso:
    """Un paso de la línea de tiempo: qué hizo un hilo (o tarea, o proceso) y dónde."""

    actor: str
    archivo: str
    linea: int
    codigo: str
    accion: str = ""


@dataclass
class Bloqueado:
    """Un hilo/tarea/proceso que no puede avanzar, qué espera y quién lo tiene."""

    actor: str
    espera: str
    tenido_por: str | None
    archivo: str
    linea: int
    codigo: str = ""


@dataclass
class Evidencia:
    """Lo que prueba un veredicto. Todos los campos son opcionales salvo el resumen.

    resumen: una frase: qué pasó. explicacion: por qué pasa y qué hacer, sin dar
    la solución. linea_tiempo: el entrelazado (ya reducido) que lo provoca.
    """

    resumen: str
    explicacion: str = ""
    esperado: str | None = None
    obtenido: str | None = None
    linea_tiempo: list[Paso] = field(default_factory=list)
    bloqueados: list[Bloqueado] = field(default_factory=list)
    traza: str | None = None
    salida: str | None = None
    cambios_de_contexto: int | None = None
    ubicacion: str | None = None
    detalles: dict[str, Any] = field(default_factory=dict)

    def a_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def desde_dict(cls, datos: dict[str, Any]) -> Evidencia:
        datos = dict(datos)
        datos["linea_tiempo"] = [Paso(**p) for p in datos.get("linea_tiempo") or []]
        datos["bloqueados"] = [Bloqueado(**b) for b in datos.get("bloqueados") or []]
        conocidos = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in datos.items() if k in conocidos})


class FalloVeredicto(AssertionError):
    """Lo lanza un juez (o un motor a petición del juez) para dar un veredicto de fallo.

    Hereda de AssertionError para que pytest lo cuente como un fallo de la prueba
    y no como un error de la prueba.
    """

    def __init__(self, veredicto: Veredicto, evidencia: Evidencia) -> None:
        super().__init__(f"{veredicto.value}: {evidencia.resumen}")
        self.veredicto = veredicto
        self.evidencia = evidencia


@dataclass
class Resultado:
    """Lo que devuelve explorar un programa con cualquiera de los motores.

    planificaciones: cuántas ejecuciones (órdenes distintos) se probaron.
    semilla: la semilla base; con ella la exploración se repite idéntica.
    repetir: la orden que reproduce el fallo, si lo hay.
    estadisticas: cifras del motor (hilos o tareas creados, tiempo virtual, pasos...).
    """

    veredicto: Veredicto
    planificaciones: int
    semilla: int
    duracion_s: float
    evidencia: Evidencia | None = None
    estrategia: str = ""
    repetir: str | None = None
    estadisticas: dict[str, Any] = field(default_factory=dict)

    @property
    def aprobado(self) -> bool:
        return self.veredicto is Veredicto.APROBADO

    def a_dict(self) -> dict[str, Any]:
        return {
            "veredicto": self.veredicto.value,
            "aprobado": self.aprobado,
            "planificaciones": self.planificaciones,
            "semilla": self.semilla,
            "duracion_s": round(self.duracion_s, 4),
            "estrategia": self.estrategia,
            "repetir": self.repetir,
            "evidencia": self.evidencia.a_dict() if self.evidencia else None,
            "estadisticas": self.estadisticas,
        }
