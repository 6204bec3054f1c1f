"""Plugin de pytest de los jueces: fixture `alumno`, veredictos, eventos e informe.

Se carga con `-p verificador.juez.plugin` dentro del proceso hijo que lanza
`verificador.ejecucion`. Traduce cada resultado de pytest a un veredicto:

- FalloVeredicto                      -> su veredicto y su evidencia;
- el tiempo agotado de pytest-timeout -> `cuelgue` (o `presupuesto_agotado` si
  vence dentro de un motor, que detecta los cuelgues por su cuenta);
- otra excepción salida del código del alumno -> `excepcion` con la traza recortada;
- una excepción de nuestro código (juez o motor) -> `error_interno`, «fallo del
  verificador: por favor repórtalo», con la traza entera.

"Del alumno" se decide por los marcos de la traza: si alguno es de sus archivos
la excepción salió de su código, salvo que el marco más interno visible sea de
`verificador` (un fallo nuestro mientras corría su código). Los marcos con
`__tracebackhide__ = True` (convención de pytest) no cuentan: un motor que imita
un error de `threading` lo lanza desde un marco oculto para que se le atribuya
al alumno.

Cada repetición terminada se anuncia en el descriptor VERIFICADOR_EVENTOS_FD
(un JSON por línea). El esquema está en docs/arquitectura.md.

El informe final viaja firmado: antes de cargar ningún código del alumno
(`pytest_configure`) el plugin lee de VERIFICADOR_SECRETO_FD un secreto de esta
ejecución y cierra el descriptor; al final de la sesión manda por la tubería
de eventos `{"evento": "informe", "datos": ..., "firma": HMAC-SHA256}` y, ya
cerrado pytest (`pytest_unconfigure`, el último), espera a los hilos que no son
daemon como haría Python y termina con `os._exit(codigo)`: ningún `atexit` del
alumno corre después del informe, y un `exec` posterior cambiaría el código de
salida, que el padre compara con el del informe. Un informe sin firma válida no
cuenta. Con VERIFICADOR_INFORME (uso a mano) se escribe además en ese archivo.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import threading
import traceback
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import verificador
from verificador.juez.alumno import Alumno, marcos_visibles
from verificador.juez.canal import ENV_SECRETO, evento_firmado, leer_secreto
from verificador.juez.semillas import derivar_semilla
from verificador.veredictos import Evidencia, FalloVeredicto, Veredicto

# Fixtures de los motores: solo las que existen (se escriben en paralelo).
pytest_plugins = [
    _nombre
    for _nombre in (
        "verificador.juez.hilos",
        "verificador.juez.asincrono",
        "verificador.juez.procesos",
    )
    if importlib.util.find_spec(_nombre) is not None
]

ENV_DIRECTORIO = "VERIFICADOR_ALUMNO_DIR"
ENV_ARCHIVOS = "VERIFICADOR_ARCHIVOS"
ENV_SEMILLA = "VERIFICADOR_SEMILLA"
ENV_INFORME = "VERIFICADOR_INFORME"
ENV_EVENTOS = "VERIFICADOR_EVENTOS_FD"

_PARAM_REPETICION = "__pytest_repeat_step_number"
_MENSAJE_TIMEOUT = re.compile(r"^Timeout \(>([0-9.]+)s\) from pytest-timeout")
_LLAMADA_FALLIDA = re.compile(r"^(?:[\w<>]+\.)*(\w+)\(\) ")
_PAQUETE = os.path.dirname(os.path.abspath(verificador.__file__)) + os.sep
_DATOS = _PAQUETE + "_datos" + os.sep
_INTERNO = "fallo del verificador: por favor repórtalo"


# ---------------------------------------------------------------------- estado
@dataclass
class _Prueba:
    """Lo que se sabe de un ítem de pytest (una prueba en una repetición)."""

    nodeid: str
    repeticion: int
    semilla: int
    veredicto: Veredicto | None = None
    evidencia: Evidencia | None = None
    cifras: dict[str, int] = field(default_factory=dict)
    parametros: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Estado:
    directorio: str | None
    archivos: list[str]
    semilla: int
    informe: str | None
    eventos_fd: int | None
    repeticiones_pedidas: int
    total: int = 0
    ejecutadas: int = 0
    aprobadas: int = 0
    repeticion_maxima: int = 0
    cifras: dict[str, int] = field(default_factory=dict)
    parametros: list[dict[str, Any]] = field(default_factory=list)
    fallo: dict[str, Any] | None = None
    interrumpido: bool = False
    actual: _Prueba | None = None
    clasificador: Alumno | None = None
    secreto: bytes | None = None
    codigo_final: int | None = None


_estado: _Estado | None = None


def anotar(**cifras: int) -> None:
    """Suma cifras (p. ej. `planificaciones=40`) a la repetición en curso.

    La llaman las fixtures de los motores (o `alumno.anotar`). Fuera de una
    sesión del plugin no hace nada, así los motores se pueden usar sin pytest.
    """
    estado = _estado
    if estado is None or estado.actual is None:
        return
    for nombre, valor in cifras.items():
        estado.actual.cifras[nombre] = estado.actual.cifras.get(nombre, 0) + int(valor)


def anotar_parametros(**parametros: Any) -> None:
    """Apunta los parámetros de la repetición en curso (van a `parametros` del informe)."""
    estado = _estado
    if estado is not None and estado.actual is not None:
        estado.actual.parametros.update(parametros)


def _emitir(evento: dict[str, Any]) -> None:
    estado = _estado
    if estado is None or estado.eventos_fd is None:
        return
    datos = (json.dumps(evento, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        while datos:
            escritos = os.write(estado.eventos_fd, datos)
            datos = datos[escritos:]
    except OSError:
        estado.eventos_fd = None  # el padre ya no escucha: seguimos sin eventos


# ------------------------------------------------------------ configuración
def _archivos_de_reto(directorio: Path) -> list[str]:
    """Para quien ejecuta un juez a mano: los `archivos` del reto.toml vecino."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    with open(directorio / "reto.toml", "rb") as f:
        return list(tomllib.load(f).get("archivos", []))


def pytest_configure(config: pytest.Config) -> None:
    global _estado
    # Se leen y se borran del entorno: el código del alumno no tiene por qué
    # encontrar dónde va el informe (no es una defensa completa: ver README).
    informe = os.environ.pop(ENV_INFORME, None)
    eventos = os.environ.pop(ENV_EVENTOS, None)
    secreto = leer_secreto(os.environ.pop(ENV_SECRETO, None))
    directorio = os.environ.get(ENV_DIRECTORIO)
    archivos = [a for a in os.environ.get(ENV_ARCHIVOS, "").split(os.pathsep) if a]
    try:
        semilla = int(os.environ.get(ENV_SEMILLA, "0"))
    except ValueError as error:
        raise pytest.UsageError(
            f"{ENV_SEMILLA} debe ser un entero: {os.environ.get(ENV_SEMILLA)!r}"
        ) from error
    _estado = _Estado(
        directorio=directorio,
        archivos=archivos,
        semilla=semilla,
        informe=informe,
        eventos_fd=int(eventos) if eventos and eventos.isdigit() else None,
        repeticiones_pedidas=int(getattr(config.option, "count", 1) or 1),
        secreto=secreto,
    )
    if directorio and archivos:
        _estado.clasificador = Alumno(directorio, archivos, semilla)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    global _estado
    estado, _estado = _estado, None
    if estado is None or estado.secreto is None or estado.codigo_final is None:
        return
    # Con informe firmado, el proceso acaba aquí: como Python, se espera a los
    # hilos que no son daemon (y a los procesos de multiprocessing), pero no
    # corre ningún atexit del alumno después del informe.
    for hilo in threading.enumerate():
        if hilo is not threading.main_thread() and not hilo.daemon:
            hilo.join()
    utilidades = sys.modules.get("multiprocessing.util")
    salida_mp = getattr(utilidades, "_exit_function", None)
    if callable(salida_mp):
        try:  # noqa: SIM105
            salida_mp()
        except Exception:
            pass
    for flujo in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:  # noqa: SIM105
            if flujo is not None:
                flujo.flush()
        except Exception:
            pass
    os._exit(estado.codigo_final)


@pytest.fixture
def alumno(request: pytest.FixtureRequest) -> Generator[Alumno, None, None]:
    """Los archivos del alumno y la semilla de esta repetición."""
    estado = _estado
    assert estado is not None, "el plugin verificador.juez.plugin no está configurado"
    directorio, archivos = estado.directorio, estado.archivos
    if not directorio:
        directorio = str(request.path.parent)
    if not archivos:
        archivos = _archivos_de_reto(Path(directorio))
    if estado.clasificador is None:
        estado.clasificador = Alumno(directorio, archivos, estado.semilla)
    sujeto = Alumno(directorio, archivos, _semilla_de(request.node, estado.semilla),
                    _repeticion_de(request.node))
    try:
        yield sujeto
    finally:
        sujeto.cerrar()


def _repeticion_de(item: pytest.Item) -> int:
    callspec = getattr(item, "callspec", None)
    paso = callspec.params.get(_PARAM_REPETICION, 0) if callspec else 0
    return int(paso) + 1


def _semilla_de(item: pytest.Item, base: int) -> int:
    return derivar_semilla(base, _repeticion_de(item))


# ------------------------------------------------------------- clasificación
_MOTORES = tuple(_PAQUETE + m + os.sep for m in ("motor", "asincrono", "procesos"))


def _en_un_motor(error: BaseException) -> bool:
    """¿Venció el reloj de la prueba mientras un motor exploraba o ejecutaba el programa?

    Los motores de hilos y de asyncio encuentran los cuelgues contando pasos
    (y una llamada bloqueada fuera de ellos por tiempo de CPU: `no_modelado`);
    el de procesos, con su propio reloj efectivo, que descuenta lo que el
    programa esperó a tener una CPU libre. Que a ellos se les acabe el reloj
    de pared dice que la máquina iba lenta, no que el programa se cuelgue.
    """
    return any(marco.f_code.co_filename.startswith(_MOTORES)
               for marco, _linea in traceback.walk_tb(error.__traceback__))


def _es_nuestro(archivo: str) -> bool:
    return archivo.startswith(_PAQUETE) and not archivo.startswith(_DATOS)


def _error_interno(error: BaseException, resumen: str | None = None) -> tuple[Veredicto, Evidencia]:
    texto = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return Veredicto.ERROR_INTERNO, Evidencia(
        resumen=resumen or f"{_INTERNO} ({type(error).__name__}: {error})",
        explicacion="El verificador o el juez del reto fallaron; no es un veredicto sobre tu "
        "programa. Copia la traza al informar del fallo.",
        traza=texto,
    )


def _interfaz_rota(error: BaseException, alumno: Alumno) -> tuple[Veredicto, Evidencia] | None:
    """El juez llamó al alumno y la llamada no encaja: falta la función o cambió su firma."""
    objeto = getattr(error, "obj", None) if isinstance(error, AttributeError) else None
    if isinstance(objeto, type(sys)) and alumno.es_del_alumno(str(getattr(objeto, "__file__", ""))):
        nombre = getattr(error, "name", None) or str(error)
        archivo = Path(str(objeto.__file__)).name
        return Veredicto.EXCEPCION, Evidencia(
            resumen=f"{archivo} ya no define `{nombre}`, que el juez necesita.",
            explicacion="El juez llama a las funciones del archivo original. Arregla el "
            "programa sin quitar ni renombrar sus funciones.",
            obtenido=f"{type(error).__name__}: {error}",
        )
    if isinstance(error, TypeError):
        coincide = _LLAMADA_FALLIDA.match(str(error))
        if coincide:
            nombre = coincide.group(1)
            for modulo in list(sys.modules.values()):
                funcion = getattr(modulo, nombre, None)
                codigo = getattr(funcion, "__code__", None)
                if codigo is not None and alumno.es_del_alumno(codigo.co_filename):
                    return Veredicto.EXCEPCION, Evidencia(
                        resumen=f"El juez no puede llamar a {nombre}(): {error}.",
                        explicacion="Cambiaste los parámetros de la función. El juez la llama "
                        "con los nombres y valores por defecto del archivo original: "
                        "mantenlos.",
                        obtenido=f"TypeError: {error}",
                        ubicacion=f"{Path(codigo.co_filename).name}:{codigo.co_firstlineno}",
                    )
    return None


def clasificar(error: BaseException, alumno: Alumno | None) -> tuple[Veredicto, Evidencia]:
    """El veredicto que merece una excepción salida de una prueba del juez."""
    if isinstance(error, FalloVeredicto):
        if error.veredicto is Veredicto.APROBADO:
            return _error_interno(error, f"{_INTERNO} (FalloVeredicto con veredicto aprobado)")
        return error.veredicto, error.evidencia
    if alumno is None:
        return _error_interno(error)
    mensaje = str(error)
    coincide = _MENSAJE_TIMEOUT.match(mensaje) if isinstance(error, pytest.fail.Exception) else None
    if coincide:
        segundos = coincide.group(1)
        if _en_un_motor(error):
            return Veredicto.PRESUPUESTO_AGOTADO, Evidencia(
                resumen=f"El juez no acabó en {segundos} s de reloj: la máquina va demasiado "
                "lenta para recorrer las planificaciones de este caso a tiempo.",
                explicacion="No es un veredicto sobre tu programa: el motor detecta los cuelgues "
                "contando pasos, no segundos, y seguía trabajando cuando venció el reloj. Vuelve "
                "a intentarlo con la máquina más libre (no cuenta como intento fallido).",
                detalles={"limite_s": float(segundos)},
            )
        return Veredicto.CUELGUE, Evidencia(
            resumen=f"El programa no terminó en {segundos} s (el límite de cada repetición).",
            explicacion="Suele ser un bucle sin fin, una espera que nadie despierta (join, "
            "get, wait, acquire) o hilos o procesos esperándose entre sí. La ubicación es "
            "la línea en la que estaba tu programa cuando se agotó el tiempo.",
            ubicacion=alumno.ubicacion(error),
            traza=alumno.recortar_traza(error, con_excepcion=False),
            detalles={"limite_s": float(segundos)},
        )
    marcos = marcos_visibles(error.__traceback__)
    del_alumno = any(alumno.es_del_alumno(m.f_code.co_filename) for m, _ in marcos)
    if not del_alumno:
        return _interfaz_rota(error, alumno) or _error_interno(error)
    if marcos and _es_nuestro(marcos[-1][0].f_code.co_filename):
        return _error_interno(error)
    tipo = type(error).__name__
    if isinstance(error, SystemExit):
        resumen = f"El programa llamó a sys.exit({error.code!r}) mientras el juez lo probaba."
        explicacion = (
            "El juez llama a tus funciones: no deben terminar el proceso. Devuelve el "
            "resultado o lanza una excepción en vez de salir."
        )
    elif isinstance(error, pytest.skip.Exception):
        resumen = "El programa pidió a pytest que se saltara la prueba."
        explicacion = "Saltarse la prueba no la aprueba."
    else:
        resumen = (
            f"El programa lanzó {tipo}: {mensaje}" if mensaje else f"El programa lanzó {tipo}."
        )
        explicacion = (
            "Una excepción que nadie capturó interrumpió tu programa. La traza muestra solo "
            "tus líneas, de la llamada más externa a la que falló."
        )
    return Veredicto.EXCEPCION, Evidencia(
        resumen=resumen,
        explicacion=explicacion,
        ubicacion=alumno.ubicacion(error),
        traza=alumno.recortar_traza(error),
        detalles={
            "traza_completa": "".join(
                traceback.format_exception(type(error), error, error.__traceback__)
            )
        },
    )


# ------------------------------------------------------------------- ganchos
def pytest_collectreport(report: pytest.CollectReport) -> None:
    estado = _estado
    if estado is None or not report.failed or estado.fallo is not None:
        return
    estado.fallo = {
        "veredicto": Veredicto.ERROR_INTERNO.value,
        "evidencia": Evidencia(
            resumen=f"{_INTERNO} (el juez {report.nodeid or '?'} no se pudo cargar)",
            explicacion="El archivo del juez falla al importarse; no es un veredicto sobre "
            "tu programa.",
            traza=report.longreprtext,
        ).a_dict(),
        "repeticion": 0,
        "semilla_repeticion": None,
        "prueba": report.nodeid,
    }


def pytest_collection_finish(session: pytest.Session) -> None:
    estado = _estado
    if estado is None:
        return
    estado.total = len(session.items)
    _emitir(
        {
            "evento": "inicio",
            "total": estado.total,
            "repeticiones": estado.repeticiones_pedidas,
            "semilla": estado.semilla,
        }
    )


def _registrar(prueba: _Prueba, error: BaseException, item: pytest.Item) -> None:
    if prueba.veredicto is not None:
        return  # cuenta el primer fallo de la prueba (setup antes que call y teardown)
    estado = _estado
    alumno = estado.clasificador if estado else None
    try:
        prueba.veredicto, prueba.evidencia = clasificar(error, alumno)
    except Exception as fallo:  # nunca dejar una prueba fallida sin veredicto
        prueba.veredicto, prueba.evidencia = _error_interno(fallo)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    resultado = yield
    estado = _estado
    if estado is None or estado.actual is None:
        return
    informe = resultado.get_result()
    if (informe.failed or informe.skipped) and call.excinfo is not None:
        _registrar(estado.actual, call.excinfo.value, item)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, Any, None]:
    estado = _estado
    if estado is None:
        yield
        return
    prueba = _Prueba(item.nodeid, _repeticion_de(item), _semilla_de(item, estado.semilla))
    estado.actual = prueba
    resultado = yield
    estado.actual = None
    if resultado.excinfo is not None:
        # KeyboardInterrupt, pytest.exit(), SystemExit de pytest...: pytest los relanza.
        _registrar(prueba, resultado.excinfo[1], item)
        estado.interrumpido = True
    _cerrar_prueba(estado, prueba, item.session)


def _cerrar_prueba(estado: _Estado, prueba: _Prueba, sesion: pytest.Session) -> None:
    estado.ejecutadas += 1
    estado.repeticion_maxima = max(estado.repeticion_maxima, prueba.repeticion)
    for nombre, valor in prueba.cifras.items():
        estado.cifras[nombre] = estado.cifras.get(nombre, 0) + valor
    if prueba.parametros:
        estado.parametros.append({"repeticion": prueba.repeticion, "semilla": prueba.semilla,
                                  **prueba.parametros})
    veredicto = prueba.veredicto or Veredicto.APROBADO
    if veredicto is Veredicto.APROBADO:
        estado.aprobadas += 1
    elif estado.fallo is None:
        # -x solo cuenta fallos; un salto (pytest.skip del alumno) también debe parar.
        sesion.shouldfail = sesion.shouldfail or "verificador: primer veredicto de fallo"
        estado.fallo = {
            "veredicto": veredicto.value,
            "evidencia": prueba.evidencia.a_dict() if prueba.evidencia else None,
            "repeticion": prueba.repeticion,
            "semilla_repeticion": prueba.semilla,
            "prueba": prueba.nodeid,
        }
    _emitir(
        {
            "evento": "repeticion",
            "i": estado.ejecutadas,
            "total": estado.total,
            "repeticion": prueba.repeticion,
            "prueba": prueba.nodeid,
            "veredicto": veredicto.value,
            "planificaciones": prueba.cifras.get("planificaciones", 0),
        }
    )


def _fallo_sin_veredicto(estado: _Estado, codigo: int) -> dict[str, Any] | None:
    """Si la sesión acabó sin fallo pero no aprobó todas las pruebas, el porqué."""
    if estado.total > 0 and estado.aprobadas == estado.total and codigo == 0:
        return None
    if estado.interrumpido:
        resumen = "La sesión del juez se interrumpió antes de terminar."
        veredicto = Veredicto.EXCEPCION
    elif estado.total == 0:
        resumen = f"{_INTERNO} (el juez no tiene pruebas)"
        veredicto = Veredicto.ERROR_INTERNO
    else:
        resumen = (
            f"{_INTERNO} (el juez terminó con código {codigo} tras aprobar "
            f"{estado.aprobadas} de {estado.total} pruebas)"
        )
        veredicto = Veredicto.ERROR_INTERNO
    return {
        "veredicto": veredicto.value,
        "evidencia": Evidencia(resumen=resumen).a_dict(),
        "repeticion": estado.repeticion_maxima,
        "semilla_repeticion": None,
        "prueba": None,
    }


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    estado = _estado
    if estado is None:
        return
    codigo = int(exitstatus)
    if codigo == int(pytest.ExitCode.INTERRUPTED):
        estado.interrumpido = True
    fallo = estado.fallo or _fallo_sin_veredicto(estado, codigo)
    informe = {
        "version": 1,
        "repeticiones": estado.repeticion_maxima,
        "repeticiones_pedidas": estado.repeticiones_pedidas,
        "pruebas": estado.total,
        "ejecutadas": estado.ejecutadas,
        "aprobadas": estado.aprobadas,
        "planificaciones": estado.cifras.get("planificaciones", 0),
        "cifras": estado.cifras,
        "parametros": estado.parametros,
        "semilla": estado.semilla,
        "interrumpido": estado.interrumpido,
        "codigo_salida": codigo,
        "fallo": fallo,
    }
    _emitir({"evento": "fin", "veredicto": fallo["veredicto"] if fallo else "aprobado"})
    if estado.secreto is not None:
        _emitir(evento_firmado(estado.secreto, informe))
        estado.codigo_final = codigo
    if estado.informe:
        escribir_json_atomico(Path(estado.informe), informe)


def escribir_json_atomico(ruta: Path, datos: dict[str, Any]) -> None:
    """Escribe en un temporal del mismo directorio y lo renombra: o todo o nada."""
    temporal = ruta.with_name(f".{ruta.name}.{os.getpid()}.tmp")
    with open(temporal, "w", encoding="utf-8") as f:
        json.dump(datos, f, ensure_ascii=False, default=str)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporal, ruta)
