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
- ningún proceso hijo del alumno (salvo los trabajadores de un Pool o de un
  ProcessPoolExecutor) arranca sin escribir nada: uno solo que cuenta todas las
  visitas con los demás de adorno es `sin_concurrencia`;
- el valor final lo escribió un hijo en el Value: el principal que pone
  `contador.value = n_procesos * visitas` al final (tras unos hijos que
  perdieron visitas, o que no contaron) es `sin_concurrencia`; y los hijos
  escriben al menos tantos valores distintos como hijos trabajan (cada uno
  suma lo suyo: que todos escriban el total calculado no es contar).

Clases de error y la forma que las alcanza en cada veredicto:
- `contador.value += 1` sin candado (el caso), candado solo al leer, un candado
  privado por proceso: perturbación sembrada (`carrera`); un `threading.Lock`,
  `carrera` o `excepcion` (no se puede enviar a un proceso con `spawn`);
- en serie, procesos de adorno, total escrito en main, todos escriben el total,
  o partes sumadas en main sin el contador: solapamiento, señuelos y valores
  escritos (`sin_concurrencia`).
"""

from __future__ import annotations

from verificador.juez import Veredicto
from verificador.procesos.envios import digesto


def test_ninguna_visita_se_pierde(alumno, procesos):
    n_procesos = 4 if procesos.repeticion == 1 else alumno.rng.randint(2, 4)
    visitas = alumno.rng.randint(20, 60)
    esperado = n_procesos * visitas
    procesos.anotar(procesos_pedidos=n_procesos, visitas_esperadas=esperado)
    alumno.anotar_parametros(n_procesos=n_procesos, visitas=visitas)
    ejecucion = procesos.ejecutar(
        {"n_procesos": n_procesos, "visitas": visitas},
        minimo_procesos=1,
        tiempo_limite_s=20,
        quietud_s=1.0,
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
    procesos.exigir_sin_senuelos()
    trabajadores = ejecucion.trabajadores
    procesos.exigir(
        digesto(ejecucion.valor) in ejecucion.producidos
        and len(ejecucion.producidos) >= len(trabajadores),
        "El total de visitas no sale de los procesos: ningún hijo escribió ese valor en el "
        "contador" if digesto(ejecucion.valor) not in ejecucion.producidos else
        "El total de visitas no sale de los procesos: todos escribieron el mismo número en vez "
        "de sumar cada uno sus visitas",
        veredicto=Veredicto.SIN_CONCURRENCIA,
        esperado=f"{esperado}, escrito en el contador por el último incremento de un hijo",
        obtenido=f"{ejecucion.valor!r}, con {len(ejecucion.producidos)} valor(es) distinto(s) "
        f"escritos por {len(trabajadores)} hijo(s)",
        explicacion="Calcular el total en el principal (`contador.value = n_procesos * "
        "visitas`) o hacer que cada proceso escriba el total ya calculado esconde las visitas "
        "perdidas en vez de evitarlas: cada proceso tiene que sumar las suyas al contador "
        "compartido y ninguna puede perderse.",
    )
    procesos.exigir_solapamiento(2)
