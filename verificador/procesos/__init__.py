"""Procesos reales para juzgar programas con multiprocessing.

El programa del alumno corre en procesos hijos de verdad, con el método de
arranque `spawn` (el de Windows y macOS), perturbados de forma sembrada para
que las carreras entre procesos aparezcan también con un solo núcleo, y en un
grupo de procesos propio que se mata y se recoge entero al final.
"""

from __future__ import annotations

from verificador.procesos.ejecutor import Ejecucion, ejecutar
from verificador.procesos.estado import EstadoProceso
from verificador.procesos.explorar import explorar_script

__all__ = ["Ejecucion", "EstadoProceso", "ejecutar", "explorar_script"]
