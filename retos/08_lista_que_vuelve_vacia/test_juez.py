"""Juez del reto 8: lo que añaden los hijos tiene que verlo el proceso principal.

Los lotes (cuántos y qué valores) salen de `alumno.rng`: una lista escrita a
mano no pasa. Cada lote debe registrarlo un proceso hijo que ejecute código
del alumno (si no, `trampa`). Se compara como multiconjunto: el orden entre
procesos no está garantizado, pero no puede faltar ni repetirse nada.
"""

from __future__ import annotations

from collections import Counter

from verificador.juez import Veredicto


def test_todas_las_inscripciones_llegan(alumno, procesos):
    n_lotes = alumno.rng.randint(2, 4)
    lotes = [
        [alumno.rng.randint(1000, 9999) for _ in range(alumno.rng.randint(3, 8))]
        for _ in range(n_lotes)
    ]
    esperado = sorted(v for lote in lotes for v in lote)
    ejecucion = procesos.ejecutar({"lotes": lotes}, minimo_procesos=n_lotes, tiempo_limite_s=20)
    obtenido = ejecucion.valor
    procesos.exigir(
        isinstance(obtenido, list),
        "main no devolvió una lista",
        veredicto=Veredicto.INCOMPLETO,
        esperado=f"una lista con {len(esperado)} inscripciones",
        obtenido=repr(obtenido),
    )
    faltan = Counter(esperado) - Counter(obtenido)
    sobran = Counter(obtenido) - Counter(esperado)
    procesos.exigir(
        not faltan,
        f"Al proceso principal le llegaron {len(obtenido)} de {len(esperado)} inscripciones",
        veredicto=Veredicto.INCOMPLETO,
        esperado=repr(esperado),
        obtenido=repr(sorted(obtenido, key=repr)),
        explicacion="Los procesos hijos trabajaron (su código se ejecutó), pero lo que "
        "añadieron no llegó al proceso principal.",
    )
    procesos.exigir(
        not sobran,
        "La lista final tiene inscripciones repetidas o que no estaban en ningún lote",
        esperado=repr(esperado),
        obtenido=repr(sorted(obtenido, key=repr)),
    )
