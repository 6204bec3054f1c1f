"""Ejecutar un Python hijo aislado y convertir lo que pasó en datos.

Invariantes que garantiza `ejecutar_aislado` al volver (también con Ctrl-C):

- el hijo corre en la caja de arena de `verificador.ejecucion.caja` (bubblewrap:
  sistema de archivos de solo lectura salvo lo pedido, sin red, PID propio) o,
  sin ella, en una sesión y grupo de procesos nuevos;
- si se puede escribir en el cgroup propio, la ejecución entera va en un cgroup
  nuevo con tope de procesos y de memoria (obliga también a root);
- al terminar (por las buenas, por tiempo, por inundación de salida o por una
  excepción en el padre) se manda SIGKILL al grupo, a la caja y al cgroup, y
  se recoge al hijo: no sobreviven nietos (hijos de multiprocessing, forks) ni
  demonios (setsid, doble fork). Solo sin caja ni cgroup (macOS, Windows) un
  proceso que se escape con `setsid()` queda fuera de alcance (ver README);
- la salida (stdout+stderr juntas) se lee mientras llega y se guarda acotada:
  el principio y el final, contando lo omitido. Nunca llena memoria ni disco;
- sin caja, el hijo tiene su propio TMPDIR, que se borra al terminar (con la
  caja, /tmp ya es propio): un hijo matado no deja carpetas temporales;
- los eventos llegan por una tubería propia (VERIFICADOR_EVENTOS_FD), un JSON
  por línea, y se entregan en orden a `al_evento`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verificador.ejecucion.caja import Caja, envolver, legibles_de, modo_aislamiento
from verificador.ejecucion.limites import LIMITES_POR_DEFECTO, GrupoControl, preparar_hijo

__all__ = ["Caja", "Cancelado", "Ejecucion", "cancelar_todo", "ejecutar_aislado", "entorno_hijo"]

LIMITE_SALIDA_BYTES = 256 * 1024  # bytes del principio de la salida que se guardan
COLA_SALIDA_BYTES = 16 * 1024  # bytes del final que se guardan aparte
LIMITE_FLUJO_BYTES = 64 * 1024 * 1024  # bytes de salida tras los que se mata al hijo
LIMITE_LINEA_EVENTO = 32 * 1024 * 1024  # bytes: una línea más larga se descarta (el informe va en una)
DRENAJE_S = 2.0  # segundos para vaciar las tuberías tras matar al grupo
_LECTURA = 65536  # bytes por lectura
_ESPERA_S = 0.2  # segundos como mucho entre dos miradas al reloj y a `cancelar_todo`

# Variables del entorno del padre que cambiarían cómo se comporta el hijo.
_VARIABLES_PELIGROSAS = (
    "PYTEST_ADDOPTS",
    "PYTEST_PLUGINS",
    "PYTHONSTARTUP",
    "PYTHONINSPECT",
    "PYTHONWARNINGS",
    "PYTHONBREAKPOINT",
    "PYTHONDEVMODE",
    "PYTHONTRACEMALLOC",
    "PYTHONASYNCIODEBUG",
    "PYTHONHOME",
)


class Cancelado(KeyboardInterrupt):
    """`cancelar_todo()` paró esta ejecución (p. ej. Ctrl-C en el hilo principal de `calificar`)."""


# Cada `cancelar_todo()` sube la generación: las ejecuciones empezadas antes se paran.
_generacion = 0


def cancelar_todo() -> None:
    """Para ya todas las ejecuciones en curso de este proceso (de cualquier hilo).

    Cada una mata su grupo, su caja y su cgroup, recoge al hijo y lanza
    `Cancelado` en su hilo en menos de `_ESPERA_S`. Para el Ctrl-C de quien
    reparte ejecuciones entre hilos: sin esto, los hilos esperarían a sus hijos.
    """
    global _generacion
    _generacion += 1


@dataclass
class Ejecucion:
    """Lo que pasó con el hijo.

    pid: el del hijo, que es también el id de su grupo de procesos.
    codigo_salida: el código si terminó por sí mismo (None si lo matamos nosotros).
    senal: la señal que lo mató, si murió por una (y no fuimos nosotros).
    tiempo_agotado: se llegó al límite de reloj y se mató al grupo.
    inundacion: escribió más de `limite_flujo_bytes` y se mató al grupo.
    salida: principio y final de stdout+stderr (texto), con una marca de lo omitido.
    bytes_salida: cuántos bytes escribió en total.
    """

    argv: list[str]
    pid: int
    codigo_salida: int | None
    senal: int | None
    duracion_s: float
    tiempo_agotado: bool
    inundacion: bool
    salida: str
    bytes_salida: int
    salida_truncada: bool
    limite_s: float
    eventos: list[dict[str, Any]] = field(default_factory=list)
    aislamiento: str = "grupo"  # "caja" (bubblewrap) o "grupo" (solo grupo de procesos)

    @property
    def nombre_senal(self) -> str | None:
        if self.senal is None:
            return None
        try:
            return signal.Signals(self.senal).name
        except ValueError:
            return f"señal {self.senal}"

    def cola(self, caracteres: int = 2000) -> str:
        """El final de la salida: donde suelen estar el error y la traza."""
        return self.salida[-caracteres:]


class _SalidaAcotada:
    """Guarda el principio (hasta `limite`) y el final (hasta `cola`) de un flujo."""

    def __init__(self, limite: int, cola: int) -> None:
        self.limite = limite
        self.cola_max = cola
        self.principio = bytearray()
        self.final = bytearray()
        self.total = 0

    def agregar(self, datos: bytes) -> None:
        self.total += len(datos)
        hueco = self.limite - len(self.principio)
        if hueco > 0:
            self.principio += datos[:hueco]
            datos = datos[hueco:]
        if datos:
            self.final += datos
            if len(self.final) > self.cola_max:
                del self.final[: len(self.final) - self.cola_max]

    @property
    def truncada(self) -> bool:
        return self.total > len(self.principio) + len(self.final)

    def texto(self) -> str:
        principio = self.principio.decode("utf-8", errors="replace")
        if not self.final:
            return principio
        final = self.final.decode("utf-8", errors="replace")
        omitidos = self.total - len(self.principio) - len(self.final)
        if omitidos <= 0:
            return principio + final
        return f"{principio}\n[... se omitieron {omitidos} bytes de salida ...]\n{final}"


def _ruta_del_paquete() -> str:
    """La carpeta que contiene el paquete `verificador`, para el PYTHONPATH del hijo."""
    return str(Path(__file__).resolve().parents[2])


def entorno_hijo(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """El entorno del hijo: el del padre, sin lo que lo desviaría, más lo fijo y `extra`."""
    entorno = {k: v for k, v in os.environ.items() if k not in _VARIABLES_PELIGROSAS}
    entorno = {k: v for k, v in entorno.items() if not k.startswith("VERIFICADOR_")}
    ruta = [_ruta_del_paquete()]
    if entorno.get("PYTHONPATH"):
        ruta.append(entorno["PYTHONPATH"])
    entorno.update(
        {
            "PYTHONPATH": os.pathsep.join(ruta),
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONIOENCODING": "utf-8",
            "PYTHONUNBUFFERED": "1",
            # Ni la carpeta actual delante en sys.path (3.11+)...
            "PYTHONSAFEPATH": "1",
            # ...ni plugins de pytest que nadie pidió: los jueces los cargan con -p.
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        }
    )
    if extra:
        entorno.update(extra)
    return entorno


def _matar_grupo(pgid: int) -> bool:
    """SIGKILL a todo el grupo. True si había alguien en él."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def _miembros_vivos(pgid: int) -> list[int]:
    """Procesos (no zombis) del grupo `pgid`, leyendo /proc. Vacío si no hay /proc."""
    vivos = []
    try:
        entradas = os.listdir("/proc")
    except OSError:
        return []
    for entrada in entradas:
        if not entrada.isdigit():
            continue
        try:
            with open(f"/proc/{entrada}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # El nombre va entre paréntesis y puede contener espacios: partir tras el último ')'.
        campos = stat[stat.rfind(b")") + 2 :].split()
        if len(campos) > 2 and campos[0] != b"Z" and int(campos[2]) == pgid:
            vivos.append(int(entrada))
    return vivos


def _esperar_grupo_vacio(pgid: int, limite_s: float = 2.0) -> None:
    limite = time.monotonic() + limite_s
    while _miembros_vivos(pgid) and time.monotonic() < limite:
        _matar_grupo(pgid)
        time.sleep(0.01)


def _hijo_terminado(proceso: subprocess.Popen[bytes]) -> bool:
    """¿Terminó el hijo? Sin recogerlo, para que su pid (= pgid) no se reutilice aún."""
    try:
        info = os.waitid(os.P_PID, proceso.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return proceso.poll() is not None
    return info is not None


def ejecutar_aislado(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    tiempo_limite_s: float,
    limite_salida_bytes: int = LIMITE_SALIDA_BYTES,
    limite_flujo_bytes: int = LIMITE_FLUJO_BYTES,
    al_evento: Callable[[dict[str, Any]], float | None] | None = None,
    limites: Mapping[str, int] | None = None,
    caja: Caja | None = None,
    fds: Sequence[int] = (),
) -> Ejecucion:
    """Lanza `argv` aislado, espera como mucho `tiempo_limite_s` y devuelve qué pasó.

    `env` se añade al entorno limpio de `entorno_hijo`. `al_evento` recibe cada
    evento JSON del hijo; si devuelve un número, ese es el nuevo límite total de
    reloj (segundos desde el arranque): así quien sabe cuántas pruebas hay puede
    ajustar el límite cuando el juez las anuncia. `limites` cambia los límites de
    recursos por defecto (ver `verificador.ejecucion.limites`).

    `caja` dice qué puede escribir y qué no ve el hijo; sin ella, solo puede
    escribir en `cwd`. `fds` son descriptores más que hereda el hijo.

    Con caja, el código de salida de bwrap es el del hijo, o 128 + la señal que
    lo mató: aquí se traduce a `senal` como hace la shell.
    """
    generacion = _generacion
    modo = modo_aislamiento()
    elegidos = {**LIMITES_POR_DEFECTO, **(limites or {})}
    if not elegidos.get("cpu_s"):
        # CPU por proceso: el reloj de pared (dos núcleos enteros) y un margen.
        elegidos["cpu_s"] = int(2 * tiempo_limite_s) + 30
    grupo = GrupoControl.crear(elegidos.get("procesos_max"), elegidos.get("memoria_total_bytes"))
    orden = list(argv)
    if modo == "caja":
        if caja is None:
            caja = Caja(escribibles=(Path(cwd),) if cwd is not None else ())
        # El programa, el paquete y el intérprete se ven aunque vivan en /tmp.
        propios = legibles_de([*orden, _ruta_del_paquete(), sys.prefix, sys.base_prefix])
        caja = dataclasses.replace(caja, legibles=(*caja.legibles, *propios))
        orden = envolver(orden, caja, cwd)
    lectura_eventos, escritura_eventos = os.pipe()
    entorno = entorno_hijo(env)
    temporal_hijo = None
    if modo != "caja":
        temporal_hijo = tempfile.mkdtemp(prefix="verificador-tmp-")
        entorno["TMPDIR"] = temporal_hijo
    entorno["VERIFICADOR_EVENTOS_FD"] = str(escritura_eventos)
    salida = _SalidaAcotada(limite_salida_bytes, COLA_SALIDA_BYTES)
    eventos: list[dict[str, Any]] = []
    pendiente = bytearray()
    inicio = time.monotonic()
    limite_s = tiempo_limite_s
    tiempo_agotado = inundacion = False
    proceso: subprocess.Popen[bytes] | None = None
    selector = selectors.DefaultSelector()
    try:
        try:
            proceso = subprocess.Popen(
                orden,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                cwd=cwd,
                env=entorno,
                pass_fds=(escritura_eventos, *fds),
                start_new_session=True,
                preexec_fn=preparar_hijo(elegidos, grupo.archivos_procs if grupo else ()),
            )
        finally:
            os.close(escritura_eventos)
        assert proceso.stdout is not None
        fd_salida = proceso.stdout.fileno()
        selector.register(fd_salida, selectors.EVENT_READ, "salida")
        selector.register(lectura_eventos, selectors.EVENT_READ, "eventos")

        def leer(listos: list[tuple[selectors.SelectorKey, int]]) -> None:
            nonlocal limite_s
            for clave, _ in listos:
                datos = os.read(clave.fd, _LECTURA)
                if not datos:
                    selector.unregister(clave.fd)
                elif clave.data == "salida":
                    salida.agregar(datos)
                else:
                    pendiente.extend(datos)
                    while b"\n" in pendiente:
                        linea, _, resto = bytes(pendiente).partition(b"\n")
                        pendiente[:] = resto
                        evento = _leer_evento(linea)
                        if evento is None:
                            continue
                        eventos.append(evento)
                        if al_evento is not None:
                            nuevo = al_evento(evento)
                            if isinstance(nuevo, (int, float)) and not isinstance(nuevo, bool):
                                limite_s = float(nuevo)
                    if len(pendiente) > LIMITE_LINEA_EVENTO:
                        pendiente.clear()

        while not _hijo_terminado(proceso):
            if _generacion != generacion:
                raise Cancelado
            restante = inicio + limite_s - time.monotonic()
            if restante <= 0:
                tiempo_agotado = True
                break
            if salida.total > limite_flujo_bytes:
                inundacion = True
                break
            if selector.get_map():
                leer(selector.select(min(restante, _ESPERA_S)))
            else:
                # Tuberías cerradas: el hijo está terminando; no hay nada que leer.
                time.sleep(min(restante, 0.002))
        # Por las buenas o por las malas: nadie del grupo sobrevive al hijo.
        habia_alguien = _matar_grupo(proceso.pid)
        if grupo is not None:
            grupo.matar()
        proceso.wait()
        if habia_alguien:
            _esperar_grupo_vacio(proceso.pid)
        fin_drenaje = time.monotonic() + DRENAJE_S
        while selector.get_map() and time.monotonic() < fin_drenaje:
            leer(selector.select(0.05))
    finally:
        if proceso is not None and proceso.returncode is None:
            # Excepción en el padre (Ctrl-C incluido): matar y recoger antes de propagar.
            _matar_grupo(proceso.pid)
            with contextlib.suppress(Exception):
                proceso.wait()
        if grupo is not None:
            grupo.cerrar()
        if temporal_hijo is not None:
            shutil.rmtree(temporal_hijo, ignore_errors=True)
        selector.close()
        os.close(lectura_eventos)
        if proceso is not None and proceso.stdout is not None:
            proceso.stdout.close()
    duracion = time.monotonic() - inicio
    codigo = proceso.returncode
    if modo == "caja" and 128 < codigo < 128 + 65:
        codigo = 128 - codigo  # bwrap: 128 + señal, como la shell
    matado_por_nosotros = tiempo_agotado or inundacion
    return Ejecucion(
        argv=list(argv),
        pid=proceso.pid,
        codigo_salida=None if matado_por_nosotros or codigo < 0 else codigo,
        senal=-codigo if codigo < 0 and not matado_por_nosotros else None,
        duracion_s=duracion,
        tiempo_agotado=tiempo_agotado,
        inundacion=inundacion,
        salida=salida.texto(),
        bytes_salida=salida.total,
        salida_truncada=salida.truncada,
        limite_s=limite_s,
        eventos=eventos,
        aislamiento=modo,
    )


def _leer_evento(linea: bytes) -> dict[str, Any] | None:
    try:
        evento = json.loads(linea.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return evento if isinstance(evento, dict) else None


def python_actual() -> str:
    """El intérprete con el que corren los hijos: el mismo que el padre."""
    return sys.executable
