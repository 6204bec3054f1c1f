"""Motor de hilos: ejecuta código sin modificar bajo un planificador controlado.

Solo un hilo corre a la vez y el motor decide, en cada instrucción del código
del alumno que toca estado compartido y en cada operación de sincronización,
cuál sigue. Así aparecen en cada veredicto los entrelazados que el GIL de
CPython casi nunca muestra, y cada fallo se repite desde una semilla.

API pública: `explorar` (un escenario invocable) y `explorar_script` (un
programa entero). Ninguna de las dos importa click ni rich.
"""

from __future__ import annotations

from verificador.motor.exploracion import ESTRATEGIAS, PLANIFICACIONES, explorar
from verificador.motor.programa import explorar_script

__all__ = ["ESTRATEGIAS", "PLANIFICACIONES", "explorar", "explorar_script"]
