"""Juez del reto 1: el anuncio final debe llegar después de todas las solicitudes.

Se juzga lo que el programa escribe, en el orden en que lo escribe, bajo el
planificador controlado y con tiempo virtual (los `sleep` no cuestan nada).
La concurrencia se comprueba midiendo el tiempo virtual: `n` solicitudes de
`duracion` segundos atendidas a la vez tardan `duracion`; una detrás de otra,
`n * duracion`. Con `n >= 2` las dos situaciones no se confunden.

Formas que garantiza cada repetición (y por tanto cada veredicto):
- de 4 a 7 solicitudes a la vez (`n`), así que hay algo que esperar, y siempre
  más de las 3 del ejemplo del caso: esperar solo a los tres primeros hilos
  (los que el alumno vio al probar) falla en cada repetición;
- tiempo adversario: si aprueba, se explora otra vez con los `sleep` de los
  hilos alargados 1 s y `10 * duracion` s (`RETRASOS`). Un `sleep` en main en
  lugar de los `join` falla así («solo funciona si ningún hilo se retrasa...»);
- quién escribe: cada «Solicitud i completada» la escribe un hilo que no es el
  principal, con `print`, un `print` propio o `sys.stdout.write` (el motor anota
  el autor de cada escritura): unos hilos de adorno que duermen mientras main
  imprime todo no cuentan como atender las solicitudes.

Clases de error y la forma que las alcanza en cada repetición:
- hilos nunca esperados (el caso), o esperados solo en parte (el último,
  todos menos uno): ≥ 2 solicitudes y órdenes explorados; el anuncio sale
  antes de alguna «completada» (`incompleto`);
- `sleep` o `join(timeout=...)` en vez de esperar: tiempo adversario (`incompleto`);
- atender en serie (`start(); join()` en el bucle): ≥ 2 solicitudes, el tiempo
  virtual pasa de `duracion` (`sin_concurrencia`);
- hilos de adorno y main que imprime todo: quién escribe (`sin_concurrencia`).
"""

from __future__ import annotations

from verificador.juez import Veredicto

ANUNCIO = "Todas las solicitudes completadas"

# Margen sobre `duracion` que se tolera al medir en segundos virtuales.
# Atender en paralelo cuesta `duracion`; en serie, al menos el doble.
MARGEN_PARALELO = 1.5
# Retrasos (s virtuales) con los que se repite la exploración: uno corto y uno
# mayor que cualquier margen razonable de un `sleep` (multiplica a `duracion`).
RETRASOS = (1.0, 10.0)


def test_anuncio_tras_todas_las_solicitudes(alumno, hilos):
    n = alumno.rng.randint(4, 7)
    duracion = alumno.rng.randint(2, 9)

    alumno.anotar_parametros(n_solicitudes=n, duracion=duracion)

    def escenario():
        servidor = alumno.cargar()
        inicio = hilos.reloj()
        servidor.main(n_solicitudes=n, duracion=duracion)
        fin = hilos.reloj()
        transcurrido = fin - inicio
        # Quién escribió cada línea y cuándo, lo diga `print`, un `print` propio del
        # módulo o `sys.stdout.write`: el motor lo anota en cada escritura.
        escritas = [linea for linea in hilos.lineas() if linea.texto.strip()]
        lineas = [linea.texto.strip() for linea in escritas]
        autores: dict[str, str] = {}
        momentos: dict[str, float] = {}
        for linea in escritas:
            autores.setdefault(linea.texto.strip(), linea.hilo)
            momentos.setdefault(linea.texto.strip(), linea.t)

        anuncios = [i for i, linea in enumerate(lineas) if linea == ANUNCIO]
        alumno.exigir(
            len(anuncios) == 1,
            f"El programa escribió «{ANUNCIO}» {len(anuncios)} veces",
            veredicto=Veredicto.INCOMPLETO,
            esperado="una vez, al final",
            obtenido=f"{len(anuncios)} veces",
        )
        anuncio = anuncios[0]
        for i in range(n):
            empezada = f"Procesando solicitud {i}"
            terminada = f"Solicitud {i} completada"
            alumno.exigir(
                terminada in lineas[:anuncio],
                f"Se anunció «{ANUNCIO}» cuando la solicitud {i} aún no había terminado",
                veredicto=Veredicto.INCOMPLETO,
                esperado=f"«{terminada}» antes de «{ANUNCIO}»",
                obtenido="\n".join(lineas),
                explicacion="El hilo principal da el trabajo por terminado sin "
                "comprobar que los hilos que arrancó hayan acabado.",
            )
            alumno.exigir(
                empezada in lineas,
                f"La solicitud {i} nunca escribió «{empezada}»",
                veredicto=Veredicto.INCOMPLETO,
                esperado=f"«{empezada}» en la salida",
                obtenido="\n".join(lineas),
            )
            alumno.exigir(
                autores.get(terminada, "") != "MainThread",
                f"«{terminada}» lo escribió el hilo principal, no el hilo de la solicitud",
                veredicto=Veredicto.SIN_CONCURRENCIA,
                esperado="cada solicitud la atiende (y la anuncia) su propio hilo",
                obtenido="main anuncia las solicitudes mientras los hilos no hacen ese trabajo",
                explicacion="Los hilos tienen que atender las solicitudes: imprimir los "
                "mensajes desde main no arregla el anuncio, lo finge.",
            )
            alumno.exigir(
                lineas.index(empezada) < lineas.index(terminada),
                f"La solicitud {i} se completó antes de empezar a procesarse",
                veredicto=Veredicto.INCOMPLETO,
                esperado=f"«{empezada}» antes de «{terminada}»",
                obtenido="\n".join(lineas),
            )
        alumno.exigir(
            transcurrido >= duracion,
            f"Las {n} solicitudes «terminaron» en {transcurrido:g} s, menos de lo que "
            f"tarda una sola ({duracion} s)",
            veredicto=Veredicto.SIN_CONCURRENCIA,
            esperado=f"unos {duracion} s virtuales",
            obtenido=f"{transcurrido:g} s virtuales",
            explicacion="Cada solicitud debe seguir esperando su tiempo de proceso.",
        )
        # Lo que tardó el trabajo (hasta la última solicitud completada), no main:
        # esperar de más en main no es atender en serie.
        trabajo = max(momentos.get(f"Solicitud {i} completada", fin) for i in range(n)) - inicio
        # Con retraso el reloj corre de más a propósito; trabajar en serie ya lo
        # descartó la exploración sin retraso.
        alumno.exigir(
            hilos.retraso > 0 or trabajo < MARGEN_PARALELO * duracion,
            f"Las {n} solicitudes de {duracion} s tardaron {trabajo:g} s: se "
            "atendieron una detrás de otra",
            veredicto=Veredicto.SIN_CONCURRENCIA,
            esperado=f"unos {duracion} s virtuales (todas a la vez)",
            obtenido=f"{trabajo:g} s virtuales",
            explicacion="Esperar a cada hilo justo después de arrancarlo quita la "
            "concurrencia: arranca todos y espera después.",
        )

    hilos.explorar(escenario, minimo_hilos=n,
                   retrasos=(RETRASOS[0], RETRASOS[1] * duracion))
