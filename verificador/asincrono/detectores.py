"""Detectores: qué espera cada tarea, qué quedó a medias, qué se perdió.

Todo se lee del estado real de asyncio (las corrutinas suspendidas y sus
marcos), no de suposiciones: una tarea bloqueada en `Lock.acquire` tiene ese
marco en su cadena de `cr_await`, con el candado en `self`. Para nombrar los
objetos se busca, en los marcos del alumno, la variable que los guarda.
"""

from __future__ import annotations

import asyncio
import dis
import functools
import inspect
import types
from types import FrameType
from typing import Any

from verificador.asincrono.control import Cancelada, Control
from verificador.asincrono.traza import codigo, nombre_corto
from verificador.programas import en_bucle_sin_fin
from verificador.veredictos import Bloqueado

_PROFUNDIDAD_MAXIMA = 64


def ultima_linea_de(c: Control, actor: str) -> tuple[str, int] | None:
    """La última línea del alumno que ejecutó `actor` (según la traza)."""
    if c.trazador is None:
        return None
    for ev in reversed(c.trazador.eventos):
        if ev.actor == actor and not ev.accion:
            return ev.archivo, ev.linea
    return None


def _cadena(tarea: asyncio.Task[Any]) -> tuple[list[FrameType], object | None]:
    """Los marcos de la cadena de await de la tarea (de fuera a dentro) y el
    objeto final que se espera si no es una corrutina (un Future, una Tarea)."""
    marcos: list[FrameType] = []
    obj: Any = tarea.get_coro()
    for _ in range(_PROFUNDIDAD_MAXIMA):
        marco = getattr(obj, "cr_frame", None) or getattr(obj, "gi_frame", None)
        if marco is None:
            return marcos, obj
        marcos.append(marco)
        if marco.f_code.co_name == "__await__" and "self" in marco.f_locals:
            return marcos[:-1], marco.f_locals["self"]
        siguiente = getattr(obj, "cr_await", None)
        if siguiente is None:
            siguiente = getattr(obj, "gi_yieldfrom", None)
        if siguiente is None:
            return marcos, None
        obj = siguiente
    return marcos, None


def _nombre(obj: object, marcos: list[FrameType]) -> str:
    """El nombre con el que el alumno conoce a `obj` (variable o atributo)."""
    for marco in reversed(marcos):
        espacios = [marco.f_locals, marco.f_globals]
        for espacio in espacios:
            for k, v in espacio.items():
                if v is obj:
                    return k
        for espacio in espacios:
            for k, v in list(espacio.items()):
                atributos = getattr(v, "__dict__", None)
                if isinstance(atributos, dict) and not isinstance(v, type):
                    for a, w in atributos.items():
                        if w is obj:
                            return f"{k}.{a}"
    return type(obj).__name__


def _que_espera(
    c: Control, tarea: asyncio.Task[Any]
) -> tuple[str, str | None, tuple[str, int] | None, object | None]:
    """(qué espera, quién lo tiene, línea del alumno, objeto esperado) de una tarea."""
    marcos, final = _cadena(tarea)
    alumno = [m for m in marcos if m.f_code.co_filename in c.archivos]
    donde = (alumno[-1].f_code.co_filename, alumno[-1].f_lineno) if alumno else None
    for i in range(len(marcos) - 1, -1, -1):
        marco = marcos[i]
        yo = marco.f_locals.get("self")
        funcion = marco.f_code.co_name
        if isinstance(yo, asyncio.Event) and any(
            m.f_code.co_name == "join" and isinstance(m.f_locals.get("self"), asyncio.Queue)
            for m in marcos[:i]
        ):
            continue  # Queue.join espera en su Event interno: se nombra la cola
        if isinstance(yo, asyncio.Lock):
            dueno = c.duenos.get(id(yo))
            if dueno is tarea:
                quien = f"{c.nombre_de(tarea)} (ella misma: asyncio.Lock no es reentrante)"
            elif dueno is not None:
                quien = c.nombre_de(dueno) + (" (ya terminó sin soltarlo)" if dueno.done() else "")
            else:
                quien = "nadie" if not yo.locked() else "desconocido"
            return f"el candado `{_nombre(yo, alumno)}` (asyncio.Lock)", quien, donde, yo
        if isinstance(yo, asyncio.Condition):
            return f"una notificación de la condición `{_nombre(yo, alumno)}`", None, donde, yo
        if isinstance(yo, asyncio.Event):
            return f"que alguien active el evento `{_nombre(yo, alumno)}`", None, donde, yo
        if isinstance(yo, asyncio.Semaphore):
            return f"un permiso del semáforo `{_nombre(yo, alumno)}`", None, donde, yo
        if isinstance(yo, asyncio.Queue):
            n = _nombre(yo, alumno)
            if funcion == "put":
                return f"hueco en la cola `{n}`, que está llena", None, donde, yo
            if funcion == "join":
                faltan = getattr(yo, "_unfinished_tasks", "?")
                return (
                    f"que se procese la cola `{n}` (faltan {faltan} task_done())",
                    None,
                    donde,
                    yo,
                )
            return f"un elemento de la cola `{n}`, que está vacía", None, donde, yo
        if hasattr(asyncio, "Barrier") and isinstance(yo, asyncio.Barrier):
            return (
                f"que lleguen las demás tareas a la barrera `{_nombre(yo, alumno)}`",
                None,
                donde,
                yo,
            )
        if hasattr(asyncio, "TaskGroup") and isinstance(yo, asyncio.TaskGroup):
            return "que terminen las tareas del TaskGroup", None, donde, yo
    if not isinstance(final, asyncio.Future):
        final = getattr(tarea, "_fut_waiter", None)
    if isinstance(final, asyncio.Task):
        return f"que termine {c.nombre_de(final)}", None, donde, final
    trabajo = next((i for i, f in enumerate(c.futuros_ejecutor) if f is final), None)
    if trabajo is not None:
        if trabajo in c.hilos_esperando:
            linea = c.hilos_esperando[trabajo]
            en = f" ({nombre_corto(linea[0])}:{linea[1]})" if linea else ""
            return (
                f"que acabe su trabajo en Hilo-{trabajo} (ejecutor), que espera a otro hilo "
                f"(un candado, evento o cola de threading){en}",
                None,
                donde,
                final,
            )
        return f"que acabe su trabajo en Hilo-{trabajo} (ejecutor)", None, donde, final
    hijos = getattr(final, "_children", None)
    if isinstance(final, asyncio.Future) and hijos is not None:
        nombres = [c.nombre_de(h) for h in hijos if not h.done()]
        return f"que terminen las tareas de gather: {', '.join(nombres)}", None, donde, final
    if isinstance(final, asyncio.Future):
        return "un Future que nadie completa", None, donde, final
    return "algo que nunca llega", None, donde, final


def _bloqueado(c: Control, tarea: asyncio.Task[Any], prefijo: str = "") -> Bloqueado:
    espera, quien, donde, _ = _que_espera(c, tarea)
    archivo, linea = donde if donde is not None else ("", 0)
    return Bloqueado(
        actor=c.nombre_de(tarea),
        espera=prefijo + espera,
        tenido_por=quien,
        archivo=archivo,
        linea=linea,
        codigo=codigo(archivo, linea) if archivo else "",
    )


def describir_bloqueados(c: Control) -> list[Bloqueado]:
    """Cada tarea sin terminar, qué espera y quién lo tiene (para un interbloqueo)."""
    return [_bloqueado(c, t) for t in c.tareas if not t.done()]


def _futuros_con_trabajo(bucle: asyncio.AbstractEventLoop) -> tuple[set[int], set[int]]:
    """Futures que un temporizador o un callback listo va a completar, y tareas con
    un temporizador propio (timeout) pendiente."""
    futuros: set[int] = set()
    tareas: set[int] = set()
    handles = list(getattr(bucle, "_scheduled", [])) + list(getattr(bucle, "_ready", []))
    for h in handles:
        if h._cancelled:
            continue
        for a in h._args or ():
            futuros.add(id(a))
        dueno = getattr(h._callback, "__self__", None)
        if dueno is not None:
            futuros.add(id(dueno))
            tarea = getattr(dueno, "_task", None)
            if tarea is not None:
                tareas.add(id(tarea))
    return futuros, tareas


def _tiene_trabajo(
    tarea: asyncio.Task[Any], futuros: set[int], con_plazo: set[int], profundidad: int = 0
) -> bool:
    """¿La tarea iba a seguir trabajando (lista, durmiendo, en un hilo) o solo
    esperaba algo que nadie iba a darle (un trabajador ocioso)?"""
    if profundidad > 8 or tarea.done():
        return False
    if id(tarea) in con_plazo or id(tarea) in futuros:
        return True
    esperado = getattr(tarea, "_fut_waiter", None)
    if esperado is None or id(esperado) in futuros:
        return True
    if isinstance(esperado, asyncio.Task):
        return _tiene_trabajo(esperado, futuros, con_plazo, profundidad + 1)
    hijos = getattr(esperado, "_children", None) or []
    return any(
        isinstance(h, asyncio.Task) and _tiene_trabajo(h, futuros, con_plazo, profundidad + 1)
        for h in hijos
    )


def revisar_al_terminar(c: Control, bucle: asyncio.AbstractEventLoop) -> None:
    """Cuando main acaba: excepciones de tareas que nadie recogió y tareas que
    seguían trabajando (asyncio las cancelará y su trabajo se perderá)."""
    futuros, con_plazo = _futuros_con_trabajo(bucle)
    futuros |= {id(f) for f in c.futuros_ejecutor if not f.done()}
    for t in list(c.tareas):
        if c.nombre_de(t) == "main":
            continue
        if t.done():
            if not t.cancelled() and getattr(t, "_log_traceback", False):
                exc = t.exception()
                if exc is not None:
                    c.perdidas.append((c.nombre_de(t), exc))
        elif _tiene_trabajo(t, futuros, con_plazo) and cuenta_al_terminar(c, t):
            c.pendientes.append(_bloqueado(c, t))


def con_trabajo(c: Control, bucle: asyncio.AbstractEventLoop) -> list[asyncio.Task[Any]]:
    """Las tareas del alumno sin terminar que aún tenían trabajo (no esperaban algo imposible)."""
    futuros, con_plazo = _futuros_con_trabajo(bucle)
    futuros |= {id(f) for f in c.futuros_ejecutor if not f.done()}
    return [t for t in c.tareas if not t.done() and _tiene_trabajo(t, futuros, con_plazo)]


def revisar_fin_de_script(c: Control) -> None:
    """El script acabó: las tareas que quedaron con trabajo tras el último
    `run_until_complete` y que nadie volvió a correr no se harán nunca."""
    if c.pendientes or c.aborto is not None:
        return
    for t in c.tras_bucle:
        if not t.done() and cuenta_al_terminar(c, t):
            c.pendientes.append(_bloqueado(c, t))
    c.pendientes_al_salir = bool(c.pendientes)


_LECTURAS = frozenset({"LOAD_NAME", "LOAD_GLOBAL", "LOAD_FROM_DICT_OR_GLOBALS"})


@functools.lru_cache(maxsize=512)
def _nombres_leidos(codigo: Any, profundidad: int = 0) -> frozenset[str]:
    """Nombres globales que lee un código (y sus comprensiones y lambdas; no las
    funciones que define, que leen cuando alguien las llama)."""
    nombres = {str(i.argval) for i in dis.get_instructions(codigo) if i.opname in _LECTURAS}
    if profundidad < 3:
        for constante in codigo.co_consts:
            if isinstance(constante, types.CodeType) and constante.co_name.startswith("<"):
                nombres |= _nombres_leidos(constante, profundidad + 1)
    return frozenset(nombres)


@functools.lru_cache(maxsize=512)
def _nombres_escritos(codigo: Any) -> frozenset[str]:
    """Nombres globales que escribe un código."""
    return frozenset(str(i.argval) for i in dis.get_instructions(codigo) if i.opname == "STORE_GLOBAL")


_INMUTABLES = (int, float, complex, str, bytes, bool, tuple, frozenset, type(None))


def _es_dato(valor: Any) -> bool:
    """Un objeto que una tarea puede cambiar (lista, diccionario, objeto...): no una
    constante, una función, una clase ni un módulo."""
    return not (callable(valor) or isinstance(valor, (types.ModuleType, *_INMUTABLES)))


def cuenta_al_terminar(c: Control, tarea: asyncio.Task[Any]) -> bool:
    """¿Es un error que esta tarea siga con trabajo cuando el programa acaba?

    asyncio.run cancela al final las tareas que siguen vivas, como CPython, y
    su trabajo no se hace. En un script (`explorar`) eso es un error si la
    tarea tenía un trabajo con fin (enviar unos correos, guardar un informe) o
    si el programa lee lo que produce. Una tarea de servicio (un bucle `while
    True:` sin `break`: latido, registro, auditoría) cuyo trabajo nadie lee no
    lo es: está hecha para acabar cancelada. Fuera de un script (los retos)
    cualquier tarea con trabajo cuenta.
    """
    if c.script is None or c.espacio is None:
        return True
    marco = getattr(tarea.get_coro(), "cr_frame", None)
    if marco is None or not en_bucle_sin_fin(marco.f_code.co_filename, marco.f_lineno):
        return True
    return usa_resultados(c, tarea)


def usa_resultados(c: Control, tarea: asyncio.Task[Any]) -> bool:
    """¿Lee el programa (main o el código del módulo) un dato global que la tarea usa?"""
    if c.script is None or c.espacio is None:
        return True
    codigo = getattr(tarea.get_coro(), "cr_code", None)
    if codigo is None:
        return True
    return bool(datos_leidos(c, codigo))


def datos_leidos(c: Control, codigo: Any) -> set[str]:
    """Los datos globales que usa el código de una tarea y que lee el programa
    (main o el código del módulo)."""
    if c.script is None or c.espacio is None:
        return set()
    escritos = _nombres_escritos(codigo)
    suyos = escritos | {n for n in _nombres_leidos(codigo) if n in c.espacio and _es_dato(c.espacio[n])}
    if not suyos:
        return set()
    lectores = _nombres_leidos(c.script)
    for otra in c.tareas:
        if c.nombre_de(otra) == "main":
            cr = getattr(otra.get_coro(), "cr_code", None)
            if cr is not None:
                lectores |= _nombres_leidos(cr)
    return set(suyos & lectores)


def _sin_empezar(tarea: asyncio.Task[Any]) -> bool:
    """¿La tarea aún no ha corrido ni una línea de su corrutina?"""
    coro = tarea.get_coro()
    if not inspect.iscoroutine(coro):
        return False
    return inspect.getcoroutinestate(coro) == inspect.CORO_CREATED


def _con_elemento_de_cola(tarea: asyncio.Task[Any]) -> bool:
    """¿La tarea esperaba en `Queue.get` y ya le llegó un elemento, que aún no ha
    podido recoger (está lista para seguir)?"""
    esperado = getattr(tarea, "_fut_waiter", None)
    if not isinstance(esperado, asyncio.Future) or not esperado.done() or esperado.cancelled():
        return False
    marcos, _ = _cadena(tarea)
    return any(
        m.f_code.co_name == "get" and isinstance(m.f_locals.get("self"), asyncio.Queue)
        for m in marcos
    )


def al_cancelar(c: Control, tarea: asyncio.Task[Any], donde: tuple[str, int]) -> None:
    """El código del alumno cancela `tarea`: es perder trabajo si la tarea aún no
    había empezado, o si acababa de recibir un elemento de una cola, y el programa
    lee lo que ella produce (imprime unos resultados que nunca llegarán). Cancelar
    una tarea ociosa (un consumidor que espera en una cola vacía tras `join()`) o
    una que ya hizo su parte no lo es."""
    if c.script is None or c.espacio is None or c.nombre_de(tarea) == "main":
        return
    if _sin_empezar(tarea):
        motivo = "sin_empezar"
    elif _con_elemento_de_cola(tarea):
        motivo = "con_elemento"
    else:
        return
    codigo = getattr(tarea.get_coro(), "cr_code", None)
    datos = datos_leidos(c, codigo) if codigo is not None else set()
    if datos:
        c.canceladas.append(
            Cancelada(c.nombre_de(tarea), motivo, donde[0], donde[1], tuple(sorted(datos)), codigo,
                      tarea)
        )


def trabajo_perdido(c: Control) -> list[Cancelada]:
    """Las cancelaciones de `al_cancelar` tras las que nadie hizo ese trabajo: si
    otra tarea con la misma corrutina terminó bien (p. ej. «la última búsqueda
    gana»: se cancela la anterior, sin empezar, y se lanza otra), no se perdió.
    Tampoco si el programa espera a la tarea cancelada (`await`, `gather`...):
    recoge la cancelación a propósito."""
    hechos = {
        getattr(t.get_coro(), "cr_code", None)
        for t in c.tareas
        if t.done() and not t.cancelled()
    }
    return [k for k in c.canceladas
            if k.codigo not in hechos and not getattr(k.tarea, "vista", False)]
