"""Límites de recursos del proceso hijo (se aplican entre fork y exec).

Se calculan en el padre y el `preexec_fn` solo llama a `setrlimit`: entre
fork y exec no debe hacerse nada que tome cerrojos de Python (importar,
reservar objetos grandes). Se baja también el límite duro, para que el código
del alumno no pueda volver a subirlo.

RLIMIT_NPROC no obliga a root (ni a quien tiene CAP_SYS_RESOURCE): en ese caso
no se aplica y la defensa contra una bomba de forks es matar el grupo entero.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: sin límites de recursos
    resource = None  # type: ignore[assignment]

__all__ = ["LIMITES_POR_DEFECTO", "GrupoControl", "preparar_hijo"]

_GIB = 1024**3
_MIB = 1024**2

LIMITES_POR_DEFECTO: dict[str, int] = {
    "memoria_bytes": 4 * _GIB,  # espacio de direcciones por proceso (RLIMIT_AS)
    "archivo_bytes": 256 * _MIB,  # tamaño máximo de un archivo escrito (RLIMIT_FSIZE)
    "procesos_extra": 256,  # procesos/hilos nuevos por encima de los del usuario (RLIMIT_NPROC)
    "procesos_max": 512,  # procesos/hilos de toda la ejecución (cgroup pids, también para root)
    "memoria_total_bytes": 4 * _GIB,  # memoria de toda la ejecución (cgroup memory)
    "cpu_s": 0,  # segundos de CPU por proceso (RLIMIT_CPU); 0: los fija quien llama
}

_RECURSOS = {
    "memoria_bytes": "RLIMIT_AS",
    "archivo_bytes": "RLIMIT_FSIZE",
    "cpu_s": "RLIMIT_CPU",
}


def _tareas_del_usuario(uid: int) -> int:
    """Hilos del usuario `uid` ahora mismo (RLIMIT_NPROC cuenta hilos, no solo procesos)."""
    total = 0
    try:
        entradas = os.listdir("/proc")
    except OSError:
        return 0
    for entrada in entradas:
        if not entrada.isdigit():
            continue
        try:
            with open(f"/proc/{entrada}/status", encoding="ascii", errors="replace") as f:
                uid_real = hilos = None
                for linea in f:
                    if linea.startswith("Uid:"):
                        uid_real = int(linea.split()[1])
                    elif linea.startswith("Threads:"):
                        hilos = int(linea.split()[1])
                        break
        except (OSError, ValueError, IndexError):
            continue
        if uid_real == uid and hilos:
            total += hilos
    return total


def _tope(recurso: int, valor: int) -> tuple[int, int]:
    """(blando, duro) = valor, sin pasar del duro actual (subirlo no está permitido)."""
    _, duro = resource.getrlimit(recurso)
    if duro != resource.RLIM_INFINITY:
        valor = min(valor, duro)
    return valor, valor


def preparar_hijo(
    limites: Mapping[str, int] | None = None, cgroups: Sequence[str] = ()
) -> Callable[[], None] | None:
    """La función para `preexec_fn` con los límites ya calculados, o None si no hay `resource`.

    `cgroups`: archivos cgroup.procs en los que el hijo se apunta a sí mismo.
    """
    if resource is None:
        return None
    elegidos = {**LIMITES_POR_DEFECTO, **(limites or {})}
    fijar: list[tuple[int, tuple[int, int]]] = [(resource.RLIMIT_CORE, (0, 0))]
    for nombre, constante in _RECURSOS.items():
        valor = elegidos.get(nombre)
        if valor and hasattr(resource, constante):
            recurso = getattr(resource, constante)
            fijar.append((recurso, _tope(recurso, valor)))
    extra = elegidos.get("procesos_extra")
    if extra and os.geteuid() != 0 and hasattr(resource, "RLIMIT_NPROC"):
        actuales = _tareas_del_usuario(os.getuid())
        if actuales:
            fijar.append((resource.RLIMIT_NPROC, _tope(resource.RLIMIT_NPROC, actuales + extra)))
    setrlimit = resource.setrlimit
    procs = list(cgroups)
    abrir, escribir, cerrar = os.open, os.write, os.close
    solo_escritura = os.O_WRONLY

    def aplicar() -> None:
        # Sin contextlib.suppress: entre fork y exec, lo mínimo posible.
        for archivo in procs:
            try:
                fd = abrir(archivo, solo_escritura)
                try:
                    escribir(fd, b"0")
                finally:
                    cerrar(fd)
            except OSError:
                pass
        for recurso, valores in fijar:
            try:  # noqa: SIM105
                setrlimit(recurso, valores)
            except (ValueError, OSError):
                pass

    return aplicar


# ------------------------------------------------------------------ cgroups
_RAIZ_CGROUP = Path("/sys/fs/cgroup")
_contador_grupos = itertools.count()


def _carpeta_controlador(controlador: str) -> Path | None:
    """La carpeta del cgroup propio para `controlador` (v1) o la unificada (v2), si se puede escribir."""
    try:
        lineas = Path("/proc/self/cgroup").read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    for linea in lineas:
        partes = linea.split(":", 2)
        if len(partes) != 3:
            continue
        _, controladores, ruta = partes
        if controlador in controladores.split(","):
            base = _RAIZ_CGROUP / controlador / ruta.lstrip("/")
        elif controladores == "" and (_RAIZ_CGROUP / "cgroup.controllers").exists():
            base = _RAIZ_CGROUP / ruta.lstrip("/")
            try:
                activos = (base / "cgroup.subtree_control").read_text(encoding="ascii").split()
            except OSError:
                continue
            if controlador not in activos:
                continue
        else:
            continue
        if base.is_dir() and os.access(base, os.W_OK):
            return base
    return None


class GrupoControl:
    """Un cgroup por ejecución: tope de procesos y memoria que obliga también a root.

    Se crea en el cgroup propio (pids y memory, v1 o v2) solo si se puede
    escribir; si no, `crear` devuelve None y quedan los rlimits. El hijo entra
    él mismo entre fork y exec (escribe "0" en cgroup.procs), así que todo lo
    que lance después, demonios con setsid y dobles forks incluidos, queda
    dentro: `matar` los encuentra a todos.
    """

    def __init__(self, carpetas: list[Path]) -> None:
        self.carpetas = carpetas

    @classmethod
    def crear(cls, procesos_max: int | None, memoria_max: int | None) -> GrupoControl | None:
        if os.environ.get("VERIFICADOR_SIN_CGROUP") == "1":
            return None
        nombre = f"verificador-{os.getpid()}-{next(_contador_grupos)}"
        carpetas: list[Path] = []
        pedidos = [("pids", "pids.max", procesos_max)]
        pedidos.append(("memory", "memory.limit_in_bytes", memoria_max))
        for controlador, archivo, valor in pedidos:
            base = _carpeta_controlador(controlador)
            if base is None or not valor:
                continue
            carpeta = base / nombre
            if carpeta in carpetas:
                continue  # v2: una sola carpeta para todos los controladores
            try:
                carpeta.mkdir()
            except OSError:
                continue
            if not (carpeta / archivo).exists() and controlador == "memory":
                archivo = "memory.max"
            try:
                (carpeta / archivo).write_text(str(valor), encoding="ascii")
            except OSError:
                with contextlib.suppress(OSError):
                    carpeta.rmdir()
                continue
            carpetas.append(carpeta)
        return cls(carpetas) if carpetas else None

    @property
    def con_procesos(self) -> bool:
        return any((c / "pids.max").exists() for c in self.carpetas)

    @property
    def archivos_procs(self) -> list[str]:
        return [str(c / "cgroup.procs") for c in self.carpetas]

    def procesos(self) -> list[int]:
        vistos: set[int] = set()
        for carpeta in self.carpetas:
            try:
                texto = (carpeta / "cgroup.procs").read_text(encoding="ascii")
            except OSError:
                continue
            vistos.update(int(p) for p in texto.split() if p.isdigit())
        return sorted(vistos)

    def matar(self, limite_s: float = 2.0) -> None:
        """SIGKILL a todos sus procesos hasta que no quede ninguno (o pase `limite_s`)."""
        fin = time.monotonic() + limite_s
        while True:
            vivos = self.procesos()
            if not vivos or time.monotonic() > fin:
                return
            for pid in vivos:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.005)

    def cerrar(self) -> None:
        self.matar()
        for carpeta in self.carpetas:
            for _ in range(100):
                try:
                    carpeta.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.01)  # los procesos muertos tardan un instante en salir
