"""La regla de la clasificación: puntos, luego menos pistas, luego menos intentos fallidos.

Una entrega sin trabajo (ningún caso cambiado respecto al original, o una
entrega que no se pudo abrir) va detrás de todos los que lo intentaron, con
los mismos puntos: si no, 0 pistas y 0 fallos de quien no hizo nada ganarían
el desempate a quien lo intentó y falló.

Los empates son empates: dos alumnos con la misma clave comparten puesto y el
siguiente salta (1, 1, 3), como en una competición. Dentro de un empate se
listan por identificador, solo para que el orden sea estable; eso no es un
desempate.
"""

from __future__ import annotations

from collections.abc import Iterable

from verificador.aula.modelo import ResultadoAlumno

__all__ = ["clasificar", "clave_clasificacion"]


def clave_clasificacion(alumno: ResultadoAlumno) -> tuple[int, bool, int, int]:
    """Menor es mejor: (-puntos, sin trabajo, pistas, intentos fallidos)."""
    return (-alumno.puntos, alumno.sin_trabajo, alumno.pistas, alumno.fallidos)


def clasificar(alumnos: Iterable[ResultadoAlumno]) -> list[ResultadoAlumno]:
    """Ordena y pone `puesto` a cada alumno: 1 + cuántos tienen una clave estrictamente mejor."""
    ordenados = sorted(alumnos, key=lambda a: (clave_clasificacion(a), a.alumno))
    anterior: tuple[int, bool, int, int] | None = None
    puesto = 0
    for posicion, alumno in enumerate(ordenados, start=1):
        clave = clave_clasificacion(alumno)
        if clave != anterior:
            puesto, anterior = posicion, clave
        alumno.puesto = puesto
    return ordenados
