"""verificador: casos de detectives de concurrencia y un verificador que los juzga."""

from __future__ import annotations

from verificador.veredictos import Evidencia, FalloVeredicto, Resultado, Veredicto

__version__ = "0.1.0"

__all__ = ["Evidencia", "FalloVeredicto", "Resultado", "Veredicto", "__version__"]
