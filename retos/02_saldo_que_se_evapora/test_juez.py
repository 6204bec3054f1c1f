"""Juez del reto 2: ningún depósito se puede perder, sea cual sea el entrelazado.

Con hilos reales, CPython casi nunca cambia de hilo en mitad de `saldo += x`,
así que este juez no se fía de ejecuciones normales: explora planificaciones
con el motor de hilos, que puede cambiar de hilo en cada instrucción del
alumno (y además detecta el acceso sin sincronizar aunque el total cuadre).
Los parámetros salen de `alumno.rng`, así que un total escrito a mano no pasa.
"""

from __future__ import annotations


def test_ningun_deposito_se_pierde(alumno, hilos):
    n_hilos = alumno.rng.randint(2, 4)
    depositos = alumno.rng.randint(10, 30)
    cantidad = alumno.rng.randint(1, 50)
    esperado = n_hilos * depositos * cantidad

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

    hilos.explorar(escenario, minimo_hilos=n_hilos)
