"""Juez del reto 10: ningún incremento del Value compartido se puede perder.

En una máquina poco cargada los procesos rara vez se turnan justo entre la
lectura y la escritura de `contador.value += 1`. El ejecutor perturba a los
hijos con una semilla (la de la repetición): tras cada lectura del Value hecha
desde el código del alumno sin un candado que tengan TODOS los procesos en
todas sus lecturas (su `get_lock()` o un mismo Lock compartido), el proceso
espera a que otro escriba, así que la carrera aparece en cada veredicto,
también con un núcleo. Un candado privado de cada proceso no protege nada.

Formas que garantiza cada veredicto (2 repeticiones):
- 2 a 4 procesos, y 4 en la primera repetición; 20 a 60 visitas cada uno
  (de `alumno.rng`: un total escrito a mano no pasa);
- al menos un hijo escribe el contador, y si escriben varios, al menos 2 a la
  vez: arrancar y esperar cada proceso dentro del bucle (en serie), o contar en
  el principal con procesos de adorno, es `sin_concurrencia`. (Un Pool puede
  dar todas las tareas a un solo trabajador: no se exige más de uno.)
"""

from __future__ import annotations


def test_ninguna_visita_se_pierde(alumno, procesos):
    n_procesos = 4 if procesos.repeticion == 1 else alumno.rng.randint(2, 4)
    visitas = alumno.rng.randint(20, 60)
    esperado = n_procesos * visitas
    procesos.anotar(procesos_pedidos=n_procesos, visitas_esperadas=esperado)
    ejecucion = procesos.ejecutar(
        {"n_procesos": n_procesos, "visitas": visitas},
        minimo_procesos=1,
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
    procesos.exigir_procesos(1)
    procesos.exigir_solapamiento(2)
