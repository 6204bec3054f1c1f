"""Juez del reto 7: el Pool tiene que funcionar con `spawn` (Windows y macOS).

El programa corre en procesos reales arrancados con `spawn`: cada hijo vuelve a
ejecutar el archivo del alumno, de modo que un Pool creado al cargar el módulo
y una lambda enviada al Pool fallan aquí igual que en la máquina del cliente.
La lista de números sale de `alumno.rng` (un resultado escrito a mano no
pasa) y al menos un trabajador del Pool tiene que haber ejecutado código del
alumno (si no, `trampa`).
"""

from __future__ import annotations


def test_cuadrados_en_paralelo(alumno, procesos):
    numeros = [alumno.rng.randint(-99, 999) for _ in range(alumno.rng.randint(6, 14))]
    esperado = [n * n for n in numeros]
    ejecucion = procesos.ejecutar({"numeros": numeros}, minimo_procesos=1, tiempo_limite_s=20)
    procesos.exigir(
        ejecucion.valor == esperado,
        "main no devolvió los cuadrados de la lista que se le pasó",
        esperado=repr(esperado),
        obtenido=repr(ejecucion.valor),
        explicacion="Cada número de la lista debe aparecer elevado al cuadrado, en el "
        "mismo orden.",
    )
