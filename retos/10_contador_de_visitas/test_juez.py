"""Juez del reto 10: ningún incremento del Value compartido se puede perder.

En una máquina poco cargada los procesos rara vez se turnan justo entre la
lectura y la escritura de `contador.value += 1`. El ejecutor perturba a los
hijos con una semilla (la de la repetición): tras cada lectura del Value hecha
desde el código del alumno SIN su candado, el proceso espera a que otro
escriba, así que la carrera aparece en cada veredicto, también con un núcleo;
quien lee y escribe dentro de `with contador.get_lock():` no espera nunca.
Los parámetros salen de `alumno.rng`; deben trabajar `n_procesos` hijos.
"""

from __future__ import annotations


def test_ninguna_visita_se_pierde(alumno, procesos):
    n_procesos = alumno.rng.randint(2, 4)
    visitas = alumno.rng.randint(20, 60)
    esperado = n_procesos * visitas
    ejecucion = procesos.ejecutar(
        {"n_procesos": n_procesos, "visitas": visitas},
        minimo_procesos=n_procesos,
        tiempo_limite_s=20,
    )
    procesos.exigir(
        ejecucion.valor == esperado,
        f"Se perdieron visitas: {n_procesos} procesos × {visitas} visitas debían sumar "
        f"{esperado}",
        esperado=str(esperado),
        obtenido=repr(ejecucion.valor),
        explicacion="Dos procesos leyeron el mismo valor del contador antes de que el otro "
        "escribiera el suyo, y uno de los dos incrementos se pisó. Cada lectura y cada "
        "escritura de un Value son seguras por separado; leer, sumar y escribir, no.",
    )
