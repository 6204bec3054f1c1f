"""El lado del hijo en la retención (`retencion.py`): dónde para y cuándo entrega.

`retencion.py` carga este módulo por su ruta (como `_verificador_procesos_retenido`)
en cada proceso instrumentado con semilla. Aquí están también los archivos de
coordinación que comparten el principal y los hijos (`tocar`, `borrar`, `hay`,
`marca`): una marca es un archivo vacío en la carpeta de la ejecución y, para las
que no se pueden perder, también un aviso al ejecutor.

Un hijo que el principal arrancó queda **retenido** en su primer efecto visible
para otro proceso (`retener`), hasta que el principal lo suelta (`suelta-<pid>`).
Tras entregarlo (`confirmar`, `entregado-<pid>`) el relevo puede soltar al
siguiente. Si se bloquea antes (`bloqueado-<pid>`) o anuncia que espera algo
(`espera-<pid>`), el turno también acaba. Un hijo ya soltado puede quedar en
**pausa** (`pausa-<pid>`) cuando el principal vuelve de una espera de verdad:
para en su próximo efecto hasta que se borre la marca.
"""

from __future__ import annotations

import contextlib
import os
import time
from typing import Any

# Cada cuánto mira un hijo retenido si ya lo soltaron (segundos).
PERIODO_S = 0.002
# Cada cuántas vueltas de esas se pregunta al ejecutor (por si borraron la carpeta).
CONSULTA_CADA = 10
# Suma de `time.sleep` de un hijo tras la que cuenta como «esperando a otro» (segundos).
SUENO_HIJO_S = 1.0
# Vueltas de 0,25 ms que un hijo espera a que el alimentador de una `Queue` escriba su
# primer `put` antes de darlo por entregado (una tubería llena: nadie lee todavía).
VUELTAS_ALIMENTADOR = 400

_h: Any = None
_dir = ""
_activa = False  # con semilla: hay retención en este proceso
_dormir = time.sleep  # el de verdad (el principal lo sustituye)

_retenido = False  # este hijo espera en su primer efecto a que lo suelten
_anunciado = False  # ya anunció `espera-<pid>`
_sueno_hijo = 0.0  # lo que lleva dormido antes de anunciarse
_por_confirmar = False  # soltado por el relevo y aún sin entregar su primer efecto
_bloqueado = False  # puso `bloqueado-<pid>`: se bloqueó desde la última vez que llegó a su efecto
_serie = False  # relevo en serie: el turno dura hasta que acaba (bloquearse también lo cierra)


def marca(nombre: str) -> None:
    """Al ejecutor (no se puede borrar) y como archivo (lo más rápido de mirar)."""
    _h._enviar(nombre, {})
    tocar(nombre)  # sin carpeta (borrada), queda la consulta al ejecutor


def tocar(nombre: str) -> bool:
    """Crea el archivo de coordinación `nombre` (vacío); False si no se pudo."""
    try:
        os.close(os.open(os.path.join(_dir, nombre), os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError:
        return False
    return True


def borrar(nombre: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(os.path.join(_dir, nombre))


def existe(nombre: str) -> bool:
    return os.path.exists(os.path.join(_dir, nombre))


def hay(nombre: str, pregunta: str, vuelta: int) -> bool:
    """¿Existe la marca? El archivo en cada vuelta; el ejecutor, cada `CONSULTA_CADA` vueltas."""
    if existe(nombre):
        return True
    return vuelta % CONSULTA_CADA == 0 and _h.consultar(pregunta) is True


def retener() -> None:
    """Antes de cada efecto de un hijo: si está retenido (el primero) o en pausa, espera."""
    global _retenido, _por_confirmar
    if not _retenido:
        if _activa:
            pausa = os.path.join(_dir, f"pausa-{os.getpid()}")
            while os.path.exists(pausa):  # sin la carpeta (borrada), sigue
                _dormir(PERIODO_S)
        return
    _retenido = False
    _quitar_bloqueado()  # ya está en su efecto: lo que esperó antes no cuenta para su turno
    _h._enviar(f"retenido-{os.getpid()}.json", {"t": time.time()})
    vuelta = 0
    while not hay(f"suelta-{os.getpid()}", "suelto", vuelta):
        vuelta += 1
        _dormir(PERIODO_S)
    _por_confirmar = True


def _poner_bloqueado() -> None:
    """Un hijo que aún no entregó su primer efecto se bloquea: quizá espera a un retenido
    (el candado que tiene otro, parado en su efecto). Si es su turno, el relevo sigue."""
    global _bloqueado
    if not _bloqueado:
        _bloqueado = True
        tocar(f"bloqueado-{os.getpid()}")  # sin la marca, el turno acaba por la red de seguridad


def _quitar_bloqueado() -> None:
    global _bloqueado
    if _bloqueado:
        _bloqueado = False
        borrar(f"bloqueado-{os.getpid()}")


def confirmar(cola: Any = None) -> None:
    """Tras el primer efecto de un hijo soltado: el relevo puede soltar al siguiente.

    Con `cola` (un `put` de `multiprocessing.Queue`), el dato lo escribe después
    el hilo alimentador: se espera a que lo haya escrito (búfer vacío y alimentador
    de nuevo parado), como mucho `VUELTAS_ALIMENTADOR` vueltas.
    """
    global _por_confirmar
    if not _por_confirmar or _serie:
        return  # en serie no hay «primer efecto entregado»: el turno sigue hasta que acaba
    _por_confirmar = False
    bufer, aviso = getattr(cola, "_buffer", None), getattr(cola, "_notempty", None)
    if bufer is not None and aviso is not None:
        for _ in range(VUELTAS_ALIMENTADOR):
            if not bufer and getattr(aviso, "_waiters", None):
                break
            _dormir(0.00025)
    marca(f"entregado-{os.getpid()}")


def anunciar_espera() -> None:
    """El hijo va a bloquearse (o a esperar a otro): lo anuncia una vez; si aún no
    entregó su primer efecto, deja además `bloqueado-<pid>` (su turno acaba)."""
    global _anunciado
    if _retenido or _por_confirmar:
        _poner_bloqueado()
    if not _anunciado and _h._raiz:
        _anunciado = True
        marca(f"espera-{os.getpid()}")


def dormido(segundos: float) -> None:
    """El hijo durmió `segundos`: dormir mucho en total cuenta como esperar a otro."""
    global _sueno_hijo
    if not _anunciado:
        _sueno_hijo += segundos
        if _sueno_hijo >= SUENO_HIJO_S:
            anunciar_espera()  # duerme mucho: quizá sondea algo que hace otro hijo


def activa_su_reaccion() -> bool:
    """¿Interesa aún en qué espera este hijo? Hasta anunciarse, y mientras no haya
    entregado su primer efecto (el relevo lo espera)."""
    return not _anunciado or _retenido or _por_confirmar


def instalar(hijo: Any, retenido: bool, serie: bool = False) -> None:
    global _h, _dir, _activa, _retenido, _serie
    _h = hijo
    _dir = hijo._dir
    _activa = hijo._semilla is not None
    _retenido = retenido
    _serie = serie
