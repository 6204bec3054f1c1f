"""Turn a failed run into a verdict and its evidence, in Spanish.

The timeline is built from the detailed replay of the shrunk schedule: one
`Paso` per (thread, line) stretch, long stretches of one thread abbreviated,
and lost updates spelled out ("escribe saldo con el valor viejo 5: se pierde
lo que escribió Thread-2").
"""

from __future__ import annotations

import traceback
from typing import Any

from verificador.motor.detectores import Carrera
from verificador.motor.planificador import Evento, Fallo, Lugar, Tipo
from verificador.veredictos import Bloqueado, Evidencia, FalloVeredicto, Paso, Veredicto

MAX_PASOS_COMPLETOS = 40  # timelines up to this many steps are shown whole
CABEZA, COLA = 2, 3  # steps kept at the start/end of a long stretch of one thread
# A timeline that is still longer (threads taking turns for millions of steps: a livelock)
# keeps its first and last steps: the end is where it failed.
MAX_PASOS, PRIMEROS = 120, 30


def _corto(ruta: str) -> str:
    return ruta.rsplit("/", 1)[-1]


def veredicto_de(fallo: Fallo) -> Veredicto:
    if fallo.tipo is Tipo.ASERCION:
        if isinstance(fallo.excepcion, FalloVeredicto):
            return fallo.excepcion.veredicto
        return Veredicto.CARRERA
    return {
        Tipo.EXCEPCION: Veredicto.EXCEPCION,
        Tipo.INTERBLOQUEO: Veredicto.INTERBLOQUEO,
        Tipo.SIN_FIN: Veredicto.CUELGUE,
        Tipo.BLOQUEO_NO_MODELADO: Veredicto.NO_MODELADO,
        Tipo.PRESUPUESTO: Veredicto.PRESUPUESTO_AGOTADO,
        Tipo.INCOMPLETO: Veredicto.INCOMPLETO,
    }[fallo.tipo]


def traza_alumno(exc: BaseException | None, archivos: set[str]) -> str | None:
    """The traceback limited to the student's frames (engine and judge trimmed)."""
    if exc is None:
        return None
    marcos = [m for m in traceback.extract_tb(exc.__traceback__) if m.filename in archivos]
    lineas = ["Traceback (solo tu código):\n"]
    lineas += traceback.format_list(marcos)
    lineas += traceback.format_exception_only(type(exc), exc)
    return "".join(lineas).rstrip()


def _pasos(eventos: list[Evento]) -> list[Paso]:
    anotaciones = _escrituras_perdidas(eventos)
    # What the main thread did alone before starting any thread is setup:
    # summarise it in one line instead of telling it step by step.
    inicio = next((i for i, ev in enumerate(eventos) if ev.accion.startswith("arranca ")), 0)
    previos = eventos[:inicio]
    eventos = eventos[inicio:]
    anotaciones = {i - inicio: a for i, a in anotaciones.items() if i >= inicio}
    pasos: list[Paso] = []
    tipos: set[str] = set()
    for i, ev in enumerate(eventos):
        accion = anotaciones.get(i, ev.accion)
        ultimo = pasos[-1] if pasos else None
        if ultimo is not None and ultimo.actor == ev.hilo and ultimo.linea == ev.lugar.linea and \
                ultimo.archivo == _corto(ev.lugar.archivo) and (not accion or (
                ev.tipo not in tipos and not (ev.tipo == "lee" and "escribe" in tipos))):
            if accion and accion not in ultimo.accion:
                ultimo.accion = f"{ultimo.accion}; {accion}" if ultimo.accion else accion
                tipos.add(ev.tipo)
            continue
        pasos.append(Paso(ev.hilo, _corto(ev.lugar.archivo), ev.lugar.linea, ev.lugar.codigo, accion))
        tipos = {ev.tipo} if accion else set()
    if previos:
        pasos.insert(0, Paso(previos[0].hilo, "", 0, "…", f"(preparación: {len(previos)} pasos sin otros hilos)"))
    return _abreviar(pasos)


def _abreviar(pasos: list[Paso]) -> list[Paso]:
    if len(pasos) <= MAX_PASOS_COMPLETOS:
        return pasos
    tramos: list[list[Paso]] = []
    for p in pasos:
        if tramos and tramos[-1][0].actor == p.actor:
            tramos[-1].append(p)
        else:
            tramos.append([p])
    salida: list[Paso] = []
    for tramo in tramos:
        if len(tramo) <= CABEZA + COLA + 1:
            salida.extend(tramo)
            continue
        salida.extend(tramo[:CABEZA])
        salida.append(Paso(tramo[0].actor, "", 0, "…", f"({len(tramo) - CABEZA - COLA} pasos más)"))
        salida.extend(tramo[-COLA:])
    if len(salida) > MAX_PASOS:
        ultimos = MAX_PASOS - PRIMEROS - 1
        omitidos = len(salida) - PRIMEROS - ultimos
        salida = [*salida[:PRIMEROS],
                  Paso(salida[PRIMEROS].actor, "", 0, "…", f"({omitidos} pasos más, de varios hilos)"),
                  *salida[-ultimos:]]
    return salida


def _escrituras_perdidas(eventos: list[Evento]) -> dict[int, str]:
    """Find read(A) … write(B) … write(A) on one location: B's write is lost."""
    ultima_lectura: dict[tuple[str, Any], tuple[int, Any]] = {}
    escrituras_desde: dict[tuple[str, Any], list[str]] = {}
    anotaciones: dict[int, str] = {}
    for i, ev in enumerate(eventos):
        if ev.clave is None:
            continue
        if ev.tipo == "lee":
            ultima_lectura[(ev.hilo, ev.clave)] = (i, ev.valor)
            escrituras_desde[(ev.hilo, ev.clave)] = []
        elif ev.tipo == "escribe":
            for (hilo, clave), lista in escrituras_desde.items():
                if clave == ev.clave and hilo != ev.hilo:
                    lista.append(ev.hilo)
            otros = escrituras_desde.pop((ev.hilo, ev.clave), None)
            lectura = ultima_lectura.pop((ev.hilo, ev.clave), None)
            if otros and lectura is not None:
                quien = ", ".join(dict.fromkeys(otros))
                anotaciones[i] = (f"{ev.accion} usando el valor viejo {lectura[1]!r}: "
                                  f"se pierde lo que escribió {quien}")
    return anotaciones


def _bloqueados(fallo: Fallo) -> list[Bloqueado]:
    salida = []
    for actor, espera, tenido, lugar in fallo.bloqueados:
        lugar = lugar or Lugar("", 0, "")
        salida.append(Bloqueado(actor, espera, tenido, _corto(lugar.archivo), lugar.linea, lugar.codigo))
    return salida


def _resumen_interbloqueo(bloq: list[Bloqueado]) -> tuple[str, str]:
    propios = [b for b in bloq if b.tenido_por == b.actor]
    if propios:
        b = propios[0]
        return (f"Interbloqueo: {b.actor} intenta tomar {b.espera.removeprefix('toma ')}, que ya tiene él mismo.",
                "Un Lock no es reentrante: si un método que ya tiene el candado llama a otro que "
                "también lo toma, el hilo se espera a sí mismo para siempre.")
    con_duenio = [b for b in bloq if b.tenido_por]
    if len(con_duenio) >= 2:
        partes = [f"{b.actor} espera {b.espera.removeprefix('toma ')}, que tiene {b.tenido_por}" for b in con_duenio]
        return ("Interbloqueo: " + ", mientras ".join(partes) + ".",
                "Los hilos forman un círculo: cada uno se queda con un candado y espera el que "
                "tiene el siguiente, y ninguno suelta el suyo, así que ninguno avanza.")
    partes = [f"{b.actor} {b.espera}" for b in bloq]
    return ("Todos los hilos están esperando y ninguno puede avanzar: " + "; ".join(partes) + ".",
            "Cada hilo espera algo (un candado, un aviso, un elemento de una cola, que otro termine) "
            "que ningún otro hilo va a hacer.")


def construir(fallo: Fallo, eventos: list[Evento] | None, archivos: set[str], cambios: int,
              salida: str) -> tuple[Veredicto, Evidencia]:
    veredicto = veredicto_de(fallo)
    pasos = _pasos(eventos or [])
    ubicacion = f"{_corto(fallo.lugar.archivo)}:{fallo.lugar.linea}" if fallo.lugar else None
    bloq = _bloqueados(fallo)
    if isinstance(fallo.excepcion, FalloVeredicto):
        ev = fallo.excepcion.evidencia
        ev.linea_tiempo = ev.linea_tiempo or pasos
        ev.cambios_de_contexto = cambios
        ev.salida = ev.salida or salida or None
        ev.bloqueados = ev.bloqueados or bloq
        if not ev.explicacion and veredicto is Veredicto.CARRERA and cambios:
            ev.explicacion = ("El resultado depende del orden en que se intercalan los hilos: en el "
                              "entrelazado de abajo, un hilo leyó un dato compartido y otro lo cambió "
                              "antes de que el primero terminara de usarlo.")
        return veredicto, ev
    traza = traza_alumno(fallo.excepcion, archivos)
    explicacion = ""
    resumen = fallo.mensaje
    if fallo.tipo is Tipo.INTERBLOQUEO:
        resumen, explicacion = _resumen_interbloqueo(bloq)
    elif fallo.tipo is Tipo.ASERCION:
        resumen = f"Falló una comprobación en {fallo.hilo}: {fallo.excepcion}"
        explicacion = ("Con este orden de ejecución de los hilos, el programa no cumple lo que él "
                       "mismo comprueba.")
    elif fallo.tipo is Tipo.EXCEPCION and "excepcion_perdida" not in fallo.detalles:
        resumen = f"{fallo.hilo} terminó con una excepción: {fallo.mensaje}"
    elif fallo.tipo is Tipo.INCOMPLETO:
        explicacion = ("El programa dio el trabajo por terminado sin esperar a todos sus hilos: "
                       "lo que hacen después llega tarde o se pierde.")
    elif fallo.tipo is Tipo.SIN_FIN:
        donde = fallo.detalles.get("hilos")
        if donde:
            resumen += " Dónde estaba cada hilo: " + ", ".join(donde) + "."
    ev = Evidencia(resumen=resumen, explicacion=explicacion, linea_tiempo=pasos, bloqueados=bloq,
                   traza=traza, salida=salida or None, cambios_de_contexto=cambios, ubicacion=ubicacion,
                   detalles=dict(fallo.detalles))
    return veredicto, ev


def de_carrera(c: Carrera) -> Evidencia:
    a, b = c.primero, c.segundo
    que_a = "escribe" if a.escritura else "lee"
    que_b = "escribe" if b.escritura else "lee"
    resumen = (f"Carrera de datos en {c.ubicacion}: {a.hilo} {que_a} en {_corto(a.archivo)}:{a.linea} y "
               f"{b.hilo} {que_b} en {_corto(b.archivo)}:{b.linea} sin ninguna sincronización entre medias.")
    explicacion = ("Aunque esta vez el resultado saliera bien, nada impide que esos dos accesos "
                   "se intercalen: protégelos con el mismo candado o pasa el dato por una cola, "
                   "un evento o un join.")
    detalles: dict[str, Any] = {"tipo": "carrera_de_datos"}
    if c.candados is not None:
        con_a = f"con {c.candados[0]}" if c.candados[0] else "sin candado"
        con_b = f"con {c.candados[1]}" if c.candados[1] else "sin candado"
        resumen = (f"Carrera de datos en {c.ubicacion}: {a.hilo} lo actualiza en {_corto(a.archivo)}:{a.linea} "
                   f"{con_a} y {b.hilo} en {_corto(b.archivo)}:{b.linea} {con_b}; ningún candado protege "
                   "a los dos accesos y nada más los ordena.")
        explicacion = ("El dato se protege con un candado en un sitio y no en otro: basta una "
                       "actualización sin el candado para que, en algún orden de los hilos, se pierda "
                       "otra que sí lo tenía. Toma el mismo candado en todos los accesos a ese dato.")
        detalles = {"tipo": "candados_inconsistentes", "candados": list(c.candados)}
    return Evidencia(
        resumen=resumen,
        explicacion=explicacion,
        linea_tiempo=[Paso(a.hilo, _corto(a.archivo), a.linea, a.codigo, que_a),
                      Paso(b.hilo, _corto(b.archivo), b.linea, b.codigo, que_b)],
        ubicacion=f"{_corto(b.archivo)}:{b.linea}",
        detalles=detalles,
    )
