"""El principal pierde la CPU entre ver vacía una cola y preguntar si el hijo vive (solo con semilla).

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_tras_vacia`)
en cada proceso instrumentado; solo actúa en el principal y con semilla.

    while p.is_alive():
        while not cola.empty():
            datos.append(cola.get())

parece leerlo todo, pero en una ejecución real el hijo puede poner sus últimos
elementos y terminar justo entre el `empty()` que dio verdadero y el
`is_alive()` que da falso: el principal sale del bucle y esos elementos se
quedan en la tubería. En una máquina tranquila casi nunca pasa (el principal
sondea sin parar y el hijo tarda en morir); con carga, sí.

Con semilla, el orden se impone: cuando el código del alumno, en el principal,
pregunta `is_alive()` por uno de sus hijos vivos después de haber visto vacía
una cola (`empty()` verdadero o `get_nowait()` sin nada, y ningún `get()` con
éxito después), el principal se aparta: suelta a sus hijos (retenidos o en
pausa) y no sigue hasta que cada uno

- ha terminado,
- aguarda la pausa siguiente (abajo), ya con un `put` hecho en esta,
- anuncia que espera algo (quizá al principal), o
- lleva `QUIETO_S` de pared sin gastar CPU y sin ningún hilo listo para correr
  (estado `R` en /proc: con carga, un hijo que espera CPU no está quieto),

o hasta que la tubería de esa cola se llena (nadie podría terminar sin que
alguien lea), o pasan `SEGURIDAD_S` de pared (una llamada que aquí no se
modela).

Del lado de los hijos, una vez que el principal se apartó así (`sondea`), cada
`put` espera (`aguarda-<pid>`) a una pausa del principal (`en-pausa`,
`tras-vacia-<n>`) que nadie haya usado: el primero que la reclama
(`puesto-<n>`, creado en exclusiva) hace su `put`; los demás esperan a la
siguiente. Un hijo deja de esperar solo cuando el principal lleva `QUIETO_S`
dormido (sin CPU y sin hilos listos: espera otra cosa), no porque la máquina
tarde en darle CPU. Un solo `put` por cada vez que el principal vio la cola vacía: el
último lote llega siempre con el principal apartado y su hijo termina antes de
que vuelva, con uno o con varios productores, sin que la carga lo decida. Con
límites (`PUTS_MAXIMOS` por hijo, `AGUARDA_S` por `put` y `PRESUPUESTO_S` en
total, contados solo mientras el principal duerme; `SEGURIDAD_S` de pared); un
`join()` del principal borra `sondea`: los hijos siguen solos.

Es un orden que cualquier sistema puede dar (el principal se queda sin CPU un
rato), una vez por cada vez que vio la cola vacía. Un programa correcto (que
vuelve a mirar la cola cuando el hijo ya no vive, o que espera el centinela)
no cambia de resultado; uno que se fía de `is_alive()` pierde el último lote en
cada veredicto, no según la carga.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

QUIETO_S = 0.2  # sin CPU del hijo en este tiempo de pared: está bloqueado (quizá en el principal)
SEGURIDAD_S = 10.0  # nunca más que esto de pared
PERIODO_S = 0.002
PIPE_BUF = 4096
PUTS_MAXIMOS = 50  # puts de un hijo que esperan a que el principal se aparte
AGUARDA_S = 1.0  # lo más que espera un put a que el principal se aparte (con el principal dormido)
PRESUPUESTO_S = 3.0  # lo más que esperan en total los puts de un hijo (con el principal dormido)

_retencion: Any = None
_colas: Any = None
_hijo: Any = None  # retenido.py: las marcas de coordinación
_vez = 0  # en el principal: cuántas veces se apartó
_ultima = 0  # en un hijo: la última pausa del principal que vio (y quizá usó)
_puts = 0
_gastado = 0.0
_pid_raiz = 0  # el principal (el proceso del alumno que lanzó a los hijos)


def _casi_llena(cola: Any) -> bool:
    """¿Está la tubería de la cola tan llena que quien escribe en ella ya puede estar bloqueado?

    Una escritura de hasta `PIPE_BUF` bytes (4096 en Linux) es atómica: espera a que
    quepa entera. Con menos de eso libre, el hijo puede estar parado en su `put`."""
    try:
        import fcntl
        import termios

        fd = cola._reader.fileno()
        capacidad = fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ)  # type: ignore[attr-defined]
        pendiente = bytearray(4)
        fcntl.ioctl(fd, termios.FIONREAD, pendiente)
    except (ImportError, AttributeError, OSError, ValueError):
        return False
    return int.from_bytes(pendiente, sys.byteorder) >= max(capacidad - PIPE_BUF, capacidad // 2)


def apartarse(proceso: Any) -> None:
    """`is_alive()` del alumno tras ver vacía una cola: los hijos avanzan mientras el principal espera."""
    pid = getattr(proceso, "_popen", None) and proceso.pid
    if not pid or proceso not in _retencion._lanzados or _retencion._termino(pid):
        return  # (la cola vista vacía sigue pendiente para el siguiente hijo que pregunte)
    cola = _colas.tomar_vista_vacia()
    if cola is None:
        return
    global _vez
    vivos = [p.pid for p in _retencion._lanzados if p.pid and not _retencion._termino(p.pid)]
    esperaban = {v for v in vivos if _hijo.existe(f"espera-{v}")}
    _vez += 1
    _hijo.tocar(f"tras-vacia-{_vez}")
    _hijo.tocar("en-pausa")
    _hijo.tocar("sondea")
    try:
        for v in vivos:
            _retencion._soltar(v)  # retenidos o en pausa: todos pueden llegar a su put
        _apartado(vivos, cola, esperaban)
    finally:
        _hijo.borrar("en-pausa")


class _Quietud:
    """Desde cuándo un proceso no gasta CPU ni tiene hilos listos para correr."""

    def __init__(self, pid: int, ahora: float) -> None:
        self.pid = pid
        self.cpu = _retencion._cpu(pid)
        self.desde = ahora

    def quieto(self, ahora: float) -> float:
        """Segundos de pared que lleva quieto (0 si ahora mismo corre o espera CPU)."""
        gastado = _retencion._cpu(self.pid)
        if gastado != self.cpu or _retencion._ejecutable(self.pid):
            self.cpu, self.desde = gastado, ahora
        return ahora - self.desde


def _parado(pid: int, esperaban: set[int]) -> bool:
    """¿El hijo ya no va a hacer nada más en esta pausa (terminó, aguarda otra, espera algo)?"""
    if _retencion._termino(pid):
        return True
    if _hijo.existe(f"aguarda-{pid}") and _hijo.existe(f"puesto-{_vez}"):
        return True  # ya hubo un put en esta pausa: el suyo u otro
    return pid not in esperaban and _hijo.existe(f"espera-{pid}")


def _apartado(vivos: list[int], cola: Any, esperaban: set[int]) -> None:
    """El principal, parado, hasta que cada hijo acabe, aguarde la pausa siguiente, espere algo o
    se quede quieto, o la tubería se llene."""
    inicio = time.monotonic()
    quietud = {v: _Quietud(v, inicio) for v in vivos}
    while not _casi_llena(cola):
        _retencion._dormir(PERIODO_S)
        ahora = time.monotonic()
        if ahora - inicio >= SEGURIDAD_S:
            return
        if all(_parado(v, esperaban) or quietud[v].quieto(ahora) >= QUIETO_S for v in vivos):
            return


def dejar_de_sondear() -> None:
    """El principal espera de verdad a un hijo (`join()`): los puts ya no esperan su pausa."""
    if _hijo is not None and _vez:
        _hijo.borrar("sondea")


def _reclamar(vez: int) -> bool:
    """El primer hijo que reclama la pausa `vez` hace en ella su put (uno solo por pausa)."""
    try:
        os.close(os.open(os.path.join(_hijo._dir, f"puesto-{vez}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except OSError:
        return False
    return True


def _esperar_turno() -> None:
    """En un hijo, antes de un `put`: si el principal sondea, espera a una pausa suya libre."""
    global _ultima, _puts, _gastado
    if _puts >= PUTS_MAXIMOS or _gastado >= PRESUPUESTO_S or not _hijo.existe("sondea"):
        return
    _puts += 1
    marca = f"aguarda-{os.getpid()}"
    _hijo.tocar(marca)
    inicio = anterior = time.monotonic()
    principal = _Quietud(_pid_raiz, inicio)
    dormido = 0.0  # pared con el principal quieto: lo único que cuenta para rendirse
    try:
        while dormido < AGUARDA_S and _hijo.existe("sondea"):
            ahora = time.monotonic()
            if ahora - inicio >= SEGURIDAD_S:
                break
            if principal.quieto(ahora) > 0:
                dormido += ahora - anterior
            anterior = ahora
            vez = _ultima
            while _hijo.existe(f"tras-vacia-{vez + 1}"):
                vez += 1
            if vez > _ultima and _hijo.existe("en-pausa"):
                _ultima = vez
                if _reclamar(vez):
                    return
            _retencion._dormir(PERIODO_S)
        _puts = PUTS_MAXIMOS  # el principal ya no sondea así: este hijo sigue solo
    finally:
        _gastado += dormido
        _hijo.borrar(marca)


def instalar(hijo: Any) -> None:
    global _retencion, _colas, _hijo, _pid_raiz
    if hijo._semilla is None:
        return
    _pid_raiz = hijo._raiz
    _retencion = sys.modules.get("_verificador_procesos_retencion")
    _colas = sys.modules.get("_verificador_procesos_colas")
    if _retencion is None or _colas is None or _retencion._hijo is None:
        return
    _hijo = _retencion._hijo
    if os.getpid() != hijo._raiz:
        _instalar_hijo()
        return
    import multiprocessing.process as proceso

    original = proceso.BaseProcess.is_alive

    def is_alive(self: Any) -> bool:
        # Sin una cola vista vacía pendiente no hay nada que hacer: ni mirar la pila (se sondea
        # en bucles apretados, y la envoltura de retencion.py ya la mira).
        if _colas._vista_vacia is not None and _retencion.del_alumno():
            apartarse(self)
        return bool(original(self))

    join_original = proceso.BaseProcess.join

    def join(self: Any, timeout: float | None = None) -> None:
        if _retencion.del_alumno():
            dejar_de_sondear()
        return join_original(self, timeout)

    _retencion._como(is_alive, original)
    _retencion._como(join, join_original)
    proceso.BaseProcess.is_alive = is_alive  # type: ignore[method-assign]
    proceso.BaseProcess.join = join  # type: ignore[method-assign]


def _instalar_hijo() -> None:
    import multiprocessing.queues as colas

    def envolver(original: Any) -> Any:
        def put(self: Any, *args: Any, **kwargs: Any) -> None:
            if _retencion.del_alumno():
                _esperar_turno()
            original(self, *args, **kwargs)

        _retencion._como(put, original)
        return put

    # JoinableQueue redefine `put` sin llamar a Queue.put.
    colas.Queue.put = envolver(colas.Queue.put)  # type: ignore[method-assign]
    colas.JoinableQueue.put = envolver(colas.JoinableQueue.put)  # type: ignore[method-assign]
