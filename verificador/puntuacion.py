"""La regla de puntos, como función pura del historial de un reto.

Regla (documentada para alumnos en docs/puntos.md):

- Los puntos de un reto se conceden una sola vez, en su primer `aprobado`:
  `max(0, puntos - suma de los costes de las pistas reveladas antes)`.
- Las pistas reveladas después de aprobar no cuestan nada.
- Rendirse (`verificar solucion N --rendirse`) antes de aprobar deja el reto
  en 0 puntos para siempre, aunque después se apruebe.
- Los aprobados posteriores al primero no suman nada.
- Un `error_interno` (fallo del verificador) no cuenta como intento.

Por qué una función pura del historial y no un contador: el progreso puede
fusionarse desde otra máquina (`progreso --importar`) y el total debe salir
igual se importe en el orden que se importe. Los eventos se ordenan por
momento; a igualdad de momento, por el orden en que llegaron.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Estado", "Evento", "Puntuacion", "coste_pendiente", "puntuar"]


class Estado(str, enum.Enum):
    PENDIENTE = "pendiente"
    INTENTADO = "intentado"
    RESUELTO = "resuelto"
    RENDIDO = "rendido"


@dataclass(frozen=True)
class Evento:
    """Un hecho del historial de un reto.

    tipo: "intento" (con veredicto), "pista" (con coste) o "rendicion".
    momento: texto ISO 8601 en UTC; ordena los eventos.
    """

    tipo: str
    momento: str
    veredicto: str | None = None
    coste: int = 0


@dataclass(frozen=True)
class Puntuacion:
    estado: Estado
    puntos: int
    intentos: int
    pistas: int
    coste_pistas: int
    momento_aprobado: str | None


def puntuar(puntos_reto: int, eventos: Iterable[Evento]) -> Puntuacion:
    """Aplica la regla a un historial (en cualquier orden) y devuelve el estado y los puntos."""
    ordenados = sorted(enumerate(eventos), key=lambda par: (par[1].momento, par[0]))
    coste = 0
    pistas = 0
    intentos = 0
    rendido = False
    aprobado: str | None = None
    puntos = 0
    for _, evento in ordenados:
        if evento.tipo == "pista":
            pistas += 1
            if aprobado is None and not rendido:
                coste += evento.coste
        elif evento.tipo == "rendicion":
            if aprobado is None:
                rendido = True
        elif evento.tipo == "intento":
            if evento.veredicto == "error_interno":
                continue  # un fallo nuestro no cuenta como intento del alumno
            intentos += 1
            if evento.veredicto == "aprobado" and aprobado is None:
                aprobado = evento.momento
                puntos = 0 if rendido else max(0, puntos_reto - coste)
        else:
            raise ValueError(f"tipo de evento desconocido: {evento.tipo!r}")
    if rendido:
        estado = Estado.RENDIDO
    elif aprobado is not None:
        estado = Estado.RESUELTO
    elif intentos or pistas:
        estado = Estado.INTENTADO
    else:
        estado = Estado.PENDIENTE
    return Puntuacion(
        estado=estado,
        puntos=puntos,
        intentos=intentos,
        pistas=pistas,
        coste_pistas=coste,
        momento_aprobado=aprobado,
    )


def coste_pendiente(puntuacion: Puntuacion, coste_pista: int) -> int:
    """Lo que costaría de verdad revelar ahora una pista de coste `coste_pista`.

    Cero si el reto ya se aprobó o se rindió: la regla solo descuenta antes
    del primer aprobado, y un reto rendido ya no puede ganar puntos.
    """
    if puntuacion.estado in (Estado.RESUELTO, Estado.RENDIDO):
        return 0
    return coste_pista
