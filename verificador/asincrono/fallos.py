"""De lo observado en una ejecución a un veredicto con su evidencia en español.

Orden de prioridad (la causa antes que la consecuencia): una ejecución cortada
(interbloqueo, cuelgue) > una corrutina que nunca se esperó > una excepción
perdida en una tarea > la excepción o el assert que escapó > un bloqueo del
bucle > trabajo a medias al terminar > las expectativas del juez (duración,
número de tareas).

Cada fallo lleva una `clave` estable: la reducción solo acepta un orden más
simple si el fallo sigue siendo el mismo.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field
from typing import Any

from verificador.asincrono import actualizaciones, incompletos
from verificador.asincrono.control import Abortar, Control, segundos_legibles
from verificador.asincrono.detectores import trabajo_perdido
from verificador.asincrono.traza import (
    codigo,
    linea_de_tiempo,
    linea_del_alumno_en,
    traza_del_alumno,
)
from verificador.veredictos import Evidencia, FalloVeredicto, Veredicto

# Holgura al comparar duraciones virtuales con lo esperado (s).
TOLERANCIA_VIRTUAL_S = 0.05


@dataclass
class Expectativas:
    """Lo que un juez pide además de «que no falle»."""

    duracion_maxima: float | None = None
    duracion_minima: float | None = None
    minimo_tareas: int = 0
    permitir_bloqueos: bool = False


@dataclass
class Fallo:
    veredicto: Veredicto
    evidencia: Evidencia
    clave: tuple[Any, ...] = field(default_factory=tuple)
    # La excepción original cuando no es cosa del alumno (juez o verificador).
    excepcion: BaseException | None = None
    # El fallo sale de medir tiempo real (un paso parado más de 1 s real, o el
    # límite real de la ejecución): la carga de la máquina puede imitarlo, así
    # que solo cuenta si se repite al rehacer la misma planificación.
    de_tiempo_real: bool = False


_PAQUETE = os.path.dirname(os.path.abspath(__file__)) + os.sep


_donde = incompletos.donde


def _abortada(c: Control) -> Fallo:
    motivo = c.aborto or ""
    perdida = c.actualizaciones.perdida
    if motivo == "carrera_hilos" and perdida is not None:
        return Fallo(
            Veredicto.CARRERA,
            actualizaciones.evidencia(perdida, c.nombre_hilo),
            ("carrera_hilos", perdida.dato, perdida.lectura.linea, perdida.escritura.linea),
        )
    if motivo == "inseguro_entre_hilos" and c.inseguro is not None:
        actor, archivo, linea = c.inseguro
        ubic = _donde(archivo, linea)
        return Fallo(
            Veredicto.CARRERA,
            Evidencia(
                resumen=f"{actor} usa el bucle de asyncio desde otro hilo ({ubic}: {codigo(archivo, linea)}): "
                "despierta a una tarea o programa un callback sin avisar al bucle.",
                explicacion="Los objetos de asyncio (Event, Future, Queue, el propio bucle) no son seguros "
                "entre hilos: solo el hilo del bucle puede tocarlos. Desde otro hilo, el bucle puede no "
                "enterarse nunca y quedarse dormido para siempre (con `asyncio.run(main(), debug=True)` "
                "lanza RuntimeError). Pásaselo al bucle: `loop.call_soon_threadsafe(evento.set)` o "
                "`asyncio.run_coroutine_threadsafe(corrutina, loop)`.",
                ubicacion=ubic,
            ),
            ("inseguro", linea),
        )
    if motivo == "interbloqueo":
        partes = [
            f"{b.actor} espera {b.espera}"
            + (f", que tiene {b.tenido_por}" if b.tenido_por else "")
            + (f" ({_donde(b.archivo, b.linea)})" if b.archivo else "")
            for b in c.bloqueados
        ]
        actores = {x.actor for x in c.bloqueados}
        ciclo = any(b.tenido_por in actores for b in c.bloqueados)
        reentrante = any(b.tenido_por and "no es reentrante" in b.tenido_por for b in c.bloqueados)
        mismo_hilo = any(b.tenido_por and "mismo hilo del bucle" in b.tenido_por for b in c.bloqueados)
        join_del_bucle = any(b.espera.endswith("(join)") for b in c.bloqueados[:1])
        if join_del_bucle:
            expl = (
                "El programa principal espera con join() a un hilo que no puede terminar: ese hilo "
                "espera un candado, un evento o una cola que tiene otro hilo que también espera, o "
                "algo que solo el bucle de asyncio le daría (un resultado de "
                "run_coroutine_threadsafe, un callback), y el bucle está parado en el join(). "
                "Toma los candados siempre en el mismo orden y, dentro de una corrutina, espera "
                "a un hilo con `await asyncio.to_thread(hilo.join)`, no con join()."
            )
        elif mismo_hilo:
            expl = (
                "Un threading.Lock tomado por una tarea que cede en un await: cuando otra tarea "
                "del mismo bucle pide ese candado, bloquea el hilo del bucle entero, y la tarea "
                "que lo tiene ya no puede volver para soltarlo. En código async usa asyncio.Lock "
                "(async with), que cede el bucle mientras espera."
            )
        elif reentrante:
            expl = (
                "Una tarea intenta tomar un asyncio.Lock que ya tiene. asyncio.Lock no es "
                "reentrante: la tarea se espera a sí misma para siempre."
            )
        elif ciclo:
            expl = (
                "Cada tarea espera un candado que tiene otra tarea que también espera. Pasa "
                "cuando las tareas toman los candados en distinto orden, o esperan con un "
                "candado tomado a alguien que lo necesita."
            )
        else:
            expl = (
                "Todas las tareas esperan y no queda nada por hacer: ningún callback listo, "
                "ningún temporizador, ningún hilo trabajando. Nadie va a despertarlas: revisa "
                "quién debía activar ese evento, poner ese elemento en la cola o completar "
                "ese Future, también cuando algo falla por el camino."
            )
        muertas = _muertas_con_excepcion(c)
        return Fallo(
            Veredicto.INTERBLOQUEO,
            Evidencia(
                resumen="Interbloqueo: " + "; ".join(partes) + "." + muertas,
                explicacion=expl,
                bloqueados=list(c.bloqueados),
            ),
            ("interbloqueo", tuple(sorted((b.actor, b.linea) for b in c.bloqueados))),
        )
    textos = {
        "tiempo_virtual": (
            f"El programa siguió más de {c.tiempo_max_virtual:g} s virtuales sin terminar.",
            "Alguna tarea no termina nunca (un bucle con await que no acaba) o "
            "espera algo que tarda demasiado.",
        ),
        "pasos": (
            f"El bucle de eventos dio más de {c.max_pasos} pasos sin que el programa terminase.",
            "Las tareas se pasan el control sin parar y ninguna progresa (un bucle sin fin "
            "con await, o tareas que se esperan por turnos para siempre).",
        ),
        "lineas": (
            f"{c.actor} ejecutó más de un millón de líneas sin ceder el bucle de eventos "
            f"(última: {_donde(*(_ultima(c) or (None, None)))}).",
            "Un bucle que nunca hace await congela el bucle de eventos: ninguna otra tarea "
            "puede avanzar, así que lo que el bucle espera nunca llega.",
        ),
        "lineas_modulo": (
            f"El programa ejecutó más de un millón de líneas al cargarse, sin llegar a sus "
            f"corrutinas (última: {_donde(*(_ultima(c) or (None, None)))}).",
            "Un bucle sin fin en el nivel del módulo: el programa no termina nunca de cargar.",
        ),
        "lineas_totales": (
            "La ejecución pasó del presupuesto de líneas sin terminar ni fallar.",
            "En lo explorado no hubo fallos, pero el programa es demasiado largo para "
            "explorarlo entero: no es un aprobado. Prueba con datos más pequeños.",
        ),
        "tiempo_real": (
            "El programa superó el tiempo real permitido.",
            "Algo bloquea de verdad (E/S, un cálculo enorme o un hilo que no termina).",
        ),
        "hilo_no_modelado": (
            "Un hilo del ejecutor (to_thread/run_in_executor) se quedó parado de verdad, sin "
            "calcular, en una llamada que el motor no controla.",
            "Mientras ese hilo no para, el bucle de eventos no puede avanzar su reloj virtual. "
            "Suele ser E/S real o una espera en algo que el motor no modela (un candado o "
            "una cola de otra biblioteca): no se puede juzgar esa ejecución, no es un fallo "
            "del programa.",
        ),
    }
    if motivo == "hilo_propio":
        textos["hilo_propio"] = (
            "El programa corre un bucle de asyncio dentro de un hilo "
            f"({_donde(*(c.hilo_propio_en or (None, None)))}).",
            "El motor de asyncio controla un bucle, el del programa principal, con sus tareas y "
            "sus hilos (to_thread, run_in_executor, threading.Thread); un segundo bucle en otro "
            "hilo correría con un orden que pondría el sistema y el veredicto no sería fiable, "
            "así que no se da. No es un fallo del programa.",
        )
    if motivo == "bucle_parado" and c.bloqueos:
        return _bloqueos(c)  # ver vigia.py: una llamada bloqueante que no volvía
    resumen, expl = textos.get(motivo, (f"La ejecución se cortó ({motivo}).", ""))
    # Un bucle que nunca cede congela el bucle de eventos: es un bloqueo, no un cuelgue.
    veredicto = {
        "lineas": Veredicto.BUCLE_BLOQUEADO,
        "lineas_totales": Veredicto.PRESUPUESTO_AGOTADO,
        "hilo_no_modelado": Veredicto.NO_MODELADO,
        "hilo_propio": Veredicto.NO_MODELADO,
    }.get(motivo, Veredicto.CUELGUE)
    return Fallo(
        veredicto,
        Evidencia(resumen=resumen, explicacion=expl),
        ("cuelgue", motivo),
        de_tiempo_real=motivo in ("tiempo_real", "hilo_no_modelado"),
    )


def _muertas_con_excepcion(c: Control) -> str:
    """« Antes, Tarea-1 terminó con ValueError (x.py:9) y nadie lo vio.»: la tarea
    que debía despertar a las demás suele ser una que murió por el camino."""
    textos = []
    for t in c.tareas:
        if t.done() and not t.cancelled() and t.exception() is not None:
            exc = t.exception()
            assert exc is not None
            if isinstance(exc, Abortar):  # la cortó el propio motor (el fallo es este)
                continue
            donde = linea_del_alumno_en(exc.__traceback__, c.archivos)
            textos.append(
                f"{c.nombre_de(t)} terminó con {type(exc).__name__}: {exc} "
                f"({_donde(*(donde or (None, None)))})"
            )
    if not textos:
        return ""
    return " Antes, " + "; ".join(textos) + ", y nadie recogió la excepción."


def _ultima(c: Control) -> tuple[str, int] | None:
    if c.trazador is None:
        return None
    for ev in reversed(c.trazador.eventos):
        if not ev.accion:
            return ev.archivo, ev.linea
    return None


def _de_excepcion(c: Control, exc: BaseException) -> Fallo | None:
    if isinstance(exc, SystemExit):
        if exc.code in (None, 0):
            return None
        return Fallo(
            Veredicto.EXCEPCION,
            Evidencia(resumen=f"El programa terminó con sys.exit({exc.code!r})."),
            ("exit", str(exc.code)),
        )
    if isinstance(exc, FalloVeredicto):
        ev = exc.evidencia
        if c.pendientes and not ev.bloqueados:  # tareas que seguían trabajando cuando main falló
            ev.detalles.setdefault("pendientes_al_terminar", [p.actor for p in c.pendientes])
        return Fallo(exc.veredicto, ev, ("juez", exc.veredicto.value, ev.resumen))
    marcos = traceback.extract_tb(exc.__traceback__)
    if (marcos and marcos[-1].filename.startswith(_PAQUETE)) or not any(
        m.filename in c.archivos for m in marcos
    ):
        return Fallo(
            Veredicto.ERROR_INTERNO,
            Evidencia(
                resumen=f"fallo del verificador: por favor repórtalo ({type(exc).__name__}: {exc})",
                traza=traza_del_alumno(exc, c.archivos, completa=True),
            ),
            ("ajena", type(exc).__name__),
            excepcion=exc,
        )
    donde = linea_del_alumno_en(exc.__traceback__, c.archivos)
    traza = traza_del_alumno(exc, c.archivos)
    ubic = _donde(*(donde or (None, None)))
    if isinstance(exc, AssertionError):
        texto = str(exc) or (codigo(*donde) if donde else "assert")
        return Fallo(
            Veredicto.CARRERA,
            Evidencia(
                resumen=f"Falló una comprobación: {texto}", traza=traza, ubicacion=ubic
            ),
            ("assert", donde),
        )
    return Fallo(
        Veredicto.EXCEPCION,
        Evidencia(
            resumen=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
            traza=traza,
            ubicacion=ubic,
        ),
        ("excepcion", type(exc).__name__, donde),
    )


def _bloqueos(c: Control) -> Fallo:
    """`bucle_bloqueado`: el paso que más tiempo congeló el bucle de eventos."""
    b = max(c.bloqueos, key=lambda x: x.segundos)
    total = sum(x.segundos for x in c.bloqueos)
    unidad = "s reales" if b.real else "s"
    return Fallo(
        Veredicto.BUCLE_BLOQUEADO,
        Evidencia(
            resumen=f"{b.llamada} bloqueó el bucle de eventos {b.segundos:.3g} {unidad} "
            f"({_donde(b.archivo, b.linea)}, en {b.actor}); en total {len(c.bloqueos)} "
            f"bloqueo(s), {total:.3g} s.",
            explicacion="Mientras una corrutina hace una llamada bloqueante (time.sleep, un "
            "bucle que no cede, E/S síncrona), el bucle de eventos está congelado y ninguna "
            "otra tarea avanza: las esperas se suman en vez de solaparse. Una corrutina solo "
            "cede el control en sus await.",
            ubicacion=_donde(b.archivo, b.linea),
            detalles={
                "bloqueos": [
                    {
                        "tarea": x.actor,
                        "ubicacion": _donde(x.archivo, x.linea),
                        "segundos": round(x.segundos, 6),
                        "real": x.real,
                        "llamada": x.llamada,
                    }
                    for x in c.bloqueos
                ]
            },
        ),
        ("bloqueo", b.archivo, b.linea),
        de_tiempo_real=all(x.real for x in c.bloqueos),
    )


def clasificar(c: Control, exc: BaseException | None, esperado: Expectativas) -> Fallo | None:
    """El fallo de una ejecución terminada, o None si todo fue bien."""
    if c.aborto is not None:
        return _abortada(c)
    if c.no_esperadas:
        n = c.no_esperadas[0]
        ubic = _donde(n.archivo, n.linea)
        ev = Evidencia(
            resumen=f"La corrutina {n.nombre}() se creó en {ubic} y nunca se esperó: su trabajo "
            "no se hizo.",
            explicacion="Llamar a una función `async def` no ejecuta su cuerpo: solo crea una "
            "corrutina, y esta se quedó sin ejecutar hasta que el programa terminó. Python solo "
            "lo avisa con «coroutine ... was never awaited», que se pierde fácilmente.",
            ubicacion=ubic,
        )
        if isinstance(exc, FalloVeredicto):
            ev.esperado, ev.obtenido = exc.evidencia.esperado, exc.evidencia.obtenido
            ev.detalles["juez"] = exc.evidencia.resumen
        return Fallo(Veredicto.INCOMPLETO, ev, ("no_esperada", n.nombre, n.linea))
    canceladas = trabajo_perdido(c)
    if canceladas:
        return Fallo(Veredicto.INCOMPLETO, *incompletos.cancelada(canceladas))
    if c.excepciones_hilos:
        actor, perdida = c.excepciones_hilos[0]
        donde = linea_del_alumno_en(perdida.__traceback__, c.archivos)
        ubic = _donde(*(donde or (None, None)))
        return Fallo(
            Veredicto.EXCEPCION,
            Evidencia(
                resumen=f"{actor} terminó con una excepción: {type(perdida).__name__}: {perdida} ({ubic}).",
                explicacion="Una excepción en un hilo no llega al programa principal: el hilo muere, "
                "Python la imprime y el resto sigue como si nada, sin lo que ese hilo debía hacer.",
                traza=traza_del_alumno(perdida, c.archivos),
                ubicacion=ubic,
            ),
            ("excepcion_hilo", type(perdida).__name__, donde),
        )
    if c.perdidas:
        actor, perdida = c.perdidas[0]
        donde = linea_del_alumno_en(perdida.__traceback__, c.archivos)
        ubic = _donde(*(donde or (None, None)))
        return Fallo(
            Veredicto.EXCEPCION,
            Evidencia(
                resumen=f"{actor} terminó con {type(perdida).__name__}: {perdida} ({ubic}) y "
                "nadie recogió la excepción.",
                explicacion="Una excepción dentro de una tarea no se propaga sola: queda guardada "
                "en la tarea hasta que alguien la espera. Si nadie la espera, el error se pierde "
                "en silencio y el programa sigue como si nada.",
                traza=traza_del_alumno(perdida, c.archivos),
                ubicacion=ubic,
            ),
            ("perdida", type(perdida).__name__, donde),
        )
    if isinstance(exc, AssertionError):
        donde = linea_del_alumno_en(exc.__traceback__, c.archivos)
        lectura = c.lecturas.comprobacion_adelantada(*donde) if donde else None
        if lectura is not None:
            ev = incompletos.comprobacion_adelantada(lectura, exc, traza_del_alumno(exc, c.archivos))
            return Fallo(Veredicto.INCOMPLETO, ev, ("comprobacion_adelantada", lectura.nombre, lectura.linea))
    if exc is not None:
        fallo = _de_excepcion(c, exc)
        if fallo is not None:
            return fallo
    if c.bloqueos and not esperado.permitir_bloqueos:
        return _bloqueos(c)
    if c.pendientes and c.pendientes_al_salir:
        return Fallo(Veredicto.INCOMPLETO, *incompletos.pendientes_al_salir(c))
    if c.pendientes:
        p = c.pendientes[0]
        ubic = _donde(p.archivo, p.linea)
        return Fallo(
            Veredicto.INCOMPLETO,
            Evidencia(
                resumen=f"main terminó mientras {p.actor} seguía trabajando ({ubic}); asyncio la "
                "canceló y su trabajo se perdió.",
                explicacion="Crear una tarea la pone en marcha, pero asyncio.run cancela las "
                "tareas que siguen vivas cuando main termina. Si su trabajo importa, alguien "
                "tiene que esperar a que acabe.",
                bloqueados=list(c.pendientes),
                ubicacion=ubic,
            ),
            ("pendiente", p.actor, p.linea),
        )
    adelantada = c.lecturas.uso_adelantado()
    if adelantada is not None:
        return Fallo(Veredicto.INCOMPLETO, incompletos.uso_adelantado(adelantada),
                     ("uso_adelantado", adelantada.nombre, adelantada.linea))
    return _expectativas(c, esperado)


def _expectativas(c: Control, esperado: Expectativas) -> Fallo | None:
    duracion = c.fin_main if c.fin_main is not None else c.reloj
    # La duración máxima se mide solo sin esperas retrasadas (la primera
    # planificación de la estrategia mixta): con retrasos, lo concurrente también
    # tarda más. La mínima vale siempre: un retraso nunca acorta nada.
    if (
        esperado.duracion_maxima is not None
        and not c.decisiones
        and duracion > esperado.duracion_maxima + TOLERANCIA_VIRTUAL_S
    ):
        return Fallo(
            Veredicto.CUELGUE,
            Evidencia(
                resumen=f"Tardó {duracion:.3g} s virtuales; en paralelo bastaban "
                f"{esperado.duracion_maxima:.3g}.",
                explicacion="Las esperas se están haciendo una detrás de otra. Si cada corrutina "
                "se espera antes de lanzar la siguiente, nada ocurre a la vez y los tiempos se "
                "suman; lo concurrente tarda lo que la espera más larga.",
                esperado=f"≤ {esperado.duracion_maxima:.3g} s",
                obtenido=f"{duracion:.3g} s",
            ),
            ("lento",),
        )
    if (
        esperado.duracion_minima is not None
        and duracion < esperado.duracion_minima - TOLERANCIA_VIRTUAL_S
    ):
        return Fallo(
            Veredicto.SIN_CONCURRENCIA,
            Evidencia(
                resumen=f"Terminó en {duracion:.3g} s virtuales, menos que la espera más larga "
                f"({esperado.duracion_minima:.3g} s): el trabajo no se está esperando de verdad.",
                explicacion="El caso exige que las esperas sigan ahí; quitarlas no arregla la "
                "concurrencia, la esquiva.",
                esperado=f"≥ {esperado.duracion_minima:.3g} s",
                obtenido=f"{duracion:.3g} s",
            ),
            ("rapido",),
        )
    # Las tareas del alumno (sin main, si la hubo) más los trabajos del ejecutor.
    concurrentes = sum(c.nombre_de(t) != "main" for t in c.tareas) + c.trabajos_ejecutor
    if concurrentes < esperado.minimo_tareas:
        return Fallo(
            Veredicto.SIN_CONCURRENCIA,
            Evidencia(
                resumen=f"Solo se crearon {concurrentes} tareas concurrentes; el caso exige al "
                f"menos {esperado.minimo_tareas}.",
                explicacion="Sin tareas no hay concurrencia que comprobar: el ejercicio pide que "
                "el trabajo siga repartido entre varias tareas.",
                esperado=str(esperado.minimo_tareas),
                obtenido=str(concurrentes),
            ),
            ("pocas_tareas",),
        )
    return None


def completar(f: Fallo, c: Control, salida: str | None) -> None:
    """Añade a la evidencia lo común: línea de tiempo, salida, tiempos virtuales
    y, si el fallo necesita que alguna espera se retrase, cuánto retraso basta."""
    ev = f.evidencia
    if c.trazador is not None and not ev.linea_tiempo:
        ev.linea_tiempo = linea_de_tiempo(c.trazador.eventos)
    if salida and not ev.salida:
        ev.salida = salida
    ev.cambios_de_contexto = len(c.decisiones)
    ev.detalles.setdefault("tiempo_virtual_s", round(c.reloj, 6))
    if c.fin_main is not None:
        ev.detalles.setdefault("duracion_main_virtual_s", round(c.fin_main, 6))
    ev.detalles.setdefault("tareas", [c.nombre_de(t) for t in c.tareas])
    ev.detalles.setdefault("plan", {k: round(d, 6) for k, d in c.decisiones.items()})
    if c.decisiones and f.veredicto is not Veredicto.ERROR_INTERNO:
        clave = max(c.decisiones, key=lambda k: c.decisiones[k])
        retraso = c.decisiones[clave]
        quien = c.retrasados.get(clave, "una tarea")
        ev.detalles.setdefault("retraso_s", round(retraso, 6))
        texto = segundos_legibles(retraso)
        previo = ev.resumen.rstrip()
        if previo and not previo.endswith((".", "!", "?")):
            previo += "."
        ev.resumen = (
            f"{previo} Falla cuando una espera de {quien} termina {texto} más tarde: "
            f"el programa solo funciona si ninguna tarea se retrasa más de {texto}."
        )
        aviso = (
            "En una ejecución real una espera no dura exactamente lo que dice: la E/S varía, "
            "y en una máquina cargada una tarea lista puede tardar en reanudarse. El orden "
            "entre tareas no puede depender de cuánto duran los sleep: espera a la tarea "
            "(await, gather), o usa un Event, una Queue o un Lock."
        )
        ev.explicacion = f"{ev.explicacion}\n\n{aviso}" if ev.explicacion else aviso
