"""Juez del reto 4: transferencias cruzadas que siempre terminan y cuadran.

Siempre hay al menos un par de transferencias en sentidos opuestos entre las
mismas dos cuentas: es lo que hace posible el interbloqueo por orden de
candados, que el motor encuentra probando entrelazados (y con su detector de
órdenes opuestos aunque esa ejecución no llegue a colgarse). El saldo final
de cada cuenta no depende del orden de las transferencias, así que se
comprueba exacto.

Formas que garantiza cada repetición (y por tanto cada veredicto), porque
cada una es una manera distinta de interbloquearse:
- tres cuentas que se transfieren cada una a cada otra (6 hilos): sus tres
  pares en los dos sentidos (a->b y b->a) y sus dos ciclos de tres (x->y,
  y->z, z->x). Un orden arreglado solo para un par de cuentas, o un orden que
  no es total (por la paridad del número, por ejemplo: entre tres cuentas
  siempre hay dos de la misma paridad), sigue colgándose en cada veredicto,
  no solo con los parámetros que toquen;
- de 3 a 4 cuentas; con 4, la cuarta va y vuelve con una de las otras tres.
Y el resultado sale de los hilos: en una ejecución trazada, los hilos de las
transferencias cambian los saldos, ninguno se queda sin hacer nada (hilos de
adorno), ninguno espera con `join` a que acabe otra transferencia antes de
empezar la suya (eso es atender en fila) y main no escribe ningún `saldo`
después de arrancarlos (unos saldos calculados en main son `sin_concurrencia`).

Tiempo adversario: aprobado lo anterior, se explora otra vez con los hilos
retrasados `RETRASO_S` (un `sleep` en main en lugar de los `join` falla).

Tomas con plazo: un arreglo que toma el segundo candado con plazo
(`acquire(timeout=1)`) y, si vence, transfiere sin él
(tests/intentos/04_.../plazo_y_sigue.py) falla en cada veredicto: el motor
anota las tomas con plazo hechas con otro candado en la mano y, si dos hilos
las cruzan, explora a propósito la planificación que forma el ciclo (los
plazos vencen y cada hilo sigue sin el segundo candado, como en CPython).

Clases de error y la forma que las alcanza en cada repetición:
- candados en el orden de los argumentos (el caso): el par opuesto (`interbloqueo`);
- orden global arreglado solo para un par: el ciclo de tres cuentas (`interbloqueo`);
- toma con plazo que sigue sin el candado: la planificación dirigida (`carrera`);
- un solo candado en el origen, o depósito sin candado: transferencias que
  comparten cuenta (`carrera`);
- `sleep` en vez de `join`: tiempo adversario; saldos calculados en main,
  hilos de adorno o hilos que esperan (join) a que acabe otra transferencia
  antes de empezar la suya: escrituras trazadas (`sin_concurrencia`).
"""

from __future__ import annotations

from verificador.juez import Veredicto

# Retraso (s virtuales) de la exploración con tiempo adversario: main puede dormir hasta
# esto sin que los demás hilos avancen, y cada sleep de un hilo dura esto más.
RETRASO_S = 10.0


def _transferencias(rng) -> tuple[list[int], list[tuple[int, int, int]]]:
    n_cuentas = rng.randint(3, 4)
    saldos = [rng.randint(100, 900) for _ in range(n_cuentas)]
    # Tres cuentas, cada una hacia cada otra: sus tres pares en los dos sentidos y sus
    # dos ciclos de tres. Con 4 cuentas, la cuarta va y vuelve con una de las tres.
    trio = rng.sample(range(1, n_cuentas + 1), 3)
    parejas = [(a, b) for a in trio for b in trio if a != b]
    if n_cuentas == 4:
        (cuarta,) = set(range(1, 5)) - set(trio)
        otra = rng.choice(trio)
        parejas += [(cuarta, otra), (otra, cuarta)]
    transferencias = [(a, b, rng.randint(1, 300)) for a, b in parejas]
    rng.shuffle(transferencias)
    return saldos, transferencias


def test_transferencias_cruzadas(alumno, hilos):
    saldos, transferencias = _transferencias(alumno.rng)
    esperado = list(saldos)
    for origen, destino, cantidad in transferencias:
        esperado[origen - 1] -= cantidad
        esperado[destino - 1] += cantidad
    alumno.anotar_parametros(saldos=saldos, transferencias=transferencias)

    def escenario():
        modulo = alumno.cargar()
        finales = modulo.main(saldos=tuple(saldos), transferencias=tuple(transferencias))
        alumno.exigir(
            finales is not None and list(finales) == esperado,
            "Los saldos finales no cuadran con las transferencias hechas",
            esperado=str(esperado),
            obtenido=repr(finales),
            explicacion=f"Saldos iniciales {saldos}; transferencias "
            f"(origen, destino, cantidad) {transferencias}.",
        )

    hilos.explorar(escenario, minimo_hilos=len(transferencias), otras_estrategias=("aleatoria",),
                   retrasos=(RETRASO_S,))

    escrituras = hilos.escrituras(escenario)
    de_los_hilos = sum(escrituras.de_los_hilos(nombre) for nombre in escrituras.por_nombre)
    en_fila = escrituras.en_fila("saldo")
    if escrituras.tardias["saldo"]:
        motivo = ": main los reescribió después de arrancarlos"
    elif de_los_hilos == 0:
        motivo = ": los hilos no cambiaron ningún saldo"
    elif en_fila:
        motivo = (f": {escrituras.nombrar(en_fila)} espera(n) con join a que termine otra transferencia "
                  "antes de empezar la suya; van en fila, no a la vez")
    else:
        motivo = ""
    alumno.exigir(
        escrituras.tardias["saldo"] == 0 and de_los_hilos > 0 and not escrituras.ociosos and not en_fila,
        "Los saldos finales no salen de las transferencias de los hilos" + motivo,
        veredicto=Veredicto.SIN_CONCURRENCIA,
        esperado="cada hilo hace su transferencia sobre las cuentas compartidas, a la vez que los demás",
        obtenido=f"escrituras de main después de arrancar: {dict(escrituras.tardias) or 'ninguna'}"
        f"; hilos que no hacen nada: {sorted(escrituras.ociosos or ()) or 'ninguno'}"
        f"; hilos que esperan a otro antes de transferir: {escrituras.nombrar(en_fila) or 'ninguno'}",
        explicacion="Calcular los saldos finales en main esquiva el interbloqueo en vez de "
        "arreglarlo: las transferencias tienen que hacerse a la vez y terminar siempre.",
    )
