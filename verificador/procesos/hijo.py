"""Instrumentación que corre DENTRO de cada proceso del intento del alumno.

La instala `arranque/sitecustomize.py` al arrancar el intérprete, solo cuando el
ejecutor de procesos puso `VERIFICADOR_PROCESOS_DIR` en el entorno. Hace cinco
cosas, todas baratas y ninguna visible para el programa del alumno:

1. Registro: manda `inicio-<pid>.json` al arrancar y `fin-<pid>.json` (con el
   código de salida y el nombre del proceso) al terminar un hijo de
   multiprocessing; `alumno-<pid>.json` la primera vez que el proceso ejecuta
   una función del alumno. Con eso el ejecutor cuenta los procesos que de verdad
   trabajaron (para el veredicto `trampa`) y sabe el estado de cada uno.
   Todo registro va por el canal del ejecutor (`canal.py`: un socket que el
   programa no puede vaciar); solo `alumno-` y `fin-`, que otros procesos
   miran para saber quién sigue trabajando, se escriben además como archivo
   en `VERIFICADOR_PROCESOS_DIR`: borrarlos o inventarlos solo alarga o acorta
   una espera. Lo que decide si se perturba un dato (los candados de cada
   proceso, si un hijo corre solo) se pregunta al ejecutor (`consultar`).
2. Pilas: `faulthandler` vuelca la pila de todos los hilos en `pila-<pid>.txt`
   al recibir SIGUSR1; el ejecutor la pide antes de matar un intento colgado.
3. Vigía: un hilo de bajo nivel que termina el proceso si su padre muere, para
   que ningún hijo sobreviva a un juez interrumpido.
4. Datos compartidos (`envios.py` y `datos.py`, cargados aquí): cuenta lo que
   cada hijo entrega a otros procesos y, con semilla, perturba las lecturas de
   `Value`, `RawValue` y proxies de `Manager` que no protege un candado común,
   y los `Queue.put` del alumno. Ver su documentación.
5. Resultados perdidos (`perdidos.py`): copias de listas y diccionarios que un
   hijo cambió sin que el principal pudiera verlo, y tareas de un `Pool`
   terminado antes de acabar.
6. Esperas con plazo (`plazos.py`, solo en los jueces): las del alumno con un
   plazo corto duran lo que duraría si el otro proceso llegara tarde.
8. Hijos retenidos (`retencion.py`, con semilla): cada hijo que arranca el
   principal no entrega nada hasta que el principal espera (o se cansa de
   sondear): leer sin esperar se ve siempre.
7. Colas (`colas.py`): cuántos elementos puso y sacó cada proceso de cada
   `Queue`, y dónde vio el principal una cola vacía.
9. Hilos internos: el número de hilo del núcleo (`interno-<pid>-<tid>`) de cada
   hilo que no es del alumno y espera para siempre (el vigía, los hilos
   `verificador-*`, los de servicio de multiprocessing: ver `HILOS_INTERNOS`),
   para que el detector de «nadie avanza» (`estado.Quietud`) no los cuente.

Invariante: sin semilla no se altera ningún tiempo; con semilla, un programa
correcto da el mismo resultado (solo puede tardar un poco más).
"""

from __future__ import annotations

import _socket
import _thread
import faulthandler
import json
import os
import signal
import sys
import time
from types import FrameType
from typing import Any

# Red de seguridad de una consulta al ejecutor, que responde enseguida (segundos).
PLAZO_CONSULTA_S = 10.0
# Cada cuánto comprueba el vigía que el padre sigue vivo (segundos).
PERIODO_VIGIA_S = 0.2
# Hilos de servicio de multiprocessing y concurrent.futures que esperan para siempre,
# por (módulo, nombre) de la función que ejecutan: no son del alumno y la quietud no
# los cuenta. Ninguno espera con plazo en 3.10–3.13; se anotan por si lo hicieran.
# El hilo de resultados de un Pool (`_handle_results`) SÍ cuenta: solo espera con
# plazo mientras `llegadas.py` retiene resultados, y eso acaba solo.
HILOS_INTERNOS = frozenset({
    ("multiprocessing.pool", "_handle_workers"),
    ("multiprocessing.pool", "_handle_tasks"),
    ("multiprocessing.queues", "_feed"),
    ("multiprocessing.managers", "accepter"),
    ("multiprocessing.resource_sharer", "_serve"),
    ("concurrent.futures.process", "run"),  # _ExecutorManagerThread
})
# Prefijo del nombre de los hilos que arranca la instrumentación (ver `retencion.py`).
PREFIJO_HILOS_PROPIOS = "verificador-"

_dir: str | None = None  # str: importar pathlib cuesta milisegundos a cada hijo
_alumno: frozenset[str] = frozenset()
_raiz = 0
_semilla: str | None = None
_marcado = False
_envios: Any = None  # el módulo envios.py de este proceso
_colas: Any = None  # el módulo colas.py de este proceso
_retencion: Any = None  # el módulo retencion.py de este proceso
# Registros que, además de ir por el canal, otros procesos del intento leen como archivo.
COORDINACION = ("alumno-", "fin-")
_canal: Any = None  # socket conectado al ejecutor (de este pid)
_canal_pid = 0
_canal_nombre = b""
_canal_cerrojo = _thread.allocate_lock()


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
    global _canal_nombre
    _canal_nombre = b"\0" + os.environ.get("VERIFICADOR_PROCESOS_CANAL", "").encode()
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
    _anotar_hilos_internos()
    if _alumno:
        sys.settrace(_rastreo)
        import threading

        threading.settrace(_rastreo)
    if "--multiprocessing-fork" in sys.argv:
        _envolver_main_de_spawn()
    _cargar_datos()


def _rol() -> str:
    argv = getattr(sys, "argv", [])
    if "--multiprocessing-fork" in argv:
        return "hijo"
    if argv and argv[0] == "-c":
        return "auxiliar"  # rastreador de recursos, forkserver...
    return "principal" if os.getpid() == _raiz else "otro"


def _conectar() -> Any:
    """El socket de este proceso hacia el ejecutor (uno nuevo tras un fork o si lo cerraron)."""
    global _canal, _canal_pid
    if _canal is not None and _canal_pid == os.getpid():
        try:
            if _canal.getpeername() == _canal_nombre:
                return _canal
        except OSError:
            pass
        _soltar()
    elif _canal is not None:
        _soltar()  # heredado por fork: es la conexión del padre
    if len(_canal_nombre) < 2:
        return None
    canal = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        canal.connect(_canal_nombre)
    except OSError:
        canal.close()
        return None
    _canal, _canal_pid = canal, os.getpid()
    return canal


def _enviar(nombre: str, datos: dict[str, Any]) -> None:
    """Manda un registro al ejecutor; si la conexión falla, lo reintenta por una nueva."""
    linea = (json.dumps([nombre, datos]) + "\n").encode()
    with _canal_cerrojo:
        for _intento in range(2):
            canal = _conectar()
            if canal is None:
                return
            try:
                canal.sendall(linea)
                return
            except OSError:
                _soltar()  # una línea a medias no cuenta: se manda entera por otra


def consultar(pregunta: str) -> Any:
    """Pregunta al ejecutor (ver `canal.Receptor._responder`); None si no contesta."""
    linea = (json.dumps(["?", {"p": pregunta}]) + "\n").encode()
    with _canal_cerrojo:
        canal = _conectar()
        if canal is None:
            return None
        try:
            canal.sendall(linea)
            canal.settimeout(PLAZO_CONSULTA_S)
            recibido = b""
            while not recibido.endswith(b"\n"):
                trozo = canal.recv(65536)
                if not trozo:
                    raise OSError("canal cerrado")
                recibido += trozo
            canal.settimeout(None)
            return json.loads(recibido)
        except (OSError, ValueError):
            _soltar()  # una respuesta a medias desordenaría las siguientes: conexión nueva
            return None


def _soltar() -> None:
    """Olvida el socket sin cerrar su descriptor: quizá ya es otro archivo del programa."""
    global _canal
    if _canal is not None:
        try:
            _canal.detach()
        except OSError:
            pass
    _canal = None


def _escribir(nombre: str, datos: dict[str, Any]) -> None:
    assert _dir is not None
    _enviar(nombre, datos)
    if not nombre.startswith(COORDINACION):
        return
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


def marco_del_alumno(desde: int, hasta: int) -> FrameType | None:
    """El marco del código del alumno entre `desde` y `hasta` niveles por encima de quien llama."""
    for profundidad in range(desde + 1, hasta + 2):
        try:
            marco = sys._getframe(profundidad)
        except ValueError:
            return None
        if marco.f_code.co_filename in _alumno:
            return marco
    return None


def marcar_hilo_interno(tid: int | None = None) -> None:
    """Anuncia al ejecutor que el hilo `tid` (por omisión, el que llama) no es del alumno.

    Con su instante de arranque (`inicio`, en tics): si el núcleo reutiliza ese
    número para un hilo nuevo del alumno, el ejecutor ve que no es el mismo.
    """
    tid = tid or _thread.get_native_id()
    try:
        with open(f"/proc/self/task/{tid}/stat", "rb") as archivo:
            texto = archivo.read()
        datos = {"inicio": int(texto[texto.rindex(b")") + 2 :].split()[19])}
    except (OSError, ValueError, IndexError):
        datos = {}
    _enviar(f"interno-{os.getpid()}-{tid}", datos)


def hilo_interno(hilo: Any) -> bool:
    """¿Es `hilo` (un `threading.Thread` aún sin arrancar) un hilo de servicio, no del alumno?"""
    if str(getattr(hilo, "name", "")).startswith(PREFIJO_HILOS_PROPIOS):
        return True
    funcion = getattr(hilo, "_target", None) or getattr(type(hilo), "run", None)
    funcion = getattr(funcion, "__func__", funcion)  # un classmethod ligado
    clave = (getattr(funcion, "__module__", None), getattr(funcion, "__name__", None))
    return clave in HILOS_INTERNOS


def _anotar_hilos_internos() -> None:
    """Envuelve `Thread.start` para anunciar los hilos de servicio (ver `hilo_interno`)."""
    import threading

    arrancar = threading.Thread.start
    if getattr(arrancar, "_verificador", False):
        return

    def start(self: Any) -> None:
        try:
            interno = hilo_interno(self)  # antes: al acabar, `run` borra `_target`
        except Exception:
            interno = False  # un Thread raro del alumno: cuenta como suyo
        arrancar(self)
        if interno and self.native_id is not None:
            marcar_hilo_interno(self.native_id)

    start._verificador = True  # type: ignore[attr-defined]
    start.__doc__ = arrancar.__doc__
    threading.Thread.start = start  # type: ignore[method-assign]


def _vigia(ppid: int) -> None:
    marcar_hilo_interno()  # duerme con plazo para siempre: la quietud no debe contarlo
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
        if _envios is not None:
            _envios.volcar_envios()
        if _colas is not None:
            _colas.enviar()
        _escribir(
            f"fin-{os.getpid()}.json",
            {"pid": os.getpid(), "nombre": _nombre_proceso(), "codigo_salida": codigo,
             "t": time.time(), "vistos": _envios.terminados() if _envios is not None else []},
        )
        return int(codigo)

    spawn._main = _main  # type: ignore[attr-defined]


# --- datos compartidos: envíos y perturbación (verificador/procesos/datos.py) ---------


def _cargar(archivo: str, nombre: str) -> Any:
    """Carga un módulo hermano por su ruta (sin importar el paquete `verificador`)."""
    import importlib.util

    ruta = os.path.join(os.path.dirname(os.path.abspath(__file__)), archivo)
    spec = importlib.util.spec_from_file_location(nombre, ruta)
    assert spec is not None and spec.loader is not None
    modulo = importlib.util.module_from_spec(spec)
    sys.modules[nombre] = modulo
    spec.loader.exec_module(modulo)
    return modulo


def enviar_resultado(datos: dict[str, Any]) -> None:
    """El conductor responde: antes, las cuentas de las colas del principal."""
    if _colas is not None:
        _colas.enviar()
    if _envios is not None:
        _envios.volcar_envios()  # lo que el principal dio a los hijos (ver envios.registrar_entrada)
    _enviar("resultado", datos)


def _cargar_datos() -> None:
    """`envios.py` (qué entrega cada hijo) y `datos.py` (perturbación ligada al dato)."""
    global _envios, _colas
    yo = sys.modules[__name__]
    global _retencion
    # Antes que nadie: sus envolturas de las esperas son las más internas (ver retencion.py).
    _retencion = _cargar("retencion.py", "_verificador_procesos_retencion")
    _retencion.instalar(yo)
    _cargar("adelantadas.py", "_verificador_procesos_adelantadas").instalar(yo)
    # Primero (la envoltura más interna): las demás ven al alumno justo encima.
    _colas = _cargar("colas.py", "_verificador_procesos_colas")
    _colas.instalar(yo)
    _cargar("tras_vacia.py", "_verificador_procesos_tras_vacia").instalar(yo)
    _envios = _cargar("envios.py", "_verificador_procesos_envios")
    _envios.instalar(yo)
    datos = _cargar("datos.py", "_verificador_procesos_datos")
    datos.instalar(yo, _envios)
    _cargar("proxies.py", "_verificador_procesos_proxies").instalar(datos)
    _cargar("arreglos.py", "_verificador_procesos_arreglos").instalar(datos)
    _cargar("memoria.py", "_verificador_procesos_memoria").instalar(datos)
    _cargar("perdidos.py", "_verificador_procesos_perdidos").instalar(yo)
    _cargar("orden.py", "_verificador_procesos_orden").instalar(yo)
    _cargar("plazos.py", "_verificador_procesos_plazos").instalar(yo)
    _cargar("tubos.py", "_verificador_procesos_tubos").instalar(yo)
    _cargar("llegadas.py", "_verificador_procesos_llegadas").instalar(yo)
    if os.getpid() == _raiz:  # la procedencia del resultado de main (por identidad)
        _cargar("origen.py", "_verificador_procesos_origen").instalar()
