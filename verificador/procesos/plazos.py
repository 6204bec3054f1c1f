"""Esperas con plazo del alumno, acortadas: el otro proceso llega tarde (solo en los jueces).

`hijo.py` carga este módulo por su ruta en cada proceso instrumentado. Con
semilla y con `VERIFICADOR_PROCESOS_PLAZO_MAX_S` en el entorno (lo pone el
ejecutor para los jueces; `explorar` no), toda espera acotada que el código
del alumno hace con un plazo de hasta ese máximo espera solo
`ESPERA_CORTA_S`: `Process.join(timeout=…)`,
`AsyncResult.get/wait(timeout=…)`, `imap(...).next(timeout=…)`,
`Connection.poll(timeout)` de un `Pipe`, `Event.wait(timeout=…)` de
multiprocessing y `Future.result/exception(timeout=…)` de
`concurrent.futures`. Cuenta quién llama saltando las envolturas del propio
verificador (llegadas.py, orden.py), se instalen en el orden que sea.

Un `acquire(timeout=…)` de un `Lock`/`RLock`/`Semaphore` de multiprocessing
vence sin esperar cuando otro proceso tiene el candado (como si el dueño se
hubiera retrasado más que el plazo); y, para que eso no dependa de que haya
contención en esta ejecución, la `k`-ésima espera con plazo de cada proceso
sobre un candado recibido de otro proceso (con `k` sacado de la semilla, de 1 a
`ESPERA_VENCIDA_HASTA`) vence también si el candado está libre: otro proceso
pudo tomarlo justo antes y quedarse parado. Un programa correcto vuelve a
intentarlo; uno que «sigue sin candado» pisa los datos de otro.

`Queue.get(timeout=…)` es distinto: no se decide por el reloj, porque que
el hijo llegue o no en `ESPERA_CORTA_S` depende de la carga (y el veredicto no
puede depender de ella). Vencen sin mirar la cola, como si el productor
llegara tarde: antes del primer elemento, las esperas con plazo del alumno
hasta sumar el máximo entre sus plazos (y como mucho `VENCIDAS_PRIMERO`);
después, la primera espera de cada elemento (tras cada `get` que devolvió
algo). Las demás duran lo que pide el alumno. Solo mientras el productor pudo
retrasarse: en el principal, si queda algún hijo suyo que el alumno no ha
visto terminar (con `join`, `is_alive()`, `exitcode` o `active_children()`;
no con `connection.wait` sobre su `sentinel`), o algún trabajador vivo de un
pool. En un hijo, que no sabe si quien llena la cola ya acabó (un hermano que
el principal esperó antes de arrancarlo, por ejemplo), la espera solo se acorta
a `ESPERA_CORTA_S`, como las demás. Todo lo que un hijo terminado envió ya está en la tubería, así
que tras verlo terminar nada vence sin mirar.

Y un `time.sleep` del código del alumno en un proceso hijo, de hasta el
máximo, no duerme (`sueno_de_hijo`): es la ejecución en la que los demás
procesos se retrasaron lo mismo. Escalonar a los hijos con pausas («el
proceso i espera i·0,5 s antes de contar») no los separa; dormir para
sondear algo sigue sondeando.

Es lo que pasa en una máquina cargada cuando el otro proceso tarda más que
el plazo: nada que no pueda pasar de verdad. Lo que ya estaba listo se
entrega igual (la espera corta sigue siendo una espera), y un programa
correcto, que vuelve a esperar o termina con un `join()` sin plazo, no nota
nada. Uno que da el trabajo por acabado cuando vence el plazo («si en 1 s no
llega nada, es que no hay más») pierde resultados, como le pasaría con un
hijo lento. Los plazos mayores que el máximo se respetan: el juez solo supone
retrasos de hasta ese máximo.
"""

from __future__ import annotations

import os
import sys
from typing import Any

# Lo que espera de verdad una espera acotada acortada (segundos).
ESPERA_CORTA_S = 0.005

# La espera con plazo sobre un candado compartido que vence aunque esté libre: de 1 a esto.
ESPERA_VENCIDA_HASTA = 3

# Esperas de `Queue.get(timeout=…)` que vencen, como mucho, antes del primer elemento.
VENCIDAS_PRIMERO = 20

_alumno: frozenset[str] = frozenset()
_maximo = 0.0
_vencida = 0  # cuál de las esperas con plazo sobre candados compartidos vence (0: ninguna)
_esperas = 0
_semilla: Any = None


def _sortear_vencida() -> None:
    """Una vez por proceso: cuál vence (de la semilla y del nombre del proceso, no del pid)."""
    global _vencida
    if _vencida or _semilla is None:
        return
    import multiprocessing
    import random

    nombre = multiprocessing.current_process().name
    _vencida = random.Random(f"{_semilla}:candado:{nombre}").randint(1, ESPERA_VENCIDA_HASTA)


def _acortable(timeout: Any) -> bool:
    try:
        segundos = float(timeout)
    except (TypeError, ValueError):
        return False
    return 0 < segundos <= _maximo


def _compartido(candado: Any) -> bool:
    """¿Un candado que este proceso recibió de otro (ver `datos._candados`)?"""
    datos = sys.modules.get("_verificador_procesos_datos")
    conjunto = getattr(datos, "_candados", None)
    try:
        return conjunto is not None and candado in conjunto
    except TypeError:
        return False


def _envolver_candados() -> None:
    """`acquire(timeout=…)` de un candado de multiprocessing: vence si otro lo tiene."""
    import multiprocessing.synchronize as sincronizacion

    hacer_original = sincronizacion.SemLock._make_methods

    def _make_methods(self: Any) -> None:
        hacer_original(self)
        tomar = self.acquire  # quizá ya envuelto (orden.py): se llama por debajo

        def acquire(block: bool = True, timeout: Any = None) -> bool:
            global _esperas
            if not block or timeout is None or not _acortable(timeout) or not _del_alumno(1):
                return tomar(block, timeout)
            if not tomar(False):
                return False  # otro proceso lo tiene: su dueño llega tarde
            if _compartido(self):
                _esperas += 1
                _sortear_vencida()
                if _esperas == _vencida:
                    self._semlock.release()
                    return False
            return True

        self.acquire = acquire

    sincronizacion.SemLock._make_methods = _make_methods  # type: ignore[method-assign]


# Los módulos del verificador cargados en el proceso (este y los que también envuelven
# métodos de multiprocessing, como llegadas.py y orden.py) están en esta carpeta.
_PROPIOS = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _del_alumno(profundidad: int) -> bool:
    """¿Llama el código del alumno, `profundidad` marcos por encima de quien pregunta?

    Se saltan las envolturas del propio verificador que haya entre medias (el
    orden en que se instalan no debe decidir si una espera se acorta).
    """
    marco: Any = sys._getframe(profundidad + 1)
    while marco is not None and marco.f_code.co_filename.startswith(_PROPIOS):
        marco = marco.f_back
    return marco is not None and marco.f_code.co_filename in _alumno


def _plazo(timeout: Any) -> Any:
    """El plazo que se usa de verdad; la llamada viene del código del alumno (dos marcos arriba)."""
    if timeout is None or not _del_alumno(2):
        return timeout
    try:
        segundos = float(timeout)
    except (TypeError, ValueError):
        return timeout
    if 0 < segundos <= _maximo:
        return min(segundos, ESPERA_CORTA_S)
    return timeout


def sueno_de_hijo(segundos: float) -> float:
    """Lo que duerme de verdad un `time.sleep(segundos)` del alumno en un hijo (ver arriba)."""
    return 0.0 if _maximo and 0 < segundos <= _maximo else segundos


def _envolver(clase: Any, metodo: str, posicion: int, corta: float | None = None) -> None:
    """Reemplaza `clase.metodo` para acortar su argumento `timeout` (en `posicion` o por nombre).

    Con `corta`, la espera acortada dura eso (0: solo mira lo que ya hay).
    """
    original = getattr(clase, metodo)

    def acortar(timeout: Any) -> Any:
        nuevo = _plazo(timeout)
        return nuevo if corta is None or nuevo is timeout else min(nuevo, corta)

    def envoltura(self: Any, *args: Any, **kwargs: Any) -> Any:
        if "timeout" in kwargs:
            kwargs["timeout"] = acortar(kwargs["timeout"])
        elif len(args) > posicion:
            args = (*args[:posicion], acortar(args[posicion]), *args[posicion + 1:])
        return original(self, *args, **kwargs)

    envoltura.__name__ = original.__name__
    envoltura.__doc__ = original.__doc__
    setattr(clase, metodo, envoltura)


class _ColaRetrasada:
    """Las esperas de `Queue.get(timeout=…)` del alumno que vencen sin mirar la cola (ver arriba)."""

    def __init__(self, hijo: Any) -> None:
        self.principal = os.getpid() == hijo._raiz
        self.retencion = hijo._retencion  # sus `_lanzados`: los hijos que arrancó el alumno
        self.recibidos = 0  # elementos que ha devuelto `get` en este proceso
        self.vencidas = 0  # esperas vencidas desde el último elemento
        self.retraso = 0.0  # y la suma de sus plazos

    def productor_en_marcha(self) -> bool:
        """¿Pudo retrasarse quien llena la cola del principal? Si algún hijo del alumno no se
        ha visto terminar (`join()`, `is_alive()`, `exitcode` y `active_children()` preguntan a
        `Popen.poll`, que `envios.py` anota), o si queda vivo algún trabajador de un pool."""
        envios = sys.modules.get("_verificador_procesos_envios")
        vistos = set(envios.terminados()) if envios is not None else set()
        lanzados = list(getattr(self.retencion, "_lanzados", ()))
        if any(p.pid not in vistos for p in lanzados):
            return True
        # Los trabajadores de un Pool o de un ProcessPoolExecutor (el alumno no los ve
        # terminar: se miran sin recogerlos); el servidor de un Manager no produce nada.
        import multiprocessing.process as proceso

        return any(p not in lanzados and getattr(p._popen, "returncode", 0) is None
                   and getattr(getattr(p, "_target", None), "__name__", "") != "_run_server"
                   for p in list(proceso._children))

    def vence(self, segundos: float) -> bool:
        """Solo en el principal (en un hijo la espera solo se acorta)."""
        if self.recibidos:
            cabe = self.vencidas == 0
        else:
            cabe = self.vencidas < VENCIDAS_PRIMERO and self.retraso + segundos <= _maximo
        if not cabe or not self.productor_en_marcha():
            return False
        self.vencidas += 1
        self.retraso += segundos
        return True

    def recibido(self) -> None:
        self.recibidos += 1
        self.vencidas = 0
        self.retraso = 0.0


def _envolver_cola(retrasada: _ColaRetrasada) -> None:
    import multiprocessing.queues
    import queue

    get = multiprocessing.queues.Queue.get

    def get_envuelto(self: Any, block: bool = True, timeout: Any = None) -> Any:
        if block and timeout is not None and _acortable(timeout) and _del_alumno(1):
            if not retrasada.principal:
                # un hijo no sabe si sus productores ya acabaron: solo se acorta la espera
                timeout = min(float(timeout), ESPERA_CORTA_S)
            elif retrasada.vence(float(timeout)):
                raise queue.Empty
        elemento = get(self, block, timeout)
        retrasada.recibido()
        return elemento

    get_envuelto.__name__ = get.__name__
    get_envuelto.__doc__ = get.__doc__
    multiprocessing.queues.Queue.get = get_envuelto  # type: ignore[method-assign]


def instalar(hijo: Any) -> None:
    global _alumno, _maximo, _semilla
    texto = os.environ.get("VERIFICADOR_PROCESOS_PLAZO_MAX_S")
    if not texto or hijo._semilla is None:
        return
    _maximo = float(texto)
    _alumno = hijo._alumno
    import concurrent.futures
    import multiprocessing.connection
    import multiprocessing.pool
    import multiprocessing.process
    import multiprocessing.queues
    import multiprocessing.synchronize

    _envolver_cola(_ColaRetrasada(hijo))
    _envolver(multiprocessing.process.BaseProcess, "join", 0)
    _envolver(multiprocessing.pool.ApplyResult, "get", 0)
    _envolver(multiprocessing.pool.ApplyResult, "wait", 0)
    _envolver(multiprocessing.pool.IMapIterator, "next", 0)
    # «¿llega algo en t s?» con el otro proceso tarde: solo lo que ya estaba en la tubería
    _envolver(multiprocessing.connection.Connection, "poll", 0, corta=0.0)
    _envolver(multiprocessing.synchronize.Event, "wait", 0)
    _envolver(concurrent.futures.Future, "result", 0)
    _envolver(concurrent.futures.Future, "exception", 0)
    _semilla = hijo._semilla
    _envolver_candados()
