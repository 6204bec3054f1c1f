"""Del resultado de una ejecución a un veredicto: lo que no depende del caso.

Lo usan los jueces de los retos (`verificador.juez.procesos`) y `verificar
explorar` (`verificador.procesos.explorar`): no carga, excepción en cualquier
proceso, cuelgue con lo que esperaba cada uno, salida con código de error.
Funciones puras sobre una `Ejecucion`: no lanzan nada, devuelven
`(Veredicto, Evidencia)` o `None`.
"""

from __future__ import annotations

import linecache
import os
from typing import Any

from verificador.procesos import diagnostico as _diag
from verificador.procesos import orden as _orden
from verificador.procesos.ejecutor import Ejecucion
from verificador.veredictos import Evidencia, Paso, Veredicto

# Caracteres de la salida del programa que se guardan en la evidencia.
MAX_SALIDA = 4000
# Lista más larga que se muestra entera entre los parámetros de la evidencia.
MAX_ELEMENTOS = 20

Fallo = tuple[Veredicto, Evidencia]


def evidencia(
    veredicto: Veredicto,
    ejecucion: Ejecucion,
    resumen: str,
    *,
    explicacion: str = "",
    esperado: str | None = None,
    obtenido: str | None = None,
    traza: str | None = None,
    ubicacion: str | None = None,
    bloqueados: list[Any] | None = None,
    con_errores: bool = True,
) -> Evidencia:
    """La evidencia de un veredicto sobre `ejecucion` (con los procesos y parámetros)."""
    linea_tiempo = []
    if veredicto is Veredicto.CARRERA:
        linea_tiempo = (_diag.linea_tiempo(ejecucion.carreras) if ejecucion.carreras
                        else _diag.linea_desorden(ejecucion.desordenes))
    salida = ejecucion.salida
    if con_errores and ejecucion.errores.strip():
        salida += "\n--- salida de errores ---\n" + ejecucion.errores
    return Evidencia(
        resumen=resumen,
        explicacion=explicacion,
        esperado=esperado,
        obtenido=obtenido,
        bloqueados=bloqueados or [],
        linea_tiempo=linea_tiempo,
        traza=traza or None,
        salida=salida[-MAX_SALIDA:] if salida.strip() else None,
        ubicacion=ubicacion,
        detalles={"motor": "procesos", **resumen_ejecucion(ejecucion)},
    )


def resumen_ejecucion(ejecucion: Ejecucion) -> dict[str, Any]:
    """Lo que se probó en una ejecución (para la evidencia y para auditar un aprobado)."""
    return {
        "parametros": resumir(ejecucion.parametros),
        "semilla_perturbacion": ejecucion.semilla,
        "duracion_s": round(ejecucion.duracion_s, 3),
        "procesos": [
            {
                "pid": p.pid,
                "nombre": p.nombre,
                "rol": p.rol,
                "vivo": p.vivo,
                "codigo_salida": p.codigo_salida,
                "ejecuto_alumno": p.ejecuto_alumno,
                "envios": p.envios,
            }
            for p in ejecucion.procesos
            if p.rol != "auxiliar"
        ],
    }


def resumir(valor: Any, profundidad: int = 0) -> Any:
    """Parámetros para la evidencia: las listas largas se acortan (los lotes del reto 9)."""
    if isinstance(valor, dict):
        return {k: resumir(v, profundidad + 1) for k, v in valor.items()}
    if isinstance(valor, (list, tuple)):
        if len(valor) > MAX_ELEMENTOS or profundidad > 2:
            muestra = [resumir(v, profundidad + 1) for v in valor[:5]]
            return [*muestra, f"... ({len(valor)} elementos)"]
        return [resumir(v, profundidad + 1) for v in valor]
    return valor


def clasificar(
    ejecucion: Ejecucion, limite: float, quietud_s: float | None, *, completa: bool = False
) -> Fallo | None:
    """El fallo que no depende del caso (no carga, excepción, cuelgue...), o None."""
    resultado = ejecucion.resultado or {}
    alumnos = ejecucion.alumnos

    def recortar(traza: str) -> str:
        return _diag.recortar_traza(traza, alumnos, completa=completa)

    if resultado.get("estado") == "no_carga":
        return Veredicto.NO_CARGA, evidencia(
            Veredicto.NO_CARGA,
            ejecucion,
            f"Error de sintaxis: {resultado.get('mensaje', '')}"
            if resultado.get("mensaje") != "el archivo está vacío"
            else f"{resultado.get('ubicacion')}: el archivo está vacío.",
            ubicacion=resultado.get("ubicacion"),
        )
    if resultado.get("estado") == "sin_funcion":
        return Veredicto.NO_CARGA, evidencia(
            Veredicto.NO_CARGA, ejecucion, str(resultado.get("mensaje"))
        )
    traza = str(resultado.get("traza") or "")
    conocido = _diag.error_conocido(ejecucion.errores + "\n" + traza)
    if conocido is not None:
        resumen, explicacion = conocido
        texto = traza or ejecucion.errores
        if ejecucion.colgado or ejecucion.fatal:
            explicacion += (
                " Además, el programa principal se quedó esperando a unos "
                "procesos que no podían arrancar."
            )
        return Veredicto.EXCEPCION, evidencia(
            Veredicto.EXCEPCION,
            ejecucion,
            resumen,
            explicacion=explicacion,
            traza=_diag.primera_traza(recortar(texto)),
            ubicacion=_diag.ubicacion(texto, alumnos),
            obtenido=_diag.ultima_excepcion(texto) or None,
            con_errores=False,  # cada hijo que muere lo repite: la traza lo dice una vez
        )
    fallidos = [p for p in ejecucion.hijos if p.rol == "hijo" and p.codigo_salida not in (None, 0)]
    if fallidos and resultado.get("estado") == "ok" and _sin_gestor(ejecucion.errores):
        # El principal ya había devuelto su resultado y, al salir, cerró el Manager
        # con un hijo aún trabajando: la excepción del hijo es la consecuencia.
        return Veredicto.INCOMPLETO, evidencia(
            Veredicto.INCOMPLETO,
            ejecucion,
            f"El programa principal terminó mientras {_diag.actor(fallidos[0])} seguía "
            "trabajando: al cerrarse el Manager, el hijo ya no pudo entregar su parte "
            f"({_diag.ultima_excepcion(ejecucion.errores)}).",
            explicacion="El principal usó los resultados antes de que el hijo acabara: una "
            "espera con plazo que vence (o ninguna espera) no garantiza que el trabajo esté "
            "hecho. Lo que el hijo aún tenía que escribir se perdió.",
            traza=recortar(ejecucion.errores),
            ubicacion=_diag.ubicacion(ejecucion.errores, alumnos),
        )
    # Un hijo que falla a propósito y cuyo `exitcode` comprueba el principal está gestionado.
    vistos = set(resultado.get("fallos_vistos") or [])
    if resultado.get("estado") == "ok":
        fallidos = [p for p in fallidos if p.pid not in vistos]
    if fallidos and resultado.get("estado") == "excepcion" and _sin_gestor(ejecucion.errores):
        # main falló, su `with Manager()` se cerró al salir la excepción y los hijos que aún
        # usaban sus proxies murieron por eso: el fallo que cuenta es el de main (abajo)
        fallidos = []
    if fallidos and "Traceback" in ejecucion.errores:
        # Antes que el cuelgue: un hijo muerto suele ser el PORQUÉ de que otros esperen.
        ultima = _diag.ultima_excepcion(ejecucion.errores)
        colgado = " y el resto del programa se quedó esperándolo" if ejecucion.colgado else ""
        return Veredicto.EXCEPCION, evidencia(
            Veredicto.EXCEPCION,
            ejecucion,
            f"El proceso {_diag.actor(fallidos[0])} terminó con una excepción{colgado}: {ultima}",
            explicacion="Una excepción en un proceso hijo no llega al programa principal: "
            "el hijo muere, su trabajo se pierde y el principal sigue como si nada (o espera "
            "para siempre algo que el hijo ya no enviará).",
            traza=recortar(ejecucion.errores),
            ubicacion=_diag.ubicacion(ejecucion.errores, alumnos),
            bloqueados=_diag.bloqueados(ejecucion.procesos, alumnos) if ejecucion.colgado else None,
        )
    perdida = _excepcion_perdida(ejecucion)
    if perdida is not None:
        return perdida
    interbloqueo = _interbloqueo(ejecucion)
    if interbloqueo is not None:
        return interbloqueo
    if ejecucion.sin_decidir:
        return Veredicto.PRESUPUESTO_AGOTADO, evidencia(
            Veredicto.PRESUPUESTO_AGOTADO,
            ejecucion,
            f"La máquina está demasiado cargada: en {ejecucion.duracion_s:.0f} s de reloj el "
            f"programa solo pudo avanzar {ejecucion.efectivo_s:.1f} s (el límite es {limite:g} s), "
            "y no se puede saber si se habría colgado.",
            explicacion="No es un veredicto sobre tu programa: sus procesos pasaron casi todo el "
            "tiempo esperando una CPU libre. Vuelve a probar con la máquina menos ocupada "
            "(cierra otros programas pesados); la misma semilla dará el mismo veredicto.",
        )
    if ejecucion.colgado:
        respondio = (
            " (ya había devuelto su resultado, pero no pudo terminar)"
            if resultado.get("estado") == "ok"
            else ""
        )
        if ejecucion.sin_avance:
            resumen = (
                f"El programa se quedó parado{respondio}: todos sus procesos "
                f"llevaban {quietud_s or 0:g} s esperando sin plazo y ninguno avanzaba."
            )
        else:
            resumen = f"El programa no terminó en {limite:g} s{respondio}."
        return Veredicto.CUELGUE, evidencia(
            Veredicto.CUELGUE,
            ejecucion,
            resumen,
            explicacion="Cuando un programa con procesos se cuelga, alguien espera algo que "
            "nunca llegará: un elemento de una cola que nadie pone, un proceso que no "
            "puede terminar porque su cola no se vació, o un join a quien también está "
            "esperando. Mira qué espera cada proceso.",
            bloqueados=_diag.bloqueados(ejecucion.procesos, alumnos),
        )
    if resultado.get("estado") == "excepcion":
        return Veredicto.EXCEPCION, evidencia(
            Veredicto.EXCEPCION,
            ejecucion,
            f"El programa lanzó {resultado.get('tipo')}: {resultado.get('mensaje')}",
            traza=recortar(traza),
            ubicacion=_diag.ubicacion(traza, alumnos),
        )
    if ejecucion.resultado is None:
        return Veredicto.EXCEPCION, evidencia(
            Veredicto.EXCEPCION,
            ejecucion,
            "El programa terminó de golpe sin devolver su resultado"
            f" (código de salida {ejecucion.codigo_salida}).",
            explicacion="¿Hay un os._exit, o un proceso que mata al principal?",
        )
    if resultado.get("estado") == "salida" and resultado.get("codigo") not in (0, None):
        return Veredicto.EXCEPCION, evidencia(
            Veredicto.EXCEPCION, ejecucion, f"El programa llamó a sys.exit({resultado.get('codigo')})."
        )
    return None


def _vigente(ejecucion: Ejecucion, arista: dict[str, Any]) -> bool:
    """Una arista de candados siempre cuenta; una con el fin de un proceso (`join()`), solo si
    al colgarse su proceso seguía parado justo ahí: el hijo pidió el candado antes y ya lo
    soltó, o espera otra cosa, no forma el ciclo."""
    if not any(str(arista.get(c)).startswith("proceso-") for c in ("tenia", "pide")):
        return True
    proceso = next((p for p in ejecucion.procesos if p.pid == arista.get("pid")), None)
    parado = _diag.parado_en(proceso, ejecucion.alumnos) if proceso is not None else None
    return parado == (os.path.basename(str(arista.get("archivo"))), arista.get("linea"))


def _a_la_vez(ejecucion: Ejecucion, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """¿Pudieron ocurrir a la vez las aristas `a` y `b` de dos procesos? No si el programa
    esperó el fin de uno antes de lanzar al otro, ni si la de un proceso se anotó antes de
    que arrancara la rama de sus descendientes donde está el otro."""
    procesos = {p.pid: p for p in ejecucion.procesos}
    pa, pb = procesos.get(a.get("pid") or 0), procesos.get(b.get("pid") or 0)
    if pa is None or pb is None or pa.pid == pb.pid:
        return True
    if not pa.pudo_coincidir(pb):
        return False
    for antepasado, otro, arista in ((pa, pb, a), (pb, pa, b)):
        rama, vistos = otro, set()
        while rama.padre in procesos and rama.padre != antepasado.pid and rama.pid not in vistos:
            vistos.add(rama.pid)
            rama = procesos[rama.padre]
        lanzados = arista.get("lanzados")
        if rama.padre == antepasado.pid and isinstance(lanzados, list) and rama.pid not in lanzados:
            return False
    return True


def _interbloqueo(ejecucion: Ejecucion) -> Fallo | None:
    """Dos o más procesos piden los mismos candados en órdenes que forman un ciclo.

    No depende de que esta vez se colgara: las aristas se anotan antes de esperar
    (ver `orden.py`), así que el veredicto es el mismo en cada vuelta. Un ciclo que
    pasa por un `join()` (el principal espera a un hijo teniendo el candado que el
    hijo pide) solo cuenta si la ejecución se colgó.
    """
    ciclo = _orden.ciclo([a for a in ejecucion.ordenes if _vigente(ejecucion, a)], colgado=ejecucion.colgado,
                         compatibles=lambda a, b: _a_la_vez(ejecucion, a, b))
    if ciclo is None:
        return None
    procesos = {f"proceso-{p.pid}": p.nombre or f"el proceso {p.pid}" for p in ejecucion.procesos}
    nombres: dict[str, str] = {}
    for arista in ciclo:
        for clave in ("tenia", "pide"):
            recurso = str(arista[clave])
            if not recurso.startswith("proceso-"):
                nombres.setdefault(recurso, f"candado {len(nombres) + 1}")
    pasos = []
    for arista in ciclo:
        tenia, pide = str(arista["tenia"]), str(arista["pide"])
        donde = f"{os.path.basename(str(arista.get('archivo')))}:{arista.get('linea')}"
        quien = arista.get("proceso")
        if pide.startswith("proceso-"):
            teniendo = "" if tenia.startswith("proceso-") else f" teniendo el {nombres[tenia]}"
            pasos.append(f"{quien} espera con join() a que termine {procesos.get(pide, 'otro proceso')}"
                         f"{teniendo} ({donde})")
        elif tenia.startswith("proceso-"):
            pasos.append(f"{quien} pide el {nombres[pide]} ({donde})")
        else:
            pasos.append(f"{quien} tiene el {nombres[tenia]} y pide el {nombres[pide]} ({donde})")
    primera = ciclo[0]
    if any(str(a["pide"]).startswith("proceso-") for a in ciclo):
        resumen = "Un proceso espera a otro que no puede terminar: " + "; ".join(pasos) + "."
        explicacion = ("join() espera a que el proceso termine, y ese proceso espera el candado "
                       "que tiene quien hace join(): ninguno puede seguir. Suelta el candado antes "
                       "de esperar a los procesos (sal del `with` antes de los join()).")
    else:
        colgado = " y esta vez se quedó colgado" if ejecucion.colgado else ""
        resumen = f"Los procesos toman los mismos candados en orden distinto{colgado}: " + "; ".join(pasos) + "."
        explicacion = ("Si cada proceso consigue su primer candado antes de que el otro pida "
                       "el segundo, los dos se esperan para siempre. Que esta vez uno llegara antes no lo "
                       "arregla: depende de quién arranque primero. Toma los candados siempre en el mismo "
                       "orden en todos los procesos (o usa uno solo).")
    return Veredicto.INTERBLOQUEO, evidencia(
        Veredicto.INTERBLOQUEO,
        ejecucion,
        resumen,
        explicacion=explicacion,
        ubicacion=f"{os.path.basename(str(primera.get('archivo')))}:{primera.get('linea')}",
        bloqueados=_diag.bloqueados(ejecucion.procesos, ejecucion.alumnos)
        if ejecucion.colgado else None,
    )


_ERRORES_DE_CONEXION = ("FileNotFoundError", "ConnectionRefusedError", "ConnectionResetError",
                        "BrokenPipeError", "EOFError")


def _sin_gestor(errores: str) -> bool:
    """¿Murió un hijo al usar un proxy de un Manager que ya no existía?"""
    ultima = _diag.ultima_excepcion(errores) or ""
    return "multiprocessing/managers.py" in errores and ultima.startswith(_ERRORES_DE_CONEXION)


def _excepcion_perdida(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia] | None:
    """Una tarea de un Pool o de un ProcessPoolExecutor lanzó una excepción que nadie recogió
    (lo anota `perdidos.py`): el trabajador sigue con otra tarea y el error se pierde en
    silencio, aunque el principal acabe bien."""
    resultado = ejecucion.resultado or {}
    perdidas = resultado.get("excepciones_perdidas") or []
    if resultado.get("estado") != "ok" or not perdidas:
        return None
    p = perdidas[0]
    base, linea = os.path.basename(str(p.get("archivo"))), int(str(p.get("linea") or 0))
    otras = f" (y {len(perdidas) - 1} más)" if len(perdidas) > 1 else ""
    como = ("Llama a .result() (o .exception()) de cada futuro" if p.get("metodo") == "submit"
            else "Llama a .get() de cada resultado, o pasa un error_callback,")
    ev = evidencia(
        Veredicto.EXCEPCION,
        ejecucion,
        f"La tarea {p.get('funcion')} que se encargó con {p.get('metodo')}() en {base}:{linea} "
        f"lanzó {p.get('tipo')}: {p.get('mensaje')}{otras}, y nadie recogió esa excepción: el "
        "programa acabó como si todo hubiera ido bien.",
        explicacion="Una excepción dentro de un trabajador de un Pool o de un "
        "ProcessPoolExecutor no se ve en ningún sitio: se guarda en el resultado de la tarea "
        "y solo aparece cuando alguien lo pide. Si nadie lo pide, el trabajo de esa tarea se "
        f"pierde sin aviso. {como} aunque la tarea no devuelva nada.",
        ubicacion=f"{base}:{linea}",
    )
    ev.linea_tiempo = [Paso("MainProcess", base, linea, linecache.getline(str(p.get("archivo")), linea).strip(),
                            f"encarga {p.get('funcion')} y nunca mira cómo acabó")]
    return Veredicto.EXCEPCION, ev
