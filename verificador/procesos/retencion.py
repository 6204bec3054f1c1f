"""Hijos a los que nadie espera, retenidos: un proceso que llega tarde (solo con semilla).

Este es el lado del principal (el relevo, la pausa, las envolturas de `start` y
`join`); el del hijo (dónde para y cuándo entrega) y las marcas de coordinación
están en `retenido.py`.

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_retencion`)
en cada proceso instrumentado, antes que los demás (sus envolturas son las más
internas). En una máquina tranquila un hijo arranca y acaba enseguida, y un
principal que lee los resultados sin esperarlo (sin `join()`, tras esperar solo
al primero, con un `time.sleep` en vez de un `join()`) casi siempre los ve
completos: «funciona por suerte». Con semilla, el orden se impone:

- cada `Process` que el código del alumno arranca desde el principal queda
  **retenido** justo antes de su primer efecto visible para otro proceso
  (escribir un `Value` o un elemento de un `Array`, un `put` en una cola, un
  `send` por un `Pipe`, una llamada que cambia un proxy de `Manager`): hace su
  trabajo local (y así se solapa con los demás), pero no entrega nada hasta que
  lo sueltan;
- el principal los suelta cuando **espera** (ver `esperas.py`): cualquier
  llamada bloqueante de su código suelta a todos (puede estar esperando a
  cualquiera de ellos, también a través de otro); `join()` de un hijo retenido
  suelta solo a ese, y mientras el principal lo espera, si ese hijo a su vez
  espera algo (anuncia `espera-<pid>`) o gasta `CPU_HIJO_S` de CPU sin acabar,
  suelta a todos. Al salir el intérprete (el `join` implícito), todos;
- «soltar a todos» es un **relevo**: de uno en uno, en un orden sembrado que
  nunca es el de arranque (con dos o más). El siguiente sale cuando el anterior
  entregó su primer efecto (`entregado-<pid>`; el `put` de una `Queue`, cuando su
  hilo alimentador ya lo escribió en la tubería), terminó, anunció que espera,
  se bloqueó antes de entregarlo (`bloqueado-<pid>`: el candado que tiene otro
  retenido, parado en su efecto), gastó `CPU_HIJO_S` de CPU, o lleva `SEGURIDAD_S` de pared sin nada de eso (una
  llamada que aquí no se modela: entonces salen todos). Así, el orden en que
  llegan los resultados lo decide la semilla, no la carga: un programa que los
  guarda en el orden de llegada falla en cada veredicto;
- `time.sleep` del principal NO es esperar a un hijo: con retenidos no duerme,
  cuenta lo pedido; a los `RETRASO_MAXIMO_S` (o tras `SONDEOS_MAXIMOS` consultas
  que no bloquean: `is_alive()`, `empty()`, leer un `Value`...) los suelta;
- antes de que el código del principal escriba un dato compartido (`Value`,
  `Array`, un proxy de `Manager`) con hijos retenidos, esos hijos van primero
  (`ceder`): lo que el principal escribe tras `start()` sin esperar a nadie
  puede llegar tarde;
- al volver el principal de una espera de verdad, los hijos ya soltados que
  siguen vivos se paran en su próximo efecto (`pausar_en_marcha`, `pausa-<pid>`)
  y salen como los retenidos.

El orden lo impone la retención, no una espera real: el veredicto no depende de
la carga. Red de seguridad de reloj (`SEGURIDAD_S`): si el principal se queda
bloqueado en algo que aquí no se modela con hijos retenidos, se sueltan (en
relevo).

Además, las lecturas del principal de un `Array`, un `Value` o un proxy de
`Manager` mientras hay hijos retenidos (y de la lista que llena el `callback`
de un pool con resultados retenidos, ver `adelantadas.py`) se anotan con una
huella del dato: si al final el dato cambió y el principal no lo volvió a leer
después de soltar a los hijos, usó resultados antes de que llegaran
(`adelantada-<pid>-<n>.json`, veredicto `incompleto` en `explorar`).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from types import FrameType
from typing import Any

# Variable de entorno con la que el principal dice a un hijo «quedas retenido».
ENV_RETENIDO = "VERIFICADOR_PROCESOS_RETENIDO"
# Variable de entorno del relevo en serie (`ejecutor.ejecutar(serie=True)`).
ENV_SERIE = "VERIFICADOR_PROCESOS_SERIE"
# Suma de `time.sleep` del principal (segundos pedidos) tras la que se suelta a los retenidos.
RETRASO_MAXIMO_S = 10.0
# Consultas del principal que no bloquean tras las que se suelta a los retenidos.
SONDEOS_MAXIMOS = 2_000
# CPU que gasta un hijo al que el principal espera con join() sin acabar (segundos).
CPU_HIJO_S = 0.5
# Red de seguridad: retenidos más de esto (de pared) con el principal parado (segundos);
# y el turno de un hijo en el relevo sin entregar, terminar ni esperar nada.
SEGURIDAD_S = 10.0

_SHAREDCTYPES = os.sep + os.path.join("multiprocessing", "sharedctypes.py")
_h: Any = None
_propios = ""  # carpeta de la instrumentación: sus marcos no cuentan como del alumno
_cerrojo = threading.Lock()
_dormir = time.sleep  # el de verdad (el principal lo sustituye)
_hijo: Any = None  # el módulo retenido.py de este proceso (el lado del hijo y las marcas)
_serie = False  # relevo en serie: en orden de arranque, cada turno hasta que el hijo acaba

# --- en el principal ---
_retenidos: dict[int, Any] = {}  # pid -> Process retenido (aún sin soltar)
_lanzados: list[Any] = []  # los Process retenidos alguna vez (para el join de la salida)
_sueno = 0.0
_sondeos = 0
_desde = 0.0
_sueltas = 0  # cuántas veces se soltó a alguien (las lecturas anteriores ya son viejas)
_relevo: list[int] = []  # los retenidos que esperan su turno, en el orden sembrado
_turno: dict[str, Any] = {}  # el soltado del relevo que aún no entregó: pid, desde, cpu, espera
_relevos = 0  # cuántos relevos se empezaron (cada uno con su orden sembrado)
_pausados: set[int] = set()  # ya soltados, parados de nuevo en su próximo efecto (`pausa-<pid>`)
_acabados: set[int] = set()  # hijos que ya terminaron (para `en_marcha`)


def _como(envoltura: Any, original: Any) -> None:
    """La envoltura se llama como el original: pickle la encuentra por su nombre."""
    for atributo in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(envoltura, atributo, getattr(original, atributo))
        except (AttributeError, TypeError):
            pass


def marco_del_alumno(desde: int = 2, hasta: int = 8) -> FrameType | None:
    """El marco del alumno que hizo la llamada directamente (saltando nuestras envolturas)."""
    for profundidad in range(desde + 1, hasta + 2):
        try:
            marco = sys._getframe(profundidad)
        except ValueError:
            return None
        archivo = marco.f_code.co_filename
        if archivo.startswith(_propios) or archivo == "<string>" or archivo.endswith(_SHAREDCTYPES):
            # «<string>»: los `getvalue`/`setvalue` que genera sharedctypes (`v.value`); y los
            # `with contador:` o `a[i]` de un Value/Array con candado pasan por sharedctypes.py
            continue
        return marco if archivo in _h._alumno else None
    return None


def del_alumno(hasta: int = 8) -> bool:
    """¿La llamada viene directamente del código del alumno (saltando nuestras envolturas)?"""
    return marco_del_alumno(2, hasta + 1) is not None


def espera() -> None:
    """Este proceso va a bloquearse (o a esperar a otro): en un hijo, lo anuncia; en el
    principal, suelta a todos los retenidos."""
    if _h is None or _h._semilla is None:
        return
    if os.getpid() == _h._raiz:
        soltar_todos()
    else:
        _hijo.anunciar_espera()


def sondeo() -> None:
    """El principal consultó algo sin bloquear (una vuelta de un bucle que sondea)."""
    global _sondeos
    if not _retenidos:
        return
    _sondeos += 1
    if _sondeos >= SONDEOS_MAXIMOS:
        soltar_todos()


def hay_retenidos() -> bool:
    return bool(_retenidos)


def soltar_todos(sin_pausados: bool = False) -> None:
    """Todos los retenidos salen, de uno en uno (el relevo, que mueve el vigía).

    `sin_pausados`: solo los que aún no habían salido nunca (ver `ceder`)."""
    global _sueno, _sondeos, _relevos
    with _cerrojo:
        nuevos = [pid for pid in _retenidos
                  if pid not in _relevo and not (sin_pausados and pid in _pausados)]
        if nuevos:
            _relevo.extend(nuevos if _serie else _orden_sembrado(nuevos, _relevos))
            _relevos += 1
        _sueno = 0.0
        _sondeos = 0
        _avanzar()


def _orden_sembrado(pids: list[int], vez: int) -> list[int]:
    """Una permutación sembrada de `pids` (en orden de arranque) que no es la identidad."""
    import random

    orden = list(pids)
    if len(orden) < 2:
        return orden
    random.Random(f"{_h._semilla}:relevo:{vez}").shuffle(orden)
    if orden == pids:
        orden = orden[1:] + orden[:1]
    return orden


def _avanzar() -> None:
    """Con `_cerrojo`: si el del turno ya entregó (o no va a hacerlo), sale el siguiente."""
    global _sueltas
    if _turno:
        if not _turno_acabado():
            return
        _turno.clear()
    while _relevo:
        pid = _relevo.pop(0)
        if _retenidos.pop(pid, None) is None:
            continue  # ya lo soltó su join()
        pausado = pid in _pausados
        _liberar(pid)
        _sueltas += 1
        if pausado:
            continue  # ya entregó su primer efecto: no hay turno que esperar
        _turno.update(pid=pid, desde=time.monotonic(), cpu=_cpu(pid),
                      espera=_hijo.existe(f"espera-{pid}"))
        return


def _turno_acabado() -> bool:
    """¿El hijo del turno entregó, terminó, espera algo o gastó su CPU? (`SEGURIDAD_S`: todos)."""
    pid = _turno["pid"]
    marcas = [f"fin-{pid}.json", f"bloqueado-{pid}"] + ([] if _serie else [f"entregado-{pid}"])
    marcas += [] if _turno["espera"] else [f"espera-{pid}"]
    if any(_hijo.existe(m) for m in marcas) or _termino(pid):
        return True
    if _cpu(pid) - _turno["cpu"] >= CPU_HIJO_S:
        return True
    if time.monotonic() - _turno["desde"] >= SEGURIDAD_S:
        _hijo.marca("relevo-roto")
        for resto in _relevo:  # una llamada que no se modela: ya no hay orden que imponer
            if _retenidos.pop(resto, None) is not None:
                _liberar(resto)
        _relevo.clear()
        return True
    return False


def _liberar(pid: int) -> None:
    """Con `_cerrojo`: el retenido sale (o, si estaba en pausa, sigue)."""
    if pid in _pausados:
        _pausados.discard(pid)
        _hijo.borrar(f"pausa-{pid}")
    else:
        _hijo.marca(f"suelta-{pid}")


def pausar_en_marcha() -> None:
    """El principal vuelve de una espera de verdad (un evento, una cola vacía, un candado):
    los hijos ya soltados que siguen vivos se paran en su próximo efecto, como si el
    sistema le diera la CPU al principal. Salen como los retenidos: cuando el principal
    vuelve a esperar, hace `join()`, duerme o sondea bastante, o sale. Así «me avisó
    uno, ya están todos» falla en cada veredicto, no según quién gane la carrera."""
    global _desde
    if _serie:
        return  # en serie, el del turno sigue hasta acabar (la pausa lo dejaría a medias)
    with _cerrojo:
        for hijo in _lanzados:
            pid = hijo.pid
            if pid is None or pid in _retenidos or pid in _relevo or _termino(pid):
                continue
            if not _hijo.tocar(f"pausa-{pid}"):
                continue  # sin carpeta no hay pausa
            if not _retenidos:
                _desde = time.monotonic()
            _retenidos[pid] = hijo
            _pausados.add(pid)
    if _pausados:
        _vigilar()


def en_marcha() -> bool:
    """¿Hay hijos del alumno soltados que aún no han terminado? (Se mira en cada espera o
    consulta del principal: los que ya terminaron no vuelven a preguntarse al sistema.)"""
    for hijo in _lanzados:
        pid = hijo.pid
        if pid is None or pid in _acabados or pid in _retenidos:
            continue
        if not _termino(pid):
            return True
        _acabados.add(pid)
    return False


def _termino(pid: int) -> bool:
    """¿Terminó el hijo? Sin recogerlo (su `join()` lo recoge después)."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True
    except (AttributeError, OSError):
        return False


def _soltar(pid: int) -> None:
    """El principal hace `join()` de este hijo: sale ya, sin esperar su turno."""
    global _sueltas
    with _cerrojo:
        if _retenidos.pop(pid, None) is not None:
            _liberar(pid)
            _sueltas += 1


def _estado_proc(ruta: str) -> list[str]:
    """Los campos de un `/proc/.../stat` tras el nombre del programa (el estado es el primero);
    [] si no se puede leer (el proceso ya no existe, o no hay /proc)."""
    try:
        with open(ruta, encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def _cpu(pid: int) -> float:
    campos = _estado_proc(f"/proc/{pid}/stat")
    try:
        return (int(campos[11]) + int(campos[12])) / os.sysconf("SC_CLK_TCK")
    except (ValueError, IndexError):
        return 0.0


def _ejecutable(pid: int) -> bool:
    """¿Tiene el proceso algún hilo corriendo o listo para correr (estado `R`)?

    Con la máquina cargada, un proceso que espera su turno de CPU no gasta CPU, pero
    sigue en `R`: no está quieto. Sin /proc (otras plataformas), nunca lo parece."""
    try:
        hilos = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return False
    return any(_estado_proc(f"/proc/{pid}/task/{h}/stat")[:1] == ["R"] for h in hilos)


def _instalar_principal() -> None:
    import atexit
    import multiprocessing.process as proceso

    start_original = proceso.BaseProcess.start
    join_original = proceso.BaseProcess.join

    def start(self: Any) -> None:
        global _desde
        objetivo = getattr(self, "_target", None)
        if getattr(objetivo, "__name__", "") == "_run_server" or not del_alumno():
            return start_original(self)
        with _cerrojo:
            os.environ[ENV_RETENIDO] = "1"
            try:
                start_original(self)
            finally:
                os.environ.pop(ENV_RETENIDO, None)
            if self.pid is not None:
                if not _retenidos:
                    _desde = time.monotonic()
                _retenidos[self.pid] = self
                _lanzados.append(self)
        _vigilar()
        return None

    def join(self: Any, timeout: float | None = None) -> None:
        if not _retenidos or not del_alumno():
            return join_original(self, timeout)
        if self.pid not in _retenidos and self not in _lanzados:
            soltar_todos()  # espera a un proceso que no es de los retenidos (¿de un pool?)
            return join_original(self, timeout)
        _soltar(self.pid)
        limite = None if timeout is None else time.monotonic() + max(0.0, timeout)
        cpu = _cpu(self.pid)
        vuelta = 0
        while True:
            vuelta += 1
            if not _retenidos:
                resto = None if limite is None else max(0.0, limite - time.monotonic())
                return join_original(self, resto)
            join_original(self, _hijo.PERIODO_S if limite is None
                          else max(0.0, min(_hijo.PERIODO_S, limite - time.monotonic())))
            if self.exitcode is not None:
                _comprobar()
                return None
            if limite is not None and time.monotonic() >= limite:
                return None
            if (_hijo.hay(f"espera-{self.pid}", f"espera:{self.pid}", vuelta)
                    or _cpu(self.pid) - cpu >= CPU_HIJO_S):
                soltar_todos()  # el hijo espera algo: quizá a uno de los retenidos

    def is_alive(self: Any, _o: Any = proceso.BaseProcess.is_alive) -> bool:
        if del_alumno():
            sondeo()
        return bool(_o(self))

    proceso.BaseProcess.start = start  # type: ignore[method-assign]
    proceso.BaseProcess.join = join  # type: ignore[method-assign]
    proceso.BaseProcess.is_alive = is_alive  # type: ignore[method-assign]

    # Después de que multiprocessing registre su `_exit_function` (atexit va al revés): así
    # `_al_salir` corre antes, cuando las colas aún no han borrado sus semáforos.
    import multiprocessing.util  # noqa: F401

    atexit.register(_al_salir)


def _comprobar() -> None:
    """Tras esperar a un hijo retenido: ¿cambió algo que el principal leyó antes?"""
    adelantadas = sys.modules.get("_verificador_procesos_adelantadas")
    if adelantadas is not None and adelantadas._pendientes:
        adelantadas.comprobar()


def _vigilar() -> None:
    """El vigía: mueve el relevo, y suelta a los retenidos si el principal se quedó parado."""
    global _vigia
    if _vigia:
        return
    _vigia = True

    def bucle() -> None:
        while True:
            _dormir(_hijo.PERIODO_S if _turno or _relevo else 0.05)
            if _turno or _relevo:
                with _cerrojo:
                    _avanzar()
            if _retenidos and time.monotonic() - _desde > SEGURIDAD_S:
                soltar_todos()

    hilo = threading.Thread(target=bucle, name="verificador-retencion", daemon=True)
    hilo.start()


_vigia = False


def _al_salir() -> None:
    """Al salir el intérprete (antes del join implícito de multiprocessing): sueltos todos."""
    soltar_todos()
    adelantadas = sys.modules.get("_verificador_procesos_adelantadas")
    if adelantadas is not None:
        for hijo in list(_lanzados):
            try:
                if not hijo.daemon:
                    hijo.join()
            except Exception:
                pass
        adelantadas.comprobar(final=True)


def retener() -> None:
    """Antes de cada efecto del alumno: en un hijo, ver `retenido.retener`; en el principal,
    `ceder`."""
    if _h is not None and _h._semilla is not None and os.getpid() == _h._raiz:
        ceder()
    else:
        _hijo.retener()


def ceder() -> None:
    """El principal va a escribir un dato compartido con hijos retenidos: ellos van primero.

    Salen en relevo y el principal espera a que cada uno entregue su primer efecto
    (o espere algo, se bloquee o acabe). Es el orden en que el principal se queda
    sin CPU justo después de `start()` o de un aviso: lo que escribe entonces
    (poner a cero un contador, rellenar la configuración que los hijos leen al
    despertar) llega tarde. Un programa correcto escribe antes de arrancarlos o
    con ellos esperando algo, y no lo nota. Solo salen los que no habían salido
    nunca: los que ya corrieron y están en pausa siguen esperando a que el
    principal espere. En serie no se cede (el turno dura hasta que el hijo
    acaba).
    """
    if _serie or all(pid in _pausados for pid in _retenidos):
        return
    soltar_todos(sin_pausados=True)
    while True:
        with _cerrojo:
            _avanzar()
            if not _relevo and not _turno:
                return
        _dormir(_hijo.PERIODO_S)


def confirmar(cola: Any = None) -> None:
    """Tras el primer efecto de un hijo soltado (ver `retenido.confirmar`)."""
    _hijo.confirmar(cola)


def instalar(hijo: Any) -> None:
    """Solo con semilla: sin semilla no se altera ningún orden ni tiempo."""
    global _h, _propios, _hijo, _serie
    _h = hijo
    _propios = os.path.dirname(os.path.abspath(__file__)) + os.sep
    texto = os.environ.pop(ENV_RETENIDO, "")  # «1»: el principal lo retiene
    _hijo = hijo._cargar("retenido.py", "_verificador_procesos_retenido")
    retenido = (hijo._semilla is not None and os.getpid() != hijo._raiz
                and texto == "1" and "--multiprocessing-fork" in sys.argv)
    _serie = hijo._semilla is not None and os.environ.get(ENV_SERIE) == "1"
    _hijo.instalar(hijo, retenido, _serie)
    if hijo._semilla is None:
        return
    esperas = hijo._cargar("esperas.py", "_verificador_procesos_esperas")
    if os.getpid() == hijo._raiz:
        _instalar_principal()
        esperas.instalar_principal(sys.modules[__name__])
    else:
        esperas.instalar_hijo(sys.modules[__name__])
