"""The exploration in progress, if any (one per process at a time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verificador.motor.planificador import Planificador

_activo: Planificador | None = None


def activo() -> Planificador | None:
    return _activo


def fijar(plan: Planificador | None) -> None:
    global _activo
    _activo = plan
