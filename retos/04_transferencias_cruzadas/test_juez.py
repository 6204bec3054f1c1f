"""Juez del reto 4: transferencias cruzadas que siempre terminan y cuadran.

Siempre hay al menos un par de transferencias en sentidos opuestos entre las
mismas dos cuentas: es lo que hace posible el interbloqueo por orden de
candados, que el motor encuentra probando entrelazados (y con su detector de
órdenes opuestos aunque esa ejecución no llegue a colgarse). El saldo final
de cada cuenta no depende del orden de las transferencias, así que se
comprueba exacto.
"""

from __future__ import annotations


def _transferencias(rng) -> tuple[list[int], list[tuple[int, int, int]]]:
    n_cuentas = rng.randint(2, 3)
    saldos = [rng.randint(100, 900) for _ in range(n_cuentas)]
    a, b = rng.sample(range(1, n_cuentas + 1), 2)
    transferencias = [(a, b, rng.randint(1, 300)), (b, a, rng.randint(1, 300))]
    for _ in range(rng.randint(0, 2)):
        origen, destino = rng.sample(range(1, n_cuentas + 1), 2)
        transferencias.append((origen, destino, rng.randint(1, 300)))
    rng.shuffle(transferencias)
    return saldos, transferencias


def test_transferencias_cruzadas(alumno, hilos):
    saldos, transferencias = _transferencias(alumno.rng)
    esperado = list(saldos)
    for origen, destino, cantidad in transferencias:
        esperado[origen - 1] -= cantidad
        esperado[destino - 1] += cantidad

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

    hilos.explorar(escenario, minimo_hilos=len(transferencias))
