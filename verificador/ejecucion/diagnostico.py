"""El veredicto cuando el hijo no dejó informe: se decide con lo que vio el padre.

Orden de las causas (de la más a la menos segura): tiempo agotado, inundación
de salida, muerte por señal, fallo interno de pytest, tiempo agotado de
pytest-timeout con su método de hilo (que termina con os._exit), y por último
"terminó sin informe" (os._exit o sys.exit del intento al cargarse).
"""

from __future__ import annotations

import signal

from verificador.ejecucion.aislado import Ejecucion
from verificador.veredictos import Evidencia, Veredicto

__all__ = ["diagnosticar", "diagnosticar_cuelgue"]

_COLA = 3000  # caracteres del final de la salida que van a la evidencia

_SENALES: dict[int, str] = {
    signal.SIGSEGV: "un fallo de segmentación (SIGSEGV)",
    signal.SIGABRT: "una terminación abortada (SIGABRT)",
    signal.SIGKILL: "SIGKILL (suele ser falta de memoria o que alguien lo mató)",
    signal.SIGXCPU: "agotar el tiempo de CPU permitido (SIGXCPU)",
    signal.SIGXFSZ: "escribir un archivo más grande de lo permitido (SIGXFSZ)",
    signal.SIGTERM: "SIGTERM",
}


def diagnosticar_cuelgue(ejecucion: Ejecucion, *, despues_del_juez: bool = False) -> Evidencia:
    """Evidencia de un cuelgue detectado por el reloj del padre."""
    segundos = (
        f"{ejecucion.limite_s:.0f}" if ejecucion.limite_s >= 10 else f"{ejecucion.limite_s:g}"
    )
    if despues_del_juez:
        resumen = (
            f"El programa no terminó: el juez acabó, pero el proceso siguió vivo hasta el "
            f"límite de {segundos} s y se mató su grupo de procesos."
        )
        explicacion = (
            "Quedó algo en marcha al final: un hilo que no es daemon y no termina, o un "
            "proceso hijo sin terminar. Python espera a esos hilos antes de salir."
        )
    else:
        resumen = (
            f"El programa no terminó en {segundos} s: se agotó el tiempo y se mató su grupo "
            "de procesos."
        )
        explicacion = (
            "Suele ser un bucle sin fin, una espera que nadie despierta (join, get, wait, "
            "acquire) o hilos o procesos esperándose entre sí. Si tu programa captura todas "
            "las excepciones (`except:` o `except BaseException`), también captura el aviso "
            "de tiempo agotado y no llega a pararse."
        )
    return Evidencia(
        resumen=resumen,
        explicacion=explicacion,
        salida=ejecucion.cola(_COLA) or None,
        detalles={"limite_s": ejecucion.limite_s, "duracion_s": round(ejecucion.duracion_s, 3)},
    )


def diagnosticar(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia]:
    """Veredicto y evidencia de una ejecución que terminó sin informe."""
    cola = ejecucion.cola(_COLA) or None
    if ejecucion.tiempo_agotado:
        return Veredicto.CUELGUE, diagnosticar_cuelgue(ejecucion)
    if ejecucion.inundacion:
        megas = ejecucion.bytes_salida / (1024 * 1024)
        return Veredicto.CUELGUE, Evidencia(
            resumen=f"El programa escribió más de {megas:.0f} MiB de salida sin terminar: se "
            "detuvo y se mató su grupo de procesos.",
            explicacion="Una salida sin fin casi siempre es un bucle que no termina con un "
            "print dentro. Revisa la condición de salida del bucle.",
            salida=cola,
            detalles={"bytes_salida": ejecucion.bytes_salida},
        )
    if ejecucion.senal is not None:
        causa = _SENALES.get(ejecucion.senal, ejecucion.nombre_senal or str(ejecucion.senal))
        return Veredicto.EXCEPCION, Evidencia(
            resumen=f"El proceso del juez murió por {causa}.",
            explicacion="Algo mató al intérprete mientras probaba tu programa: demasiada "
            "memoria, demasiada CPU, un archivo enorme o una señal enviada por el propio "
            "programa. Mira el final de la salida.",
            salida=cola,
            detalles={"senal": ejecucion.nombre_senal},
        )
    salida = ejecucion.salida
    if "INTERNALERROR" in salida:
        return Veredicto.ERROR_INTERNO, Evidencia(
            resumen="fallo del verificador: por favor repórtalo (pytest falló por dentro).",
            explicacion="No es un veredicto sobre tu programa.",
            traza=cola,
        )
    if "+ Timeout +" in salida:
        # pytest-timeout con método "thread": vuelca las pilas y termina con os._exit(1).
        return Veredicto.CUELGUE, Evidencia(
            resumen="El programa no terminó en el tiempo de cada repetición.",
            explicacion="Suele ser un bucle sin fin o una espera que nadie despierta. La "
            "salida muestra dónde estaba cada hilo.",
            salida=cola,
        )
    return Veredicto.EXCEPCION, Evidencia(
        resumen=f"El proceso terminó (código {ejecucion.codigo_salida}) antes de que el juez "
        "acabara: el programa cortó la ejecución.",
        explicacion="Tu programa terminó el proceso entero, por ejemplo con os._exit() o con "
        "sys.exit() al cargarse. El juez importa tu archivo y llama a sus funciones: el "
        'código que termina el programa debe ir dentro de `if __name__ == "__main__":`.',
        salida=cola,
        detalles={"codigo_salida": ejecucion.codigo_salida},
    )
