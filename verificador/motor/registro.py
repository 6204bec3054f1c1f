"""What a run records about the student's accesses: for the race detector and the timeline.

Only runs with detectors on call `acceso` (it resolves which object an
instruction touches and feeds the vector-clock detector), and only the
detailed replay of a shrunk failure calls `evento` (it records what each
thread read and wrote, with values, for the evidence). A write's value is
known only after the instruction runs, so it is filled in lazily by
`resolver_pendiente` at the thread's next event.

`acceso` also keeps a hybrid lockset check (`_cerrojos`): two conflicting
accesses of different threads that are ordered neither by a non-lock
synchronization (start, join, events, queues...) nor by a lock held at both
mark the run `cerrojos_inconsistentes`. It is no verdict: it only tells the
explorer that preempting at sync operations alone would not be enough.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from verificador import analisis
from verificador.motor.detectores import AUSENTE, Acceso, valor_en

if TYPE_CHECKING:
    from verificador.motor.planificador import Hilo, Planificador


def acceso(plan: Planificador, hilo: Hilo, frame: types.FrameType, p: analisis.Punto) -> None:
    assert plan.carreras is not None
    try:
        if p.categoria == "global":
            g = frame.f_globals
            if p.tipo == analisis.LECTURA:
                if p.nombre not in g:
                    return
                if _es_constante(g[p.nombre]) and (id(g), p.nombre) not in plan.globales_mutables:
                    return
            clave: Any = (id(g), p.nombre)
            objeto: Any = g
            valor: Any = g.get(p.nombre, AUSENTE)
            descripcion = f"la variable global `{p.nombre}`"
        elif p.categoria == "atributo":
            obj = analisis.evaluar(p.objeto, frame)
            if _no_rastrear(obj):
                return
            d = getattr(obj, "__dict__", None)
            if not isinstance(d, _ESPACIOS):
                return
            if p.tipo == analisis.LECTURA and (p.nombre not in d or _es_constante(d[p.nombre])):
                return
            clave, objeto, valor = (id(obj), p.nombre), obj, d.get(p.nombre, AUSENTE)
            descripcion = (f"el atributo de clase `{p.nombre}` de {obj.__name__}" if isinstance(obj, type)
                           else f"el atributo `{p.nombre}` de un objeto {type(obj).__name__}")
        elif p.categoria == "indice":
            cont = analisis.evaluar(p.objeto, frame)
            if not isinstance(cont, (list, dict)):
                return
            k = analisis.evaluar(p.clave, frame)
            hash(k)
            clave, objeto = (id(cont), k), cont
            if p.objeto is not None and p.objeto[0] == "vars":  # `vars(cuenta)["saldo"]` is `cuenta.saldo`
                clave = (id(analisis.evaluar(p.objeto[1], frame)), k)
            valor = valor_en(cont, k)
            descripcion = f"el elemento [{k!r}] de una {'lista' if isinstance(cont, list) else 'dict'}"
        else:
            return
    except (LookupError, TypeError):
        return
    if not plan.cerrojos_inconsistentes:
        _cerrojos(plan, clave, hilo, p.tipo == analisis.ESCRITURA)
    escritura = p.tipo == analisis.ESCRITURA
    # Acceso is immutable: one per (thread, place, kind), not one per access
    indice = (hilo.nombre, frame.f_code.co_filename, p.linea, escritura)
    acceso = plan.accesos_hechos.get(indice)
    if acceso is None:
        lugar = plan.lugar_de(frame.f_code.co_filename, p.linea)
        acceso = plan.accesos_hechos[indice] = Acceso(hilo.nombre, escritura, lugar.archivo, lugar.linea,
                                                      lugar.codigo)
    plan.carreras.acceso(clave, objeto, descripcion, hilo.id, hilo.reloj, escritura, acceso,
                         hilo=hilo, plan=plan, valor=valor, frame=frame, categoria=p.categoria)


def _cerrojos(plan: Planificador, clave: Any, hilo: Hilo, escritura: bool) -> None:
    """Lockset + happens-before without lock edges, per location: last write and reads since.

    Unlike the race detector, a lock's release→acquire does not order the two
    accesses here (another schedule may take the lock in the other order);
    holding a common lock at both does.
    """
    estado = plan.accesos_cerrojos.get(clave)
    if estado is None:
        estado = plan.accesos_cerrojos[clave] = [None, {}]
    reloj = hilo.reloj_orden
    yo = hilo.id
    tengo = tuple(hilo.mantiene)
    escrito, lecturas = estado
    if escrito is not None and escrito[0] != yo and escrito[1] > _componente(reloj, escrito[0]) \
            and not _comun(escrito[2], tengo):
        plan.cerrojos_inconsistentes = True
    if escritura:
        for otro, (epoca, cerrojos) in lecturas.items():
            if otro != yo and epoca > _componente(reloj, otro) and not _comun(cerrojos, tengo):
                plan.cerrojos_inconsistentes = True
        lecturas.clear()
        estado[0] = (yo, _componente(reloj, yo), tengo)
    else:
        lecturas[yo] = (_componente(reloj, yo), tengo)


def _componente(reloj: list[int], i: int) -> int:
    return reloj[i] if i < len(reloj) else 0


def _comun(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return any(x is y for x in a for y in b)


def resolver_pendiente(plan: Planificador, hilo: Hilo) -> None:
    """Fill in the value a write stored, now that the instruction has run."""
    pendiente = plan.pendientes.pop(hilo.id, None)
    if pendiente is None:
        return
    evento, leer = pendiente
    try:
        v = leer()
    except (LookupError, TypeError):
        return
    if _es_constante(v):
        evento.accion = ""
        return
    evento.accion = f"{evento.accion} = {_corto_valor(v)}"
    evento.valor = v

MAX_ESPACIOS = 64  # dicts per run whose owner is looked up (each lookup scans the heap)


def _espacio_de(plan: Planificador, d: dict[str, Any], frame: types.FrameType,
                p: analisis.Punto) -> tuple[str, int] | None:
    """Whose namespace is `d`? ("global", id) for a module's globals, ("attr", id(obj)) for
    an object's `__dict__`, None for a plain dict. Writing `globals()["saldo"]` is
    writing the global `saldo`, and `vars(cuenta)["saldo"]`, the attribute: the
    timeline (and a judge counting who wrote what) names them so."""
    if d is frame.f_globals:
        return ("global", id(d))
    if p.objeto is not None and p.objeto[0] == "vars":
        return ("attr", id(analisis.evaluar(p.objeto[1], frame)))
    espacios = plan.espacios
    clave = id(d)
    visto = espacios.get(clave)
    if visto is not None and visto[0] is d:  # the dict is kept: its id is not reused in this run
        return visto[1]
    resultado: tuple[str, int] | None = None
    if "__name__" in d and "__builtins__" in d:
        resultado = ("global", clave)
    elif len(espacios) < MAX_ESPACIOS:
        import gc

        for dueno in gc.get_referrers(d):
            if getattr(dueno, "__dict__", None) is d:
                resultado = ("attr", id(dueno))
                break
    espacios[clave] = (d, resultado)
    return resultado


def evento(plan: Planificador, hilo: Hilo, frame: types.FrameType, p: analisis.Punto) -> None:
    assert plan.eventos is not None
    resolver_pendiente(plan, hilo)
    leer: Callable[[], Any] | None = None
    lugar = plan.lugar_de(frame.f_code.co_filename, p.linea)
    hilo.lugar = lugar
    accion, clave, valor = "", None, None
    try:
        if p.categoria == "global":
            clave = ("global", id(frame.f_globals), p.nombre)
            if p.nombre.startswith("__"):
                pass
            elif p.tipo == analisis.LECTURA and p.nombre in frame.f_globals:
                v = frame.f_globals[p.nombre]
                if not _es_constante(v):
                    accion, valor = f"lee {p.nombre} = {_corto_valor(v)}", v
            elif p.tipo == analisis.ESCRITURA:
                accion = f"escribe {p.nombre}"
                g, nombre = frame.f_globals, p.nombre
                leer = lambda: g[nombre]  # noqa: E731
        elif p.categoria == "atributo":
            obj = analisis.evaluar(p.objeto, frame)
            d = getattr(obj, "__dict__", None)
            if isinstance(d, _ESPACIOS) and not _no_rastrear(obj):
                clave = ("attr", id(obj), p.nombre)
                base = _texto_expr(p.objeto)
                if p.tipo == analisis.LECTURA and p.nombre in d and not _es_constante(d[p.nombre]):
                    accion, valor = f"lee {base}.{p.nombre} = {_corto_valor(d[p.nombre])}", d[p.nombre]
                elif p.tipo == analisis.ESCRITURA:
                    accion = f"escribe {base}.{p.nombre}"
                    nombre_attr = p.nombre
                    leer = lambda: d[nombre_attr]  # noqa: E731
        elif p.categoria == "indice":
            cont = analisis.evaluar(p.objeto, frame)
            k = analisis.evaluar(p.clave, frame)
            if isinstance(cont, (list, dict)):
                clave = ("idx", id(cont), k)
                if isinstance(k, str) and type(cont) is dict:
                    espacio = _espacio_de(plan, cont, frame, p)
                    if espacio is not None:  # `globals()["saldo"]`, `vars(cuenta)["saldo"]`
                        clave = (*espacio, k)
                base = _texto_expr(p.objeto)
                if p.tipo == analisis.LECTURA:
                    with contextlib.suppress(LookupError, TypeError):
                        accion, valor = f"lee {base}[{k!r}] = {_corto_valor(cont[k])}", cont[k]
                else:
                    accion = f"escribe {base}[{k!r}]"
                    leer = lambda: cont[k]  # noqa: E731
    except (LookupError, TypeError):
        pass
    from verificador.motor.planificador import Evento  # planificador imports this module

    evento = Evento(hilo.nombre, lugar, accion, plan.pasos, clave, valor, p.tipo)
    plan.eventos.append(evento)
    if leer is not None:
        plan.pendientes[hilo.id] = (evento, leer)


_TIPOS_CONSTANTES = (types.FunctionType, types.ModuleType, type, types.BuiltinFunctionType,
                     types.MethodType)


def _es_constante(v: Any) -> bool:
    return isinstance(v, _TIPOS_CONSTANTES) or getattr(v, "_es_primitiva", False)


# an object's own attributes: an instance's dict, or a class's (a read-only view; `Clase.total += x`
# from several threads is as much a race as `self.total += x`)
_ESPACIOS = (dict, types.MappingProxyType)


def _no_rastrear(obj: Any) -> bool:
    if isinstance(obj, types.ModuleType):
        return True
    if getattr(obj, "_es_primitiva", False) is not True:
        return False
    # The engine's own primitives, and `threading.local` (its attributes are per thread), hold no shared
    # data; a student's subclass of `Thread` (or the class itself) keeps its attributes in a plain
    # `__dict__`, shared like any other object's (`self.resultado`, `Contador.total += 1`).
    clase = obj if isinstance(obj, type) else type(obj)
    return clase.__module__.startswith("verificador.") or getattr(clase, "_por_hilo", False) is True


def _corto_valor(v: Any) -> str:
    if type(v).__repr__ is object.__repr__:
        return f"<{type(v).__name__}>"
    try:
        texto = repr(v)
    except Exception:
        return f"<{type(v).__name__}>"
    return texto if len(texto) <= 40 else texto[:37] + "..."


def _texto_expr(expr: analisis.Expr) -> str:
    if expr is None:
        return "?"
    if expr[0] in ("fast", "global", "deref"):
        return str(expr[1])
    if expr[0] == "attr":
        return f"{_texto_expr(expr[1])}.{expr[2]}"
    if expr[0] == "const":
        return repr(expr[1])
    return "?"
