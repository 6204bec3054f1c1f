"""API pública de los jueces de los retos.

Un juez es un archivo de pytest que usa la fixture `alumno` (y las de los
motores: `hilos`, `asincrono`, `procesos`) del plugin
`verificador.juez.plugin`. Lo que un juez necesita importar está aquí.
"""

from __future__ import annotations

from verificador.juez.alumno import Alumno
from verificador.juez.semillas import derivar_semilla
from verificador.veredictos import Evidencia, FalloVeredicto, Veredicto

__all__ = ["Alumno", "Evidencia", "FalloVeredicto", "Veredicto", "derivar_semilla"]
