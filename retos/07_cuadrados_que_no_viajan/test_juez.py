"""Juez del reto 7: el Pool tiene que funcionar con `spawn` (Windows y macOS).

El programa corre en procesos reales arrancados con `spawn`: cada hijo vuelve a
ejecutar el archivo del alumno, de modo que un Pool creado al cargar el módulo
y una lambda enviada al Pool fallan aquí igual que en la máquina del cliente.

Formas que garantiza cada veredicto (2 repeticiones):
- la lista de números sale de `alumno.rng` (un resultado escrito a mano no pasa)
  e incluye negativos, ceros o unos pueden repetirse: el orden importa;
- siempre más tareas que trabajadores: 17 a 24 números en la primera repetición
  y 9 a 14 en la segunda (más que los trabajadores de `Pool()` en una máquina
  de 16 núcleos);
- al menos un proceso hijo entrega resultados (un trabajador del Pool o de un
  ProcessPoolExecutor cuenta aunque la función sea `pow`, sin código del
  alumno), y cada cuadrado devuelto tiene que haberlo enviado un hijo: calcularlo
  en el principal (con o sin un Pool de adorno) es `sin_concurrencia`.
"""

from __future__ import annotations


def test_cuadrados_en_paralelo(alumno, procesos):
    grande = procesos.repeticion % 2 == 1
    cuantos = alumno.rng.randint(17, 24) if grande else alumno.rng.randint(9, 14)
    numeros = [alumno.rng.randint(-99, 999) for _ in range(cuantos)]
    esperado = [n * n for n in numeros]
    procesos.anotar(tareas=len(numeros))
    alumno.anotar_parametros(numeros=numeros)
    ejecucion = procesos.ejecutar({"numeros": numeros}, minimo_procesos=1, tiempo_limite_s=20)
    procesos.exigir(
        ejecucion.valor == esperado,
        "main no devolvió los cuadrados de la lista que se le pasó",
        esperado=repr(esperado),
        obtenido=repr(ejecucion.valor),
        explicacion="Cada número de la lista debe aparecer elevado al cuadrado, en el "
        "mismo orden.",
    )
    procesos.exigir_origen(esperado, "cuadrados")
