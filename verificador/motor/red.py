"""The network between threads of one program: sockets whose other end is a controlled thread.

The engine runs one controlled thread at a time. A thread that waits in a
real socket call (`accept`, `recv`, a selector's `select`...) keeps the turn
while it waits, so the thread that would connect or answer never runs: a
`ThreadingTCPServer` with its client in another thread, or `urlopen` against a
server thread, could only end as an unmodelled block.

For the sockets whose other end can only be this program (loopback
addresses, Unix sockets, sockets listening on any address), the replacements
below wait the engine's way. They look at the socket without blocking; if it
is not ready, the thread blocks until another controlled thread does
something that can make it ready (sends, connects, shuts down or closes a
socket), or until the socket's timeout runs out in virtual time (then the
call raises `TimeoutError("timed out")`, as CPython's does). A short,
growing virtual backstop covers data the kernel delivers a moment after the
sender's call returned. The real call is made once the socket is ready, so
it does not block.

Sockets towards other machines keep the real call, and so does a wait that
no thread of the program could end (every other thread finished or blocked
with no deadline): only the outside world can answer it, and `guardia`
reports it as an unmodelled block, as before.

A send is ordered before every later receive (on any socket), like a put and
a get on a queue (`traspasos`), so that data handed over the network does
not look like a race to the detectors.
"""

from __future__ import annotations

import _socket as _socket_c
import ipaddress
import select as _select
import selectors as _selectores
import socket as _socket
from collections.abc import Callable
from typing import Any

from verificador.motor.comunes import _en_hilo, _enviar, _recibir, _sync
from verificador.motor.estado import Espera, Estado, Hilo
from verificador.motor.planificador import Planificador

PRIMERA_ESPERA_S = 0.001  # virtual backstop of a network wait, doubled while nothing arrives
MAX_ESPERA_S = 1.0

_select_real = _select.select
_C = _socket_c.socket  # the C methods that `socket.socket` inherits
_AF_UNIX = getattr(_socket, "AF_UNIX", None)


class EstadoRed:
    """Per run: the threads waiting on a socket, and the clocks a send hands to a receive."""

    def __init__(self) -> None:
        self.esperando: list[Hilo] = []
        self._reloj: list[int] = []
        self._reloj_orden: list[int] = []


def _estado(plan: Planificador) -> EstadoRed:
    red = plan.red
    if red is None:
        red = plan.red = EstadoRed()
    return red


def _direccion_local(direccion: Any) -> bool:
    if not isinstance(direccion, tuple) or not direccion:
        return isinstance(direccion, (str, bytes))  # a Unix socket's path (or its abstract name)
    host = direccion[0]
    if host in ("", "localhost"):
        return True
    try:
        ip = ipaddress.ip_address(str(host).split("%")[0])
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def _interno(sock: Any) -> bool:
    """Can the other end of `sock` only be this program?"""
    try:
        if sock.fileno() < 0:
            return False
        if _AF_UNIX is not None and sock.family == _AF_UNIX:
            return True
        try:
            return _direccion_local(sock.getpeername())
        except OSError:  # not connected: a listening socket, or UDP
            return _direccion_local(sock.getsockname())
    except (OSError, ValueError, TypeError, AttributeError):
        return False


def _fd_interno(objeto: Any) -> bool:
    """`_interno` for what `select` accepts: a socket, an object with `fileno()`, or a descriptor."""
    if isinstance(objeto, _socket.socket):
        return _interno(objeto)
    try:
        fd = objeto if isinstance(objeto, int) else objeto.fileno()
        sock = _socket.socket(fileno=fd)
    except (OSError, ValueError, TypeError, AttributeError):
        return False  # not a socket: a pipe, a file
    try:
        return _interno(sock)
    finally:
        sock.detach()


def _listo(sock: Any, escribir: bool) -> bool:
    try:
        r, w, _ = _select_real([] if escribir else [sock], [sock] if escribir else [], [], 0)
    except (OSError, ValueError):
        return True  # closed meanwhile: the real call reports it
    return bool(w if escribir else r)


def _otro_puede_avanzar(plan: Planificador, yo: Hilo) -> bool:
    """Could some other thread of the program still act (and so, perhaps, answer)?"""
    for otro in plan.hilos:
        if otro is yo or otro.estado in (Estado.TERMINADO, Estado.NUEVO) or plan.congelado(otro):
            continue
        if otro.estado is Estado.LISTO or otro.despertar is not None:
            return True
    return False


def _esperar_listo(plan: Planificador, yo: Hilo, listo: Callable[[], bool], timeout: float | None,
                   espera: Espera) -> bool | None:
    """Block `yo` until `listo()`: True; False once `timeout` virtual s ran out; None if only
    the outside world could make it ready and nothing ends the wait (the caller makes the
    real call). A wait with a timeout always ends in virtual time: nobody outside the program
    can answer on these sockets, so the timeout is what ends it."""
    limite = None if timeout is None else plan.reloj + timeout
    tramo = PRIMERA_ESPERA_S
    red = _estado(plan)
    while not listo():
        if limite is not None and plan.reloj >= limite:
            return False
        if limite is None and not _otro_puede_avanzar(plan, yo):
            return None
        plazo = plan.reloj + tramo if limite is None else min(plan.reloj + tramo, limite)
        avisado = plan.bloquear(espera, red.esperando, plazo)
        tramo = PRIMERA_ESPERA_S if avisado else min(tramo * 2, MAX_ESPERA_S)
    return True


def _vencido() -> TimeoutError:
    e = TimeoutError("timed out")
    e.verificador_modelado = True  # type: ignore[attr-defined]  # see fallos._plazo_de_red_vencido
    return e


def _esperar_socket(sock: Any, escribir: bool, accion: str) -> None:
    """The engine's wait before a socket call that could block; raises the timeout it models."""
    par = _sync(accion, sock)
    if par is None:
        return
    plan, yo, lugar = par
    timeout = sock.gettimeout()
    if timeout == 0 or not _interno(sock):
        return
    if _esperar_listo(plan, yo, lambda: _listo(sock, escribir), timeout,
                      Espera(sock, f"espera en {accion}() de un socket", lugar)) is False:
        raise _vencido()


def _antes_de_enviar() -> None:
    """The edge out of a send, made before the data can be seen (like `traspasos.put`)."""
    par = _en_hilo()
    if par is not None:
        _enviar(_estado(par[0]), par[1])


def _tras_enviar() -> None:
    """Something that may make another socket ready happened: the waiting threads look again."""
    par = _en_hilo()
    if par is not None and par[0].red is not None and par[0].red.esperando:
        par[0].notificar(par[0].red.esperando)


def _tras_recibir() -> None:
    par = _en_hilo()
    if par is not None and par[0].red is not None:
        _recibir(par[1], par[0].red)


def _recepcion(nombre: str) -> Callable[..., Any]:
    original = getattr(_C, nombre)

    def recibir(self: Any, *args: Any, **kwargs: Any) -> Any:
        _esperar_socket(self, False, nombre.lstrip("_"))
        resultado = original(self, *args, **kwargs)
        _tras_recibir()
        return resultado

    recibir.__name__ = nombre
    return recibir


def _envio(nombre: str) -> Callable[..., Any]:
    original = getattr(_C, nombre)

    def enviar(self: Any, *args: Any, **kwargs: Any) -> Any:
        _esperar_socket(self, True, nombre)
        _antes_de_enviar()
        resultado = original(self, *args, **kwargs)
        _tras_enviar()
        return resultado

    enviar.__name__ = nombre
    return enviar


def _cambio(original: Callable[..., Any], nombre: str) -> Callable[..., Any]:
    """connect, shutdown, close: no wait of ours, but a peer may now be ready."""

    def cambiar(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return original(self, *args, **kwargs)
        finally:
            _tras_enviar()

    cambiar.__name__ = nombre
    return cambiar


def _seleccion_de(original: Callable[..., Any]) -> Callable[..., Any]:
    """A selector's `select(timeout)` (what `socketserver`'s `serve_forever` waits in)."""

    def select(self: Any, timeout: float | None = None) -> Any:
        par = _en_hilo()
        if par is None or (timeout is not None and timeout <= 0):
            return original(self, timeout)
        objetos = [clave.fileobj for clave in self.get_map().values()]
        if not objetos or not all(_fd_interno(o) for o in objetos):
            return original(self, timeout)
        plan, yo = par
        lugar = plan.lugar_alumno(2)
        hallado: list[Any] = []

        def listo() -> bool:
            hallado[:] = original(self, 0)
            return bool(hallado)

        if _esperar_listo(plan, yo, listo, timeout, Espera(self, "espera en select() de sockets", lugar)) is None:
            return original(self, timeout)
        return list(hallado)  # the recv or accept that follows receives the edge

    select.__name__ = "select"
    return select


def select(rlist: Any, wlist: Any, xlist: Any, timeout: float | None = None) -> Any:
    """`select.select` in a controlled thread, for sockets of this program."""
    par = _en_hilo()
    if par is None or (timeout is not None and timeout <= 0):
        return _select_real(rlist, wlist, xlist, timeout)
    r, w, x = list(rlist), list(wlist), list(xlist)
    if not (r or w or x) or not all(_fd_interno(o) for o in (*r, *w, *x)):
        return _select_real(r, w, x, timeout)
    plan, yo = par
    hallado: list[Any] = [([], [], [])]

    def listo() -> bool:
        hallado[0] = _select_real(r, w, x, 0)
        return any(hallado[0])

    lugar = plan.lugar_alumno(2)
    if _esperar_listo(plan, yo, listo, timeout, Espera(None, "espera en select() de sockets", lugar)) is None:
        return _select_real(r, w, x, timeout)
    return hallado[0]


def _reemplazos() -> list[tuple[Any, str, Any]]:
    s = _socket.socket
    lista: list[tuple[Any, str, Any]] = [(s, n, _recepcion(n)) for n in
                                         ("_accept", "recv", "recv_into", "recvfrom", "recvfrom_into")]
    lista += [(s, n, _envio(n)) for n in ("send", "sendall", "sendto")]
    lista += [(s, n, _cambio(getattr(_C, n), n)) for n in ("connect", "connect_ex", "shutdown")]
    lista.append((s, "_real_close", _cambio(s._real_close, "_real_close")))
    for clase in (_selectores.SelectSelector, getattr(_selectores, "_PollLikeSelector", None),
                  getattr(_selectores, "EpollSelector", None)):
        if clase is not None and "select" in clase.__dict__:
            lista.append((clase, "select", _seleccion_de(clase.__dict__["select"])))
    lista.append((_select, "select", select))
    return lista


# (object, attribute, replacement) for `parches`
REEMPLAZOS = tuple(_reemplazos())
