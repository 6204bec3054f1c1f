"""Juez del reto 3: pagos con comisión que ni se congelan ni dejan la cuenta en rojo.

El intento original se interbloquea consigo mismo en el primer pago (un
`Lock` que el mismo hilo pide dos veces): el motor lo detecta y lo nombra.
El saldo inicial se elige para que no alcance para todos los pagos: así, un
«arreglo» que suelta el candado entre la comprobación del saldo y el cobro
acepta pagos de más (o cobra la comisión sin el pago) en algún entrelazado.
Con pagos iguales, el número de pagos aceptados no depende del orden:
`min(total, saldo_inicial // coste)`.

Formas que garantiza cada repetición: al menos 2 clientes a la vez, 2 o 3 pagos
cada uno, dinero para 2 o más pero nunca para todos (sin escasez, la carrera entre
comprobar y cobrar no se ve; con dinero para uno solo, rechazar un pago porque
el candado está ocupado acierta por casualidad), y lo que sobra tras el último
pago que cabe está entre `cantidad - comision` y `cantidad` (así, cuando queda
un solo pago por cubrir, dos cobros separados de cantidad y comisión se
estorban y rechazan un pago que el saldo cubría). Y el resultado sale de los hilos: en una ejecución trazada, el
saldo de la cuenta lo cambian los hilos clientes, ninguno se queda sin hacer
nada (hilos de adorno) y main no lo toca
después de arrancarlos (un resultado calculado en main es `sin_concurrencia`).

Tiempo adversario: aprobado lo anterior, se explora otra vez con los hilos
retrasados `RETRASO_S` (un `sleep` en main en lugar de los `join` falla).

Clases de error y la forma que las alcanza en cada repetición:
- el mismo `Lock` pedido dos veces (el caso): el primer pago (`interbloqueo`);
- soltar el candado entre comprobar el saldo y cobrar, o cobrar la comisión
  fuera: ≥ 2 clientes y saldo que no alcanza para todos (`carrera`);
- cobrar cantidad y comisión en dos retiradas atómicas por separado
  (devolviendo la cantidad si la comisión no llega): la sobra de arriba
  (`carrera`, «los pagos no cuadran»);
- rechazar el pago si el candado está ocupado (`acquire(blocking=False)` o con
  plazo corto): dinero para 2 o más pagos con clientes a la vez (`carrera`);
- `sleep` en vez de `join`: tiempo adversario;
- saldo calculado en main o clientes de adorno: escrituras trazadas
  (`sin_concurrencia`);
- quitar el candado de la cuenta y poner a los clientes en fila con un candado
  de turno que cada uno toma durante todos sus pagos: en ninguna planificación
  se intercalan los pagos de dos clientes (`sin_concurrencia`; con un hilo
  cajero que cobra por todos no se exige);
- main decide de antemano cuántos pagos caben y los clientes cobran sin mirar
  el saldo: la cuenta tiene que seguir ofreciendo `pagar_con_comision` (la
  operación del caso) y, en la ejecución trazada, algún hilo cliente tiene que
  pasar por ella (`sin_concurrencia`).
"""

from __future__ import annotations

from verificador.juez import Veredicto

# Retraso (s virtuales) de la exploración con tiempo adversario: main puede dormir hasta
# esto sin que los demás hilos avancen, y cada sleep de un hilo dura esto más.
RETRASO_S = 10.0
# Cuántas planificaciones caben (pasos, máximo): dos retiradas atómicas por separado solo fallan
# si otro cliente se cuela entre ellas justo en el último pago que cubre el saldo; con 3
# clientes de 3 pagos, PCT tarda de 36 a 849 planificaciones en dar con ese hueco (medido).
AMPLIACION = (120_000, 1_000)


def test_pagos_con_comision(alumno, hilos):
    comision = alumno.rng.randint(1, 20)
    cantidad = alumno.rng.randint(max(10, comision + 1), 200)
    coste = cantidad + comision
    clientes = alumno.rng.randint(2, 3)
    pagos = alumno.rng.randint(2, 3)  # dos o más: así se ve si los pagos se intercalan
    total = clientes * pagos  # 4 o más
    alcanzan = alumno.rng.randint(2, total - 1)  # hay para dos o más, nunca para todos
    # Con un solo pago por cubrir queda `coste + sobra`, y con `sobra` en
    # [cantidad - comision, cantidad) dos cobros separados a la vez (primero la
    # cantidad, luego la comisión, devolviendo si falla) se estorban: los dos
    # retiran la cantidad, a ninguno le llega la comisión y se rechaza un pago que
    # el saldo cubría.
    sobra = alumno.rng.randint(cantidad - comision, cantidad - 1)
    saldo_inicial = alcanzan * coste + sobra
    saldo_esperado = saldo_inicial - alcanzan * coste
    alumno.anotar_parametros(saldo_inicial=saldo_inicial, clientes=clientes, pagos=pagos,
                             cantidad=cantidad, comision=comision)

    # Quién entra en `pagar_con_comision`, por planificación: dos clientes que pagan a la vez
    # alternan sus pagos en alguna; un candado de turno alrededor de todos los pagos de cada
    # cliente (sin candado en la cuenta) los pone en fila en todas.
    turnos: list[list[str]] = []

    def escenario():
        cuenta = alumno.cargar()
        _anotar_pagadores(cuenta, turnos)
        devuelto = cuenta.main(
            saldo_inicial=saldo_inicial,
            clientes=clientes,
            pagos=pagos,
            cantidad=cantidad,
            comision=comision,
        )
        alumno.exigir(
            isinstance(devuelto, tuple) and len(devuelto) == 2,
            "main debe devolver la tupla (saldo_final, pagos_aceptados)",
            esperado="(saldo_final, pagos_aceptados)",
            obtenido=repr(devuelto),
        )
        saldo, aceptados = devuelto
        detalle = (
            f"saldo inicial {saldo_inicial}, {clientes} clientes con {pagos} pagos de "
            f"{cantidad} + {comision} de comisión"
        )
        alumno.exigir(
            isinstance(saldo, int) and saldo >= 0,
            f"La cuenta quedó en negativo ({detalle})",
            esperado="un saldo final de 0 o más",
            obtenido=repr(saldo),
            explicacion="Dos clientes comprobaron el saldo a la vez y los dos "
            "cobraron: la comprobación y el cobro deben ser indivisibles.",
        )
        alumno.exigir(
            aceptados == alcanzan and saldo == saldo_esperado,
            f"Los pagos no cuadran ({detalle})",
            esperado=f"{alcanzan} pagos aceptados y saldo final {saldo_esperado}",
            obtenido=f"{aceptados!r} pagos aceptados y saldo final {saldo!r}",
            explicacion="Un pago y su comisión se cobran juntos o no se cobra nada, "
            "y se aceptan pagos mientras el saldo alcance.",
        )

    hilos.explorar(escenario, minimo_hilos=clientes, retrasos=(RETRASO_S,), ampliacion=AMPLIACION)

    escrituras = hilos.escrituras(escenario)
    autores = escrituras.hilos_que_escriben("saldo")
    alumno.exigir(
        escrituras.tardias["saldo"] == 0 and autores and not escrituras.ociosos,
        "Los pagos no los cobran los clientes: "
        + (f"main cambió el saldo {escrituras.tardias['saldo']} "
           f"{'vez' if escrituras.tardias['saldo'] == 1 else 'veces'} después de "
           "arrancar los hilos" if escrituras.tardias["saldo"] else
           f"solo {len(autores)} hilo(s) cambiaron el saldo de la cuenta"),
        veredicto=Veredicto.SIN_CONCURRENCIA,
        esperado="cada cliente cobra sus pagos en la cuenta compartida",
        obtenido=f"hilos que cambian el saldo: {sorted(autores) or 'ninguno'}; hilos que "
        f"no hacen nada: {sorted(escrituras.ociosos or ()) or 'ninguno'}",
        explicacion="Calcular en main el resultado que deberían dar los pagos esquiva la "
        "carrera en vez de arreglarla: los clientes tienen que pagar a la vez y bien.",
    )

    alumno.exigir(
        _alternan(turnos),
        "Los clientes pagan en fila: cada uno hace todos sus pagos sin que ningún otro pague "
        "entre medias, en todas las planificaciones probadas",
        veredicto=Veredicto.SIN_CONCURRENCIA,
        esperado="pagos de clientes distintos que se intercalan en alguna planificación",
        obtenido="; ".join(" → ".join(t) for t in turnos[:2]),
        explicacion="Un candado que cada cliente toma durante todos sus pagos (y no el de la "
        "cuenta durante cada pago) pone a los clientes en fila: esquiva la carrera en vez de "
        "arreglarla, y la cuenta sigue sin ser segura para varios hilos. Protege cada pago "
        "dentro de `pagar_con_comision`.",
    )

    # La operación del caso la hacen los clientes: quien decide en main cuántos pagos caben y
    # cobra sin mirar el saldo no tiene `pagar_con_comision`, o sus clientes no la usan.
    clase = getattr(alumno.cargar(), "CuentaBancaria", None)
    pagar = getattr(clase, "pagar_con_comision", None)
    clientes_que_pagan = escrituras.hilos_que_ejecutan(pagar) if callable(pagar) else set()
    alumno.exigir(
        clientes_que_pagan,
        "Los clientes no pagan con `pagar_con_comision`: "
        + ("la cuenta ya no la ofrece" if not callable(pagar) else "ningún hilo cliente la usa"),
        veredicto=Veredicto.SIN_CONCURRENCIA,
        esperado="los clientes pagan con `CuentaBancaria.pagar_con_comision(cantidad, comision)`",
        obtenido="no está" if not callable(pagar) else "solo la usa main, o nadie",
        explicacion="El caso es esa operación: comprobar el saldo y cobrar pago y comisión de una "
        "vez. Decidir en main cuántos pagos caben y cobrar sin mirar el saldo esquiva el "
        "problema en vez de arreglarlo.",
    )


def _anotar_pagadores(cuenta, turnos):
    """Cambia `CuentaBancaria.pagar_con_comision` por una que apunta qué hilo entra (el código
    del juez no lo traza el motor: no añade puntos de cambio)."""
    import threading

    clase = getattr(cuenta, "CuentaBancaria", None)
    pagar = getattr(clase, "pagar_con_comision", None)
    if not callable(pagar):
        return
    orden: list[str] = []
    turnos.append(orden)

    def pagar_con_comision(self, *args, **kwargs):
        orden.append(threading.current_thread().name)
        return pagar(self, *args, **kwargs)

    clase.pagar_con_comision = pagar_con_comision


def _alternan(turnos):
    """¿Alternan sus pagos dos hilos en alguna planificación? Solo se exige cuando dos o más
    hilos pagan dos veces o más (con un cajero que cobra por todos no hay fila que ver)."""
    varios = False
    for orden in turnos:
        veces = {h: orden.count(h) for h in set(orden)}
        if sum(1 for n in veces.values() if n >= 2) < 2:
            continue
        varios = True
        vistos, anterior = set(), None
        for hilo in orden:
            if hilo != anterior and hilo in vistos:
                return True
            vistos.add(hilo)
            anterior = hilo
    return not varios
