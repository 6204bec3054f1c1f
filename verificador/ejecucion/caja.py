"""La caja de arena de cada ejecución juzgada (bubblewrap), o su sustituto.

Con `bwrap` (paquete `bubblewrap` de Debian/Ubuntu/Fedora) el hijo corre con:

- todo el sistema de archivos en solo lectura (catálogo, jueces, paquete,
  soluciones, entregas ajenas), salvo las carpetas que pide quien llama
  (`Caja.escribibles`, p. ej. la carpeta temporal de la ejecución) y las copias
  privadas (`Caja.copias`: una carpeta temporal montada encima de la del
  alumno, así ve sus archivos en su ruta pero escribe solo en la copia);
- carpetas ocultas (`Caja.ocultas`: una carpeta vacía encima; la base de
  progreso `.verificador/` y `soluciones/`);
- /tmp propio, sin red, espacios de nombres propios de PID, IPC, UTS y
  montajes, sin capacidades (`--cap-drop ALL`) y sesión nueva: al terminar el
  primer proceso de la caja el núcleo mata a todos los demás (demonios con
  setsid o doble fork incluidos), y `--die-with-parent` la cierra si muere el
  verificador.

Sin bwrap (macOS, Windows, contenedores sin espacios de nombres de usuario) o
con VERIFICADOR_AISLAMIENTO=grupo se usa el aislamiento de antes: un grupo de
procesos con límites (ver README, «Trampas, con honestidad»). Se avisa una
vez, en español, por la salida de errores.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "ENV_AISLAMIENTO",
    "Caja",
    "envolver",
    "legibles_de",
    "modo_aislamiento",
    "rutas_privadas",
]

ENV_AISLAMIENTO = "VERIFICADOR_AISLAMIENTO"  # "caja", "grupo" o vacío (automático)
_PRUEBA_S = 10.0  # segundos como mucho para comprobar que bwrap funciona aquí

_AVISO = (
    "Aviso: no hay caja de arena (bubblewrap) en este sistema; cada intento corre solo "
    "en su propio grupo de procesos y podría escribir en tus archivos. Ver README, "
    "«Trampas, con honestidad»."
)
_avisado = False


@dataclass(frozen=True)
class Caja:
    """Qué ve y qué puede escribir el hijo dentro de la caja.

    escribibles: carpetas que se montan tal cual y en las que puede escribir.
    legibles: carpetas de /tmp que debe ver (solo lectura): /tmp es propio.
    copias: pares (copia, original): la copia se monta encima del original.
    ocultas: carpetas que se tapan con una vacía.
    """

    escribibles: tuple[Path, ...] = ()
    legibles: tuple[Path, ...] = ()
    copias: tuple[tuple[Path, Path], ...] = ()
    ocultas: tuple[Path, ...] = field(default_factory=tuple)


@functools.lru_cache(maxsize=1)
def _bwrap_funciona() -> str | None:
    """La ruta de bwrap si está y puede crear una caja aquí (se prueba una vez)."""
    ruta = shutil.which("bwrap")
    if ruta is None:
        return None
    try:
        prueba = subprocess.run(
            [ruta, *_BASE, "--", "true"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=_PRUEBA_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return ruta if prueba.returncode == 0 else None


_BASE = (
    "--unshare-all",
    "--die-with-parent",
    "--new-session",
    "--cap-drop", "ALL",
    "--ro-bind", "/", "/",
    "--dev", "/dev",
    "--proc", "/proc",
    "--tmpfs", "/tmp",
)  # fmt: skip


def modo_aislamiento() -> str:
    """'caja' si las ejecuciones van en bubblewrap, 'grupo' si solo en un grupo de procesos.

    VERIFICADOR_AISLAMIENTO=grupo fuerza el sustituto (para probar ese camino);
    =caja exige bwrap y falla si no funciona.
    """
    global _avisado
    pedido = os.environ.get(ENV_AISLAMIENTO, "").strip().lower()
    if pedido == "grupo":
        return "grupo"
    if _bwrap_funciona() is not None:
        return "caja"
    if pedido == "caja":
        raise RuntimeError(
            f"{ENV_AISLAMIENTO}=caja, pero bubblewrap (bwrap) no está o no puede crear una "
            "caja aquí: instala el paquete `bubblewrap` o quita la variable"
        )
    if not _avisado:
        _avisado = True
        sys.stderr.write(_AVISO + "\n")
    return "grupo"


def envolver(argv: Sequence[str], caja: Caja, cwd: str | os.PathLike[str] | None) -> list[str]:
    """`argv` dentro de bwrap con la `caja` pedida (solo si `modo_aislamiento()` es 'caja')."""
    ruta = _bwrap_funciona()
    assert ruta is not None
    orden = [ruta, *_BASE]
    for legible in sorted({Path(x) for x in caja.legibles}, key=lambda p: len(p.parts)):
        if legible.is_dir():
            orden += ["--ro-bind", str(legible), str(legible)]
    montajes = [(Path(e), Path(e)) for e in caja.escribibles]
    montajes += [(Path(c), Path(o)) for c, o in caja.copias]
    # Primero los de fuera: un montaje dentro de otro debe ir después.
    for origen, destino in sorted(montajes, key=lambda m: len(m[1].parts)):
        orden += ["--bind", str(origen), str(destino)]
    # Las ocultas al final: un montaje legible que las contenga no las destapa.
    for oculta in caja.ocultas:
        if Path(oculta).is_dir() and not any(d.is_relative_to(oculta) for _, d in montajes):
            orden += ["--tmpfs", str(oculta)]
    if cwd is not None:
        orden += ["--chdir", str(cwd)]
    return [*orden, "--", *argv]


def legibles_de(argv: Sequence[str]) -> tuple[Path, ...]:
    """Las carpetas de /tmp que nombra `argv` (el programa, el juez): se ven dentro de la caja."""
    carpetas = []
    for parte in argv:
        if not parte.startswith("/tmp/") or parte.startswith("/tmp/verificador-"):
            continue  # los temporales de otras ejecuciones no se ven
        ruta = Path(parte)
        if ruta.is_dir():
            carpetas.append(ruta)
        elif ruta.exists():
            carpetas.append(ruta.parent)
    return tuple(carpetas)


def rutas_privadas(*desde: Path) -> tuple[Path, ...]:
    """Las carpetas que un intento no debe ver cerca de `desde`: `.verificador/` y `soluciones/`.

    Se buscan en cada carpeta de `desde` y en sus antepasados (el espacio de
    trabajo, el catálogo del que sale el juez).
    """
    vistas: list[Path] = []
    for punto in desde:
        for carpeta in [Path(punto), *Path(punto).parents]:
            for nombre in (".verificador", "soluciones"):
                candidata = carpeta / nombre
                if candidata.is_dir() and not candidata.is_symlink() and candidata not in vistas:
                    vistas.append(candidata)
    return tuple(vistas)
