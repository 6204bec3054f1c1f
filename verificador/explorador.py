"""`python -m verificador.explorador PROGRAMA.py`: explora un programa y escribe el resultado.

Es el proceso hijo de `verificar explorar` (el CLI nunca ejecuta código del
alumno en su propio proceso). Elige el motor (procesos si usa multiprocessing
o ProcessPoolExecutor, asyncio si usa asyncio, hilos si no), explora y manda
`Resultado.a_dict()` (más el código de salida) firmado por el canal de
`verificador.juez.canal`; a mano, sin canal, lo escribe en --informe o en stdout.
Códigos de salida: 0 nada encontrado, 1 fallo encontrado, 2 uso incorrecto,
3 fallo del verificador.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

from verificador.juez.canal import Emisor
from verificador.programas import usa_asyncio, usa_procesos
from verificador.veredictos import Evidencia, Resultado, Veredicto


def _escribir(ruta: Path | None, resultado: Resultado, codigo: int, emisor: Emisor | None) -> None:
    if emisor is not None:  # el canal firmado, leído antes de cargar el programa
        emisor.enviar({**resultado.a_dict(), "codigo_salida": codigo})
        return
    datos = json.dumps(resultado.a_dict(), ensure_ascii=False, default=str)
    if ruta is None:
        sys.__stdout__.write(datos + "\n")
        return
    temporal = ruta.with_suffix(".tmp")
    temporal.write_text(datos, encoding="utf-8")
    os.replace(temporal, ruta)


def _no_carga(ruta: Path, error: SyntaxError, semilla: int) -> Resultado:
    linea = error.lineno or 0
    texto = (error.text or "").rstrip()
    return Resultado(
        Veredicto.NO_CARGA, 0, semilla, 0.0,
        Evidencia(
            resumen=f"Error de sintaxis en {ruta.name}:{linea}: {error.msg}",
            explicacion="Python no puede ni empezar a ejecutar el archivo. Corrige esa línea y vuelve a probar.",
            ubicacion=f"{ruta.name}:{linea}",
            traza=f"{texto}\n{' ' * max(0, (error.offset or 1) - 1)}^" if texto else None,
        ),
    )


def principal(argv: list[str] | None = None) -> int:
    emisor = Emisor.desde_entorno()  # local: ningún módulo lo guarda
    analizador = argparse.ArgumentParser(prog="python -m verificador.explorador")
    analizador.add_argument("programa", type=Path)
    analizador.add_argument("--semilla", type=int, default=0)
    analizador.add_argument("--planificaciones", type=int, default=None)
    analizador.add_argument("--estrategia", default=None)
    analizador.add_argument("--informe", type=Path, default=None)
    argv = list(sys.argv[1:] if argv is None else argv)
    argumentos: list[str] = []
    if "--" in argv:
        corte = argv.index("--")
        argv, argumentos = argv[:corte], argv[corte + 1:]
    opciones = analizador.parse_args(argv)
    ruta: Path = opciones.programa.resolve()
    if not ruta.is_file():
        sys.stderr.write(f"No existe el archivo {ruta}\n")
        return 2
    fuente = ruta.read_text(encoding="utf-8", errors="replace")
    inicio = time.monotonic()
    try:
        compile(fuente, str(ruta), "exec")
    except SyntaxError as error:
        _escribir(opciones.informe, _no_carga(ruta, error, opciones.semilla), 1, emisor)
        return 1
    try:
        if usa_procesos(fuente):  # procesos reales (spawn, perturbados): verificador/procesos
            from verificador import procesos

            resultado = procesos.explorar_script(
                ruta, argv=argumentos, semilla=opciones.semilla,
                planificaciones=opciones.planificaciones)
        elif usa_asyncio(fuente):
            from verificador import asincrono

            nombre_base = (opciones.estrategia or "").split(":", 1)[0]
            if opciones.estrategia is not None and nombre_base not in asincrono.ESTRATEGIAS:
                sys.stderr.write(f"Estrategia desconocida: {opciones.estrategia!r}. "
                                 f"Usa una de: {', '.join(asincrono.ESTRATEGIAS)}.\n")
                return 2
            resultado = asincrono.explorar_script(
                ruta, argv=argumentos, planificaciones=opciones.planificaciones,
                semilla=opciones.semilla, estrategia=opciones.estrategia)
        else:
            from verificador import motor

            if opciones.estrategia is not None and opciones.estrategia not in motor.ESTRATEGIAS:
                sys.stderr.write(f"Estrategia desconocida: {opciones.estrategia!r}. "
                                 f"Usa una de: {', '.join(motor.ESTRATEGIAS)}.\n")
                return 2
            resultado = motor.explorar_script(
                ruta, argv=argumentos, planificaciones=opciones.planificaciones,
                semilla=opciones.semilla, estrategia=opciones.estrategia)
    except Exception as error:
        resultado = Resultado(
            Veredicto.ERROR_INTERNO, 0, opciones.semilla, time.monotonic() - inicio,
            Evidencia(resumen=f"fallo del verificador: por favor repórtalo ({type(error).__name__}: {error})",
                      traza=traceback.format_exc()),
        )
        _escribir(opciones.informe, resultado, 3, emisor)
        return 3
    if resultado.repetir is None and not resultado.aprobado:
        resultado.repetir = f"verificar explorar {ruta.name} --semilla {opciones.semilla}"
    _escribir(opciones.informe, resultado, 0 if resultado.aprobado else 1, emisor)
    sys.stdout.flush()
    # Threads of the program may still be parked or stuck in an unmodelled call:
    # leave without waiting for them.
    os._exit(0 if resultado.aprobado else 1)


if __name__ == "__main__":
    sys.exit(principal())
