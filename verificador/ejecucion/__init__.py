"""Ejecución aislada: lanzar jueces y programas en un proceso hijo y dar su veredicto.

Nada de aquí imprime ni importa click o rich: se devuelven datos.
"""

from __future__ import annotations

from verificador.ejecucion.aislado import Ejecucion, ejecutar_aislado
from verificador.ejecucion.explorar import explorar_aislado
from verificador.ejecucion.reto import InformeReto, comprobar_reto

__all__ = ["Ejecucion", "InformeReto", "comprobar_reto", "ejecutar_aislado", "explorar_aislado"]
