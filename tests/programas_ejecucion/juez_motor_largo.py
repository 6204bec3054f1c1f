"""Juez de prueba: explora con el motor de hilos un `main` del alumno (para el reloj por prueba)."""

from __future__ import annotations


def test_explora_main(alumno, hilos):
    def escenario():
        alumno.cargar().main()

    hilos.explorar(escenario, planificaciones=50)
