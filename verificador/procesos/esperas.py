"""Dónde espera un proceso: las llamadas que bloquean, para la retención (`retencion.py`).

`retencion.py` carga este módulo por su ruta en cada proceso instrumentado.

- En el **principal**, una llamada bloqueante del código del alumno (`get` de una
  cola, `recv`, `Event.wait`, `acquire` de un candado ocupado, `Barrier.wait`,
  `connection.wait`, las esperas de un proxy de `Manager`) suelta a los hijos
  retenidos: puede estar esperando a cualquiera de ellos. Una consulta que no
  bloquea (`empty()`, `qsize()`, `get_nowait()`, `poll()`, leer un proxy) cuenta
  como un sondeo. Su `time.sleep` no duerme mientras hay retenidos: se suma lo
  pedido hasta `RETRASO_MAXIMO_S`.
- En un **hijo**, la primera llamada que bloquearía (o dormir más de
  `SUENO_HIJO_S` en total) se anuncia una sola vez (`espera-<pid>`): si el
  principal lo espera con `join()`, o es su turno en el relevo, suelta a los demás.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, Callable

# Lo que comprueba cada envoltura: ¿esta llamada bloquearía?
Regla = Callable[..., bool]

_r: Any = None  # el módulo retencion.py de este proceso


def _siempre(*_a: Any, **_k: Any) -> bool:
    return True


def _nunca(*_a: Any, **_k: Any) -> bool:
    return False


def _bloquea_get(_cola: Any, block: bool = True, timeout: Any = None) -> bool:
    return bool(block) and (timeout is None or float(timeout) > 0)


def _bloquea_poll(_conexion: Any, timeout: Any = 0.0) -> bool:
    return timeout is None or float(timeout) > 0


def _get_vacia(cola: Any, block: bool = True, timeout: Any = None) -> bool:
    try:
        return bool(block) and cola.empty()
    except Exception:
        return True


def _recv_sin_nada(conexion: Any, *_a: Any) -> bool:
    try:
        return not conexion.poll()
    except Exception:
        return True


def _evento_sin_poner(evento: Any, *_a: Any, **_k: Any) -> bool:
    try:
        return not evento.is_set()
    except Exception:
        return True


class _Reaccion:
    """Qué hace un proceso cuando el alumno llama a algo que puede bloquear."""

    def __init__(self, activa: Callable[[], bool], reaccion: Callable[[bool], None],
                 despues: Callable[[], None] | None = None) -> None:
        self.activa = activa  # barata: evita mirar los marcos cuando no hay nada que hacer
        self.reaccion = reaccion  # recibe «¿esta llamada bloquearía?»
        self.despues = despues  # tras volver de una llamada que esperó de verdad

    def envolver(self, original: Any, regla: Regla, espera: Regla = _nunca) -> Any:
        """`espera`: ¿esta llamada va a esperar a otro proceso? (mirado antes, sin envolturas)."""
        def envoltura(*args: Any, **kwargs: Any) -> Any:
            esperara = False
            if self.activa() and _r.del_alumno():
                esperara = self.despues is not None and bool(espera(*args, **kwargs))
                self.reaccion(bool(regla(*args, **kwargs)))
            resultado = original(*args, **kwargs)
            if esperara:
                self.despues()  # type: ignore[misc]  # esperara implica despues
            return resultado

        _r._como(envoltura, original)
        return envoltura

    def tabla(self, metodos: list[tuple[Any, ...]]) -> None:
        for clase, metodo, *reglas in metodos:
            setattr(clase, metodo, self.envolver(getattr(clase, metodo), *reglas))


def _envolver_proxies(r: _Reaccion, datos: set[str]) -> None:
    """Las esperas de un proxy de `Manager` (`get`, `wait`, `acquire`, `join` de lo que no es dato)."""
    import multiprocessing.managers as gestores

    llamar = gestores.BaseProxy._callmethod

    def _callmethod(self: Any, methodname: str, args: tuple[Any, ...] = (), kwds: Any = None) -> Any:
        esperara = False
        if r.activa() and _r._h.marco_del_alumno(1, 3) is not None:
            esperara = (methodname in ("get", "wait", "acquire", "join")
                        and type(self).__name__ not in datos)
            r.reaccion(esperara)
        resultado = llamar(self, methodname, args, kwds)
        if esperara and r.despues is not None:
            r.despues()
        return resultado

    gestores.BaseProxy._callmethod = _callmethod  # type: ignore[method-assign]


def _envolver_sueno(contar: Callable[[float], float]) -> None:
    """`time.sleep` del alumno: `contar(segundos)` dice cuánto se duerme de verdad."""
    dormir = time.sleep

    def sleep(segundos: float) -> None:
        if sys._getframe(1).f_code.co_filename in _r._h._alumno:
            segundos = contar(max(0.0, float(segundos)))
        dormir(segundos)

    _r._como(sleep, dormir)  # `Process(target=time.sleep)` se serializa por su nombre
    time.sleep = sleep


def _envolver_candados(sincronizacion: Any, despues: Callable[[], None] | None = None) -> None:
    """`acquire()` (o `with`) de un candado de multiprocessing que bloquearía: una espera.

    `despues`: en el principal, tras conseguir un candado que tenía otro proceso."""

    def bloquearia(candado: Any) -> bool:
        try:
            semlock = candado._semlock
            return not semlock._is_mine() and semlock._get_value() == 0
        except Exception:
            return True

    def ceder(candado: Any) -> None:
        """El principal toma un candado libre con hijos retenidos: ellos van primero (quizá
        por el mismo candado), ver `retencion.ceder`. No el que toma por dentro `v.value`
        (sharedctypes): leer no es escribir, y escribir ya cede antes de tomarlo."""
        marco: Any = sys._getframe(2)
        while marco is not None:
            archivo = marco.f_code.co_filename
            compartido = archivo.endswith(_r._SHAREDCTYPES)
            if archivo == "<string>" or (compartido and marco.f_code.co_name != "__enter__"):
                return  # `v.value`, `a[i]`, `a[:]`: toman el candado por dentro
            if not (compartido or archivo.startswith(_r._propios)):
                break  # `with contador:` o `contador.get_lock()` del alumno
            marco = marco.f_back
        if marco is None:
            return
        try:
            mio = candado._semlock._is_mine()
        except Exception:
            mio = True
        if not mio:
            _r.ceder()

    def antes_de_tomar(candado: Any, bloqueante: bool) -> bool:
        """Si el alumno va a esperar por el candado, lo dice (`espera`) y devuelve True; si
        el principal lo toma libre con hijos retenidos, les cede el paso."""
        esperara = bloqueante and bloquearia(candado)
        cede = not esperara and despues is not None and bool(_r._retenidos)
        if not (esperara or cede) or not _r.del_alumno():
            return False
        if esperara:
            _r.espera()
        else:
            ceder(candado)
        return esperara

    entrar = sincronizacion.SemLock.__enter__

    def __enter__(self: Any) -> Any:
        esperara = antes_de_tomar(self, True)
        resultado = entrar(self)
        if esperara and despues is not None:
            despues()
        return resultado

    sincronizacion.SemLock.__enter__ = __enter__  # type: ignore[method-assign]
    hacer = sincronizacion.SemLock._make_methods

    def _make_methods(self: Any) -> None:
        hacer(self)
        tomar = self.acquire

        def acquire(block: bool = True, timeout: Any = None) -> bool:
            esperara = antes_de_tomar(self, bool(block))
            conseguido = bool(tomar(block, timeout))
            if esperara and conseguido and despues is not None:
                despues()
            return conseguido

        self.acquire = acquire

    sincronizacion.SemLock._make_methods = _make_methods  # type: ignore[method-assign]


def instalar_principal(r: Any) -> None:
    """En el principal: esperar suelta a los retenidos; consultar sin bloquear es un sondeo."""
    global _r
    _r = r
    import multiprocessing.connection as conexion
    import multiprocessing.queues as colas
    import multiprocessing.synchronize as sincronizacion

    def reaccion(bloquearia: bool) -> None:
        _r.soltar_todos() if bloquearia else _r.sondeo()

    # ¿Va a esperar a otro proceso? Con los métodos originales (sin contar como sondeo).
    vacia, vacia_simple = colas.Queue.empty, colas.SimpleQueue.empty
    sondear, puesto = conexion.Connection.poll, sincronizacion.Event.is_set

    def get_vacia(cola: Any, block: bool = True, timeout: Any = None) -> bool:
        return _bloquea_get(cola, block, timeout) and bool(vacia(cola))

    def recv_vacio(conexion_: Any, *_a: Any) -> bool:
        return not sondear(conexion_)

    # Con retenidos, o con hijos ya soltados en marcha (a los que se pausa al volver).
    r = _Reaccion(lambda: bool(_r._retenidos) or _r.en_marcha(), reaccion, _r.pausar_en_marcha)
    r.tabla([
        (colas.Queue, "get", _bloquea_get, get_vacia), (colas.Queue, "empty", _nunca),
        (colas.Queue, "qsize", _nunca), (colas.Queue, "get_nowait", _nunca),
        (colas.JoinableQueue, "join", _siempre, _siempre),
        (colas.SimpleQueue, "get", _siempre, lambda c: bool(vacia_simple(c))),
        (colas.SimpleQueue, "empty", _nunca),
        (conexion.Connection, "recv", _siempre, recv_vacio),
        (conexion.Connection, "recv_bytes", _siempre, recv_vacio),
        (conexion.Connection, "poll", _bloquea_poll),
        (sincronizacion.Event, "wait", _siempre, lambda e, *a, **k: not puesto(e)),
        (sincronizacion.Event, "is_set", _nunca),
        (sincronizacion.Condition, "wait", _siempre, _siempre),
        (sincronizacion.Barrier, "wait", _siempre, _siempre),
    ])
    conexion.wait = r.envolver(conexion.wait, _siempre, _siempre)
    _envolver_candados(sincronizacion, _r.pausar_en_marcha)
    _envolver_proxies(r, {"DictProxy", "ListProxy", "NamespaceProxy", "ValueProxy"})

    def contar(segundos: float) -> float:
        if not _r._retenidos:
            return segundos
        _r._sueno += segundos
        if _r._sueno >= _r.RETRASO_MAXIMO_S:
            _r.soltar_todos()
            return segundos
        return 0.0

    _envolver_sueno(contar)


def instalar_hijo(r: Any) -> None:
    """En un hijo: anuncia la primera vez que espera algo (quizá a otro hijo retenido)."""
    global _r
    _r = r
    import multiprocessing.connection as conexion
    import multiprocessing.process as proceso
    import multiprocessing.queues as colas
    import multiprocessing.synchronize as sincronizacion

    def reaccion(bloquearia: bool) -> None:
        if bloquearia:
            _r.espera()

    # Hasta anunciarse, y mientras no haya entregado su primer efecto (el relevo lo espera).
    r = _Reaccion(_r._hijo.activa_su_reaccion, reaccion)
    r.tabla([
        (colas.Queue, "get", _get_vacia), (colas.SimpleQueue, "get", _get_vacia),
        (colas.JoinableQueue, "join", _siempre),
        (conexion.Connection, "recv", _recv_sin_nada),
        (conexion.Connection, "recv_bytes", _recv_sin_nada),
        (sincronizacion.Event, "wait", _evento_sin_poner), (sincronizacion.Condition, "wait", _siempre),
        (sincronizacion.Barrier, "wait", _siempre), (proceso.BaseProcess, "join", _siempre),
    ])
    conexion.wait = r.envolver(conexion.wait, _siempre)
    _envolver_candados(sincronizacion)
    _envolver_proxies(r, {"DictProxy", "ValueProxy"})

    def contar(segundos: float) -> float:
        _r._hijo.dormido(segundos)  # dormir mucho: quizá sondea algo que hace otro hijo
        plazos = sys.modules.get("_verificador_procesos_plazos")
        return segundos if plazos is None else plazos.sueno_de_hijo(segundos)

    _envolver_sueno(contar)

