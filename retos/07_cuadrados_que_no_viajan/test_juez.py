"""Juez del reto 7: el Pool tiene que funcionar con `spawn` (Windows y macOS).

El programa corre en procesos reales arrancados con `spawn`: cada hijo vuelve a
ejecutar el archivo del alumno, de modo que un Pool creado al cargar el módulo
y una lambda enviada al Pool fallan aquí igual que en la máquina del cliente.

Formas que garantiza cada veredicto (2 repeticiones):
- la lista de números sale de `alumno.rng` (un resultado escrito a mano no pasa):
  enteros de -99 a 999, que pueden repetirse; el orden importa;
- más tareas que trabajadores: 17 a 24 números en la primera repetición (más
  que los trabajadores de `Pool()` en una máquina de hasta 16 núcleos) y 9 a
  14 en la segunda;
- al menos un proceso hijo entrega resultados (un trabajador del Pool o de un
  ProcessPoolExecutor cuenta aunque la función sea `pow`, sin código del
  alumno), y cada cuadrado devuelto tiene que haberlo enviado un hijo: calcularlo
  en el principal (con o sin un Pool de adorno) es `sin_concurrencia`; también
  pasar por el Pool cuadrados ya calculados (`pool.map(abs, cuadrados)`): con
  9 o más números de -99 a 999, alguno no es su propio cuadrado, así que unos
  cuadrados honrados nunca son todos datos que el principal mandó.

Clases de error y la forma que las alcanza en cada veredicto:
- Pool creado al cargar el módulo (sin `if __name__ == "__main__":`): `spawn`
  en cada repetición (el hijo vuelve a crear el Pool: `excepcion`);
- lambda o función anidada enviada al Pool: `spawn` (no se puede serializar:
  `excepcion`);
- cuadrados calculados en main (con o sin Pool de adorno, o reenviados por el
  Pool): origen de cada cuadrado (`sin_concurrencia`);
- resultados en orden de llegada (`imap_unordered`, `callback` de `apply_async`,
  `as_completed`): el motor de procesos entrega los resultados en un orden
  sembrado que nunca es el de la entrada, en cada repetición (el valor no
  cuadra).
"""

from __future__ import annotations

from verificador.juez import Veredicto


def test_cuadrados_en_paralelo(alumno, procesos):
    grande = procesos.repeticion % 2 == 1
    cuantos = alumno.rng.randint(17, 24) if grande else alumno.rng.randint(9, 14)
    numeros = [alumno.rng.randint(-99, 999) for _ in range(cuantos)]
    esperado = [n * n for n in numeros]
    procesos.anotar(tareas=len(numeros))
    alumno.anotar_parametros(numeros=numeros)
    ejecucion = procesos.ejecutar({"numeros": numeros}, minimo_procesos=1, tiempo_limite_s=20,
                                  quietud_s=1.0)
    valor = ejecucion.valor
    # Menos cuadrados, todos buenos y en orden: main devolvió la lista antes de que
    # llegaran los demás (un callback que aún no corrió, un pool sin join).
    a_medias = (isinstance(valor, list) and len(valor) < len(esperado)
                and valor == esperado[:len(valor)])
    procesos.exigir(
        not a_medias,
        f"main devolvió {len(valor) if isinstance(valor, list) else 0} de los "
        f"{len(esperado)} cuadrados: los demás aún no habían llegado",
        veredicto=Veredicto.INCOMPLETO,
        esperado=repr(esperado),
        obtenido=repr(valor),
        explicacion="Los resultados de un Pool llegan cuando llegan: hasta que no esperas "
        "a todos (`.get()`, o `close()` y `join()` antes de usar lo que llena un "
        "`callback`), la lista puede estar a medias.",
    )
    procesos.exigir(
        ejecucion.valor == esperado,
        "main no devolvió los cuadrados de la lista que se le pasó",
        esperado=repr(esperado),
        obtenido=repr(ejecucion.valor),
        explicacion="Cada número de la lista debe aparecer elevado al cuadrado, en el "
        "mismo orden.",
    )
    procesos.exigir_origen(esperado, "cuadrados", calculado=True)
