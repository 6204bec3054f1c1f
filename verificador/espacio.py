"""Espacio de trabajo del alumno: encontrarlo, crearlo y reiniciar un reto sin perder nada.

Un espacio de trabajo es una carpeta con un `verificador.toml`. La raíz de un
clon del repositorio tiene uno, así que un clon es un espacio cuyos intentos
son los archivos de `retos/` editados en su sitio (como rustlings). `verificar
iniciar` crea otro en cualquier parte copiando los archivos del alumno de
cada reto y su `caso.md` (no el juez ni `reto.toml`: el juez, las pistas, sus
costes y los puntos se leen siempre del catálogo instalado).

Invariante: nada de lo que escribió un alumno se borra. `reiniciar` copia
primero el intento a `.verificador/respaldos/<fecha-hora>/NN_slug/` y solo
entonces restaura el original.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verificador.casos import Catalogo, Reto, mostrar_ruta

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - solo en 3.10
    import tomli as tomllib

__all__ = [
    "CARPETA_INTERNA",
    "MARCADOR",
    "ErrorEspacio",
    "Espacio",
    "Reinicio",
    "buscar_espacio",
    "exigir_espacio",
    "iniciar",
    "reiniciar",
]

MARCADOR = "verificador.toml"
CARPETA_INTERNA = ".verificador"
_AJUSTES = {"retos"}
_COPIADOS_SIEMPRE = ("caso.md",)  # reto.toml no: sus pistas y costes viven solo en el catálogo

_CONTENIDO_MARCADOR = """\
# Este archivo marca la raíz de un espacio de trabajo de verificador.
# Ajustes opcionales:
# retos = "ruta/a/mis/retos"
"""


class ErrorEspacio(Exception):
    """Un problema con el espacio de trabajo; el mensaje dice qué hacer."""


@dataclass(frozen=True)
class Espacio:
    raiz: Path
    ajustes: Mapping[str, Any] = field(default_factory=dict)

    @property
    def marcador(self) -> Path:
        return self.raiz / MARCADOR

    @property
    def interna(self) -> Path:
        return self.raiz / CARPETA_INTERNA

    @property
    def ajuste_retos(self) -> str | None:
        valor = self.ajustes.get("retos")
        return valor if isinstance(valor, str) else None

    def directorio_intentos(self, catalogo: Catalogo, reto: Reto) -> Path:
        """Dónde están los archivos del alumno para `reto`.

        Si el catálogo está dentro del espacio (un clon), el intento se edita en
        su sitio; si no, vive en `<espacio>/retos/NN_slug/`, donde lo dejó
        `iniciar`.
        """
        if _dentro_de(catalogo.directorio, self.raiz):
            return reto.directorio
        return self.raiz / "retos" / reto.nombre

    def archivos_intento(self, catalogo: Catalogo, reto: Reto) -> list[Path]:
        base = self.directorio_intentos(catalogo, reto)
        return [base / nombre for nombre in reto.archivos]


def _dentro_de(ruta: Path, base: Path) -> bool:
    try:
        ruta.resolve().relative_to(base.resolve())
    except ValueError:
        return False
    return True


def _leer_ajustes(marcador: Path) -> dict[str, Any]:
    try:
        datos = tomllib.loads(marcador.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ErrorEspacio(
            f"{mostrar_ruta(marcador)} no es un TOML válido ({error}); corrígelo"
        ) from None
    except OSError as error:
        raise ErrorEspacio(f"no puedo leer {mostrar_ruta(marcador)}: {error.strerror}") from None
    for clave, valor in datos.items():
        if clave not in _AJUSTES:
            raise ErrorEspacio(
                f"ajuste desconocido {clave!r} en {mostrar_ruta(marcador)}; "
                "el único ajuste es 'retos'"
            )
        if not isinstance(valor, str) or not valor.strip():
            raise ErrorEspacio(
                f"valor {valor!r} inválido para 'retos' en {mostrar_ruta(marcador)}: "
                "debe ser la ruta de una carpeta de retos"
            )
    return datos


def buscar_espacio(desde: Path | None = None) -> Espacio | None:
    """El espacio que contiene `desde` (sube por las carpetas padre), o None."""
    actual = (desde or Path.cwd()).resolve()
    for carpeta in (actual, *actual.parents):
        marcador = carpeta / MARCADOR
        if marcador.is_file():
            return Espacio(raiz=carpeta, ajustes=_leer_ajustes(marcador))
    return None


def exigir_espacio(desde: Path | None = None) -> Espacio:
    espacio = buscar_espacio(desde)
    if espacio is None:
        raise ErrorEspacio(
            f"no estás dentro de un espacio de trabajo de verificador (no hay {MARCADOR} "
            "aquí ni en las carpetas superiores); crea uno con `verificar iniciar CARPETA`"
        )
    return espacio


def iniciar(destino: Path, catalogo: Catalogo, *, ajuste_retos: str | None = None) -> Espacio:
    """Crea un espacio en `destino` con los archivos del alumno de cada reto.

    Guarda además una copia prístina en `.verificador/originales/` para que
    `reiniciar` funcione sin git. Se niega a tocar una carpeta no vacía.
    """
    if destino.exists() and not destino.is_dir():
        raise ErrorEspacio(f"{mostrar_ruta(destino)} ya existe y no es una carpeta; elige otra")
    if destino.is_dir() and any(destino.iterdir()):
        raise ErrorEspacio(
            f"la carpeta {mostrar_ruta(destino)} ya existe y no está vacía; elige otra "
            "carpeta o vacíala (no sobrescribo nada)"
        )
    destino.mkdir(parents=True, exist_ok=True)
    originales = destino / CARPETA_INTERNA / "originales"
    for reto in catalogo.retos:
        for nombre in (*_COPIADOS_SIEMPRE, *reto.archivos):
            origen = reto.directorio / nombre
            if not origen.is_file():
                continue
            copia = destino / "retos" / reto.nombre / nombre
            copia.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origen, copia)
            if nombre in reto.archivos:
                pristino = originales / reto.nombre / nombre
                pristino.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(origen, pristino)
    contenido = _CONTENIDO_MARCADOR
    if ajuste_retos:
        ruta = str(Path(ajuste_retos).expanduser().resolve()).replace("\\", "\\\\")
        contenido += f'retos = "{ruta}"\n'
    (destino / MARCADOR).write_text(contenido, encoding="utf-8")
    return Espacio(raiz=destino.resolve(), ajustes=_leer_ajustes(destino / MARCADOR))


def _original(espacio: Espacio, catalogo: Catalogo, reto: Reto, nombre: str) -> bytes:
    """La versión entregada de un archivo del alumno.

    Orden: el catálogo instalado si no es la misma carpeta que el intento (la
    copia de `.verificador/originales/` está en el espacio y un intento pudo
    cambiarla: si no coincide con el catálogo, se repone desde él); la copia de
    `iniciar`; y en un clon, `git show HEAD:ruta`.
    """
    guardado = espacio.interna / "originales" / reto.nombre / nombre
    intento = espacio.directorio_intentos(catalogo, reto) / nombre
    en_catalogo = reto.directorio / nombre
    if en_catalogo.resolve() != intento.resolve() and en_catalogo.is_file():
        contenido = en_catalogo.read_bytes()
        _reponer_original(guardado, contenido)
        return contenido
    if guardado.is_file() and not guardado.is_symlink():
        return guardado.read_bytes()
    relativa = intento.resolve().relative_to(espacio.raiz.resolve()).as_posix()
    try:
        salida = subprocess.run(
            ["git", "show", f"HEAD:./{relativa}"],
            cwd=espacio.raiz,
            capture_output=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        salida = None
    if salida is not None and salida.returncode == 0:
        return salida.stdout
    raise ErrorEspacio(
        f"no encuentro la versión original de {relativa}: no está en "
        f"{CARPETA_INTERNA}/originales/ ni en git. Recupérala del repositorio "
        "(`git checkout -- ARCHIVO`) o crea un espacio nuevo con `verificar iniciar CARPETA`"
    )


def _reponer_original(guardado: Path, contenido: bytes) -> None:
    """Deja en `guardado` la copia prístina `contenido` si falta o la cambiaron (sin fallar)."""
    try:
        if guardado.is_file() and not guardado.is_symlink() and guardado.read_bytes() == contenido:
            return
        if guardado.is_symlink() or guardado.is_dir():
            return  # algo raro en su lugar: no se toca, pero tampoco se usa
        guardado.parent.mkdir(parents=True, exist_ok=True)
        temporal = guardado.with_name(f".{guardado.name}.tmp")
        temporal.write_bytes(contenido)
        temporal.replace(guardado)
    except OSError:
        pass


@dataclass(frozen=True)
class Reinicio:
    """Qué hizo `reiniciar`: dónde quedó el respaldo (None si no hizo falta) y qué restauró."""

    respaldo: Path | None
    restaurados: tuple[str, ...]


def _carpeta_respaldo(espacio: Espacio, reto: Reto) -> Path:
    sello = _dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    base = espacio.interna / "respaldos"
    candidata = base / sello
    n = 2
    while (candidata / reto.nombre).exists():
        candidata = base / f"{sello}_{n}"
        n += 1
    return candidata / reto.nombre


def reiniciar(espacio: Espacio, catalogo: Catalogo, reto: Reto) -> Reinicio:
    """Respalda el intento actual y restaura la versión entregada del reto.

    Lee todos los originales antes de tocar nada, para no dejar un reto a
    medio restaurar si falta alguno. Solo respalda los archivos que cambiaron.
    """
    originales = {n: _original(espacio, catalogo, reto, n) for n in reto.archivos}
    base = espacio.directorio_intentos(catalogo, reto)
    cambiados = [
        n for n in reto.archivos
        if not (base / n).is_file() or (base / n).read_bytes() != originales[n]
    ]
    if not cambiados:
        return Reinicio(respaldo=None, restaurados=())
    respaldo: Path | None = None
    existentes = [n for n in cambiados if (base / n).is_file()]
    if existentes:
        respaldo = _carpeta_respaldo(espacio, reto)
        for nombre in existentes:
            copia = respaldo / nombre
            copia.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(base / nombre, copia)
            if copia.read_bytes() != (base / nombre).read_bytes():  # pragma: no cover
                raise ErrorEspacio(f"no pude respaldar {nombre}; no he tocado tu intento")
    for nombre in cambiados:
        destino = base / nombre
        destino.parent.mkdir(parents=True, exist_ok=True)
        destino.write_bytes(originales[nombre])
    return Reinicio(respaldo=respaldo, restaurados=tuple(cambiados))
