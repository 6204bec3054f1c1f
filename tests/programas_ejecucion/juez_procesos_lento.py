"""Juez de prueba: corre el `main` del alumno con el motor de procesos (para el reloj por prueba)."""

from __future__ import annotations

from verificador.juez.procesos import procesos  # noqa: F401  (fixture)


def test_ejecuta_main(alumno, procesos):  # noqa: F811
    procesos.ejecutar({}, minimo_procesos=1)
