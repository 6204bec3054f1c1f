"""Instrumentación que corre DENTRO de cada proceso del intento del alumno.

La instala `arranque/sitecustomize.py` al arrancar el intérprete, solo cuando el
ejecutor de procesos puso `VERIFICADOR_PROCESOS_DIR` en el entorno. Hace cinco
cosas, todas baratas y ninguna visible para el programa del alumno:

1. Registro: escribe `inicio-<pid>.json` al arrancar y `fin-<pid>.json` (con el
   código de salida y el nombre del proceso) al terminar un hijo de
   multiprocessing; `alumno-<pid>.json` la primera vez que el proceso ejecuta
   una función del alumno. Con eso el ejecutor cuenta los procesos que de verdad
   trabajaron (para el veredicto `trampa`) y sabe el estado de cada uno.
2. Pilas: `faulthandler` vuelca la pila de todos los hilos en `pila-<pid>.txt`
   al recibir SIGUSR1; el ejecutor la pide antes de matar un intento colgado.
3. Vigía: un hilo de bajo nivel que termina el proceso si su padre muere, para
   que ningún hijo sobreviva a un juez interrumpido.
4. Perturbación sembrada de `multiprocessing.Value` y `RawValue` (solo con
   semilla): tras una lectura de `.value` hecha desde el código del alumno SIN
   tener el candado (ni otro candado compartido), el proceso espera (acotado) a
   que otro proceso escriba el valor, y anota la actualización perdida. Así la
   ventana entre la lectura y la escritura de `valor.value += 1` se solapa con
   la de otro proceso en cada ejecución, también con un solo núcleo, mientras
   que quien lee y escribe dentro de `with valor.get_lock():` no espera nunca.
5. Perturbación sembrada de `multiprocessing.Queue.put` desde el código del
   alumno: pequeños retrasos que hacen que `empty()` diga «vacía» aunque el
   productor aún no haya terminado (como pasa en una máquina cargada).

Invariante: sin semilla no se altera ningún tiempo; con semilla, un programa
correcto da el mismo resultado (solo puede tardar un poco más).
"""

from __future__ import annotations

import _thread
import faulthandler
import json
import os
import signal
import sys
import time
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import random

# Presupuesto de perturbación (segundos, por proceso): cuánto puede esperar en total.
PRESUPUESTO_ESPERA_S = 0.4
# Espera máxima tras una lectura sin candado a que otro proceso escriba (segundos).
ESPERA_LECTURA_S = (0.015, 0.040)
# Espera única a que otro proceso esté ejecutando código del alumno (segundos).
ESPERA_ENCUENTRO_S = 2.0
# Retrasos de Queue.put: probabilidad y rango (segundos), por put del alumno.
PROB_RETRASO_PUT = 0.5
RETRASO_PUT_S = (0.002, 0.015)
# Cada cuánto comprueba el vigía que el padre sigue vivo (segundos).
PERIODO_VIGIA_S = 0.2

_dir: str | None = None  # str: importar pathlib cuesta milisegundos a cada hijo
_alumno: frozenset[str] = frozenset()
_raiz = 0
_semilla: str | None = None
_rng: random.Random | None = None
_gastado = 0.0
_encuentro_hecho = False
_marcado = False
_carreras = 0
_NADA = object()
# Actualizaciones perdidas anotadas por proceso como prueba (carrera-<pid>-<n>.json).
MAX_CARRERAS = 3


def instalar() -> None:
    """Instala todo según las variables de entorno. Idempotente."""
    global _dir, _alumno, _raiz, _semilla
    if _dir is not None:
        return
    _dir = os.environ["VERIFICADOR_PROCESOS_DIR"]
    rutas = [r for r in os.environ.get("VERIFICADOR_PROCESOS_ALUMNO", "").split(os.pathsep) if r]
    _alumno = frozenset(rutas) | frozenset(os.path.realpath(r) for r in rutas)
    _raiz = int(os.environ.get("VERIFICADOR_PROCESOS_RAIZ", "0") or 0)
    _semilla = os.environ.get("VERIFICADOR_PROCESOS_SEMILLA") or None
    if not _raiz:
        # El primer proceso instrumentado es el conductor: los hijos heredan su pid.
        _raiz = os.getpid()
        os.environ["VERIFICADOR_PROCESOS_RAIZ"] = str(_raiz)
    _escribir(
        f"inicio-{os.getpid()}.json",
        {"pid": os.getpid(), "ppid": os.getppid(), "rol": _rol(), "t": time.time()},
    )
    pila = open(os.path.join(_dir, f"pila-{os.getpid()}.txt"), "w")  # noqa: SIM115 - lives as long as the process
    faulthandler.register(signal.SIGUSR1, file=pila, all_threads=True, chain=False)
    # El pid del creador llega por el entorno que nos pasó: si murió mientras
    # arrancábamos, getppid() ya daría el de quien nos adoptó.
    padre = int(os.environ.get("VERIFICADOR_PROCESOS_PADRE") or os.getppid())
    os.environ["VERIFICADOR_PROCESOS_PADRE"] = str(os.getpid())
    _thread.start_new_thread(_vigia, (padre,))
    if _alumno:
        sys.settrace(_rastreo)
        import threading

        threading.settrace(_rastreo)
    if "--multiprocessing-fork" in sys.argv:
        _envolver_main_de_spawn()
    if _semilla is not None:
        _perturbar()


def _rol() -> str:
    argv = getattr(sys, "argv", [])
    if "--multiprocessing-fork" in argv:
        return "hijo"
    if argv and argv[0] == "-c":
        return "auxiliar"  # rastreador de recursos, forkserver...
    return "principal" if os.getpid() == _raiz else "otro"


def _escribir(nombre: str, datos: dict[str, Any]) -> None:
    assert _dir is not None
    tmp = os.path.join(_dir, f".{nombre}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as archivo:
            archivo.write(json.dumps(datos))
        os.replace(tmp, os.path.join(_dir, nombre))
    except OSError:
        pass  # la carpeta ya no existe: el juez ya no nos espera


def _nombre_proceso() -> str:
    mp = sys.modules.get("multiprocessing")
    if mp is None:
        return "MainProcess"
    try:
        return str(mp.current_process().name)
    except Exception:
        return "?"


def _vigia(ppid: int) -> None:
    while True:
        if os.getppid() != ppid:
            os._exit(70)
        time.sleep(PERIODO_VIGIA_S)


def _rastreo(frame: FrameType, evento: str, arg: object) -> None:
    """Tracer de llamadas: marca la primera función del alumno y se retira."""
    global _marcado
    codigo = frame.f_code
    es_funcion_del_alumno = codigo.co_filename in _alumno and codigo.co_name != "<module>"
    if evento == "call" and es_funcion_del_alumno and not _marcado:
        _marcado = True
        _escribir(
            f"alumno-{os.getpid()}.json",
            {
                "pid": os.getpid(),
                "nombre": _nombre_proceso(),
                "funcion": codigo.co_name,
                "archivo": codigo.co_filename,
                "linea": codigo.co_firstlineno,
            },
        )
        sys.settrace(None)
        import threading

        threading.settrace(None)  # type: ignore[arg-type]
    return None


def _envolver_main_de_spawn() -> None:
    import multiprocessing.spawn as spawn

    original = spawn._main  # type: ignore[attr-defined]

    def _main(*args: Any, **kwargs: Any) -> int:
        codigo = original(*args, **kwargs)
        _escribir(
            f"fin-{os.getpid()}.json",
            {"pid": os.getpid(), "nombre": _nombre_proceso(), "codigo_salida": codigo},
        )
        return int(codigo)

    spawn._main = _main  # type: ignore[attr-defined]


# --- perturbación sembrada --------------------------------------------------


def _generador() -> random.Random:
    global _rng
    if _rng is None:
        import random

        _rng = random.Random(f"{_semilla}:{_nombre_proceso()}")
    return _rng


def _desde_el_alumno(profundidad: int) -> bool:
    try:
        return sys._getframe(profundidad + 1).f_code.co_filename in _alumno
    except ValueError:
        return False


def _otros_activos() -> bool:
    """¿Hay otro proceso hijo ejecutando código del alumno ahora mismo?"""
    assert _dir is not None
    yo = os.getpid()
    for marca in os.listdir(_dir):
        if not (marca.startswith("alumno-") and marca.endswith(".json")):
            continue
        pid = int(marca[len("alumno-") : -len(".json")])
        if pid not in (yo, _raiz) and not os.path.exists(os.path.join(_dir, f"fin-{pid}.json")):
            return True
    return False


def _esperar_escritura(leer_crudo: Any, leido: object) -> object:
    """Tras una lectura sin candado, espera a que otro proceso escriba (acotado).

    Devuelve el valor que escribió otro proceso durante la espera, o `_NADA`.
    """
    global _gastado, _encuentro_hecho
    if _gastado >= PRESUPUESTO_ESPERA_S or os.getpid() == _raiz:
        return _NADA
    inicio = time.monotonic()
    if not _encuentro_hecho:
        _encuentro_hecho = True
        limite = inicio + ESPERA_ENCUENTRO_S
        while not _otros_activos() and time.monotonic() < limite:
            time.sleep(0.002)
    inicio = time.monotonic()  # el encuentro inicial no gasta presupuesto
    limite = inicio + _generador().uniform(*ESPERA_LECTURA_S)
    visto: object = _NADA
    while time.monotonic() < limite:
        try:
            actual = leer_crudo()
            if actual != leido:
                visto = actual
                break
        except Exception:
            break
        time.sleep(0.001)
    _gastado += time.monotonic() - inicio
    return visto


def _anotar_carrera(leido: object, visto: object, escrito: object, marco: FrameType) -> None:
    """Deja constancia de una actualización perdida: la prueba para la línea de tiempo."""
    global _carreras
    if _carreras >= MAX_CARRERAS:
        return
    _carreras += 1
    codigo = marco.f_code
    _escribir(
        f"carrera-{os.getpid()}-{_carreras}.json",
        {
            "actor": _nombre_proceso(),
            "archivo": codigo.co_filename,
            "linea": marco.f_lineno,
            "leido": repr(leido),
            "visto": repr(visto),
            "escrito": repr(escrito),
        },
    )


def _tengo_el_candado(sincronizado: Any) -> bool:
    candado = sincronizado.get_lock()
    semlock = getattr(candado, "_semlock", None)
    if semlock is not None:
        try:
            if semlock._is_mine():
                return True
        except Exception:
            return True  # candado desconocido: no perturbar lo que no vemos
    elif not hasattr(candado, "_semlock"):
        return True
    return any(_es_mio(c) for c in list(_candados))


def _es_mio(candado: Any) -> bool:
    try:
        return bool(candado._semlock._is_mine())
    except Exception:
        return False


_candados: Any = None


def _perturbar() -> None:
    global _candados
    import multiprocessing.queues as colas
    import multiprocessing.sharedctypes as compartidos
    import multiprocessing.synchronize as sincronizacion
    import weakref

    # Todo Lock/RLock recibido de otro proceso: tener uno protege el Value (un
    # candado compartido aparte) y no se ensancha su ventana. Un candado creado
    # aquí y nunca compartido (`with multiprocessing.Lock():` dentro del bucle) no
    # protege nada, así que no cuenta.
    _candados = weakref.WeakSet()
    clases: tuple[Any, ...] = (sincronizacion.Lock, sincronizacion.RLock)
    for clase in clases:
        estado_original = clase.__setstate__

        def __setstate__(self: Any, estado: Any, _o: Any = estado_original) -> None:
            _o(self, estado)
            _candados.add(self)

        clase.__setstate__ = __setstate__

    sincronizado: Any = compartidos.Synchronized
    propiedad = sincronizado.value

    pendientes: dict[int, tuple[object, object]] = {}

    def _leer(self: Any) -> Any:
        valor = propiedad.fget(self)
        if _desde_el_alumno(1) and not _tengo_el_candado(self):
            crudo = self.get_obj()
            visto = _esperar_escritura(lambda: type(crudo).value.__get__(crudo), valor)
            if visto is not _NADA:
                pendientes[id(self)] = (valor, visto)
        return valor

    def _poner(self: Any, valor: Any) -> None:
        propiedad.fset(self, valor)
        lectura = pendientes.pop(id(self), None)
        if lectura is not None and _desde_el_alumno(1):
            _anotar_carrera(lectura[0], lectura[1], valor, sys._getframe(1))

    sincronizado.value = property(_leer, _poner)
    _perturbar_valores_crudos(compartidos, pendientes)

    put_original = colas.Queue.put

    def put(self: Any, obj: Any, block: bool = True, timeout: float | None = None) -> None:
        global _gastado
        if _desde_el_alumno(1) and _gastado < PRESUPUESTO_ESPERA_S and os.getpid() != _raiz:
            rng = _generador()
            if rng.random() < PROB_RETRASO_PUT:
                pausa = rng.uniform(*RETRASO_PUT_S)
                _gastado += pausa
                time.sleep(pausa)
        put_original(self, obj, block, timeout)

    colas.Queue.put = put  # type: ignore[method-assign]


def _perturbar_valores_crudos(
    compartidos: Any, pendientes: dict[int, tuple[object, object]]
) -> None:
    """`RawValue` (y `Value(..., lock=False)`): la misma ventana, sin candado propio.

    Un RawValue es un objeto de ctypes: se sustituye su tipo por una subclase del
    mismo tipo cuyo `value` espera tras una lectura del alumno hecha sin tener
    ningún candado compartido. Las subclases se crean aquí, al arrancar cada
    proceso, para que pickle las encuentre por su nombre en todos.
    """
    modulo = sys.modules[__name__]
    perturbados: dict[Any, Any] = {}
    for tipo in set(compartidos.typecode_to_type.values()):
        descriptor = tipo.value

        def _leer(self: Any, _d: Any = descriptor) -> Any:
            valor = _d.__get__(self)
            if _desde_el_alumno(1) and not any(_es_mio(c) for c in list(_candados)):
                visto = _esperar_escritura(lambda: _d.__get__(self), valor)
                if visto is not _NADA:
                    pendientes[id(self)] = (valor, visto)
            return valor

        def _poner(self: Any, valor: Any, _d: Any = descriptor) -> None:
            _d.__set__(self, valor)
            lectura = pendientes.pop(id(self), None)
            if lectura is not None and _desde_el_alumno(1):
                _anotar_carrera(lectura[0], lectura[1], valor, sys._getframe(1))

        nombre = f"Perturbado_{tipo.__name__}"
        clase = type(nombre, (tipo,), {"value": property(_leer, _poner), "__module__": __name__})
        clase.__qualname__ = nombre
        setattr(modulo, nombre, clase)
        perturbados[tipo] = clase

    crudo_original = compartidos.RawValue

    def RawValue(typecode_or_type: Any, *args: Any) -> Any:  # mismo nombre que el original
        tipo = compartidos.typecode_to_type.get(typecode_or_type, typecode_or_type)
        return crudo_original(perturbados.get(tipo, tipo), *args)

    compartidos.RawValue = RawValue
