"""Juez del reto 2: ningún depósito se puede perder, sea cual sea el entrelazado.

Con hilos reales, CPython casi nunca cambia de hilo en mitad de `saldo += x`,
así que este juez no se fía de ejecuciones normales: explora planificaciones
con el motor de hilos, que puede cambiar de hilo en cada instrucción del
alumno (y además detecta el acceso sin sincronizar aunque el total cuadre).
Los parámetros salen de `alumno.rng`, así que un total escrito a mano no pasa.

Formas que garantiza cada repetición: al menos 2 hilos y al menos 10 depósitos
por hilo (la carrera de `saldo += x` necesita dos hilos y un bucle). Y el
resultado sale de los hilos: en unas ejecuciones trazadas, `saldo` lo escriben
los hilos, ningún hilo del alumno se queda sin hacer nada (hilos de adorno) y
el hilo principal no lo vuelve a escribir después de arrancarlos (un
`saldo = n * d * c` calculado en main es `sin_concurrencia`). Un hilo cajero
que aplica los depósitos que los demás dejan en una cola es honrado y aprueba.
Acumular en una variable local y sumarla a `saldo` una vez por hilo, con el
candado, es un arreglo honrado y aprueba.

Tiempo adversario: aprobado lo anterior, se explora otra vez con los hilos
retrasados `RETRASO_S` (un `sleep` en main en lugar de los `join` falla).

Clases de error y la forma que las alcanza en cada repetición:
- `saldo += x` sin candado (el caso), candado solo en la lectura, un candado
  por hilo: ≥ 2 hilos con ≥ 10 depósitos, órdenes explorados (`carrera`);
- `sleep` en vez de `join`: tiempo adversario (`incompleto`/`carrera`);
- en serie, hilos de adorno o saldo calculado en main: escrituras trazadas y
  hilos simultáneos (`sin_concurrencia`);
- cada hilo pone en `saldo` el total ya calculado (`saldo = n * d * c`, aunque
  sea con candado): escrituras a ciegas, sin leer `saldo` antes
  (`sin_concurrencia`); y si lo lee antes (`if saldo < total: saldo = total`),
  una sola escritura que sube `saldo` más que todos los depósitos de un hilo
  (`sin_concurrencia`);
- cada hilo espera con `join` a que termine otro antes de depositar (en fila
  dentro de los hilos): escrituras trazadas (`sin_concurrencia`).
"""

from __future__ import annotations

from verificador.juez import Veredicto

# Retraso (s virtuales) de la exploración con tiempo adversario: main puede dormir hasta
# esto sin que los demás hilos avancen, y cada sleep de un hilo dura esto más.
RETRASO_S = 10.0


def test_ningun_deposito_se_pierde(alumno, hilos):
    n_hilos = alumno.rng.randint(2, 4)
    depositos = alumno.rng.randint(10, 30)
    cantidad = alumno.rng.randint(1, 50)
    esperado = n_hilos * depositos * cantidad
    alumno.anotar_parametros(n_hilos=n_hilos, depositos=depositos, cantidad=cantidad)

    def escenario():
        banco = alumno.cargar()
        saldo = banco.main(n_hilos=n_hilos, depositos=depositos, cantidad=cantidad)
        alumno.exigir(
            saldo == esperado,
            f"Se perdieron depósitos: {n_hilos} hilos con {depositos} depósitos de "
            f"{cantidad} cada uno debían sumar {esperado}",
            esperado=str(esperado),
            obtenido=repr(saldo),
            explicacion="Dos hilos leyeron el mismo saldo antes de que el otro "
            "guardara el suyo: uno de los dos depósitos se pisó.",
        )
        alumno.exigir(
            getattr(banco, "saldo", None) == esperado,
            "main devolvió el total correcto pero la variable saldo del módulo no lo tiene",
            esperado=str(esperado),
            obtenido=repr(getattr(banco, "saldo", None)),
            explicacion="Los depósitos deben acumularse en la variable compartida saldo.",
        )

    hilos.explorar(escenario, minimo_hilos=n_hilos, retrasos=(RETRASO_S,))

    escrituras = hilos.escrituras(escenario)
    autores = escrituras.hilos_que_escriben("saldo")
    ociosos = sorted(escrituras.ociosos or ())
    a_ciegas = sorted(escrituras.hilos_que_sobrescriben("saldo"))
    en_fila = escrituras.en_fila("saldo")
    salto = escrituras.mayor_salto("saldo")
    de_golpe = salto is not None and salto[1] > depositos * cantidad
    if escrituras.tardias["saldo"]:
        tardias = escrituras.tardias["saldo"]
        motivo = (f"main escribió `saldo` {tardias} {'vez' if tardias == 1 else 'veces'} después de "
                  "arrancar los hilos")
    elif not autores:
        motivo = "ningún hilo escribió `saldo`"
    elif a_ciegas:
        motivo = (f"{', '.join(a_ciegas)} pone(n) un valor en `saldo` sin leerlo: eso no es "
                  "depositar, es sobrescribir")
    elif de_golpe:
        assert salto is not None
        motivo = (f"{salto[0]} subió `saldo` {salto[1]} de una sola vez, más que todos los depósitos "
                  f"de un hilo ({depositos * cantidad}): eso es poner el total, no depositar")
    elif en_fila:
        motivo = (f"{escrituras.nombrar(en_fila)} espera(n) con join a que termine otro hilo antes de "
                  "depositar: los depósitos van uno detrás de otro, no a la vez")
    else:
        motivo = f"{', '.join(ociosos)} no hace(n) nada"
    alumno.exigir(
        not escrituras.tardias["saldo"] and autores and not ociosos and not a_ciegas and not en_fila
        and not de_golpe,
        f"El saldo final no sale de los depósitos de los hilos: {motivo}",
        veredicto=Veredicto.SIN_CONCURRENCIA,
        esperado=f"los {n_hilos} hilos depositan en `saldo`; main solo lo pone a 0 y lo lee",
        obtenido=f"hilos que escriben `saldo`: {sorted(autores) or 'ninguno'}",
        explicacion="El caso pide que los hilos depositen en la variable compartida sin "
        "perder nada. Calcular el total en main, o que un hilo haga todo el trabajo mientras "
        "los demás no hacen nada, esquiva la carrera en vez de arreglarla.",
    )
