"""La carpeta de entregas: encontrar cada una, abrir zips sin riesgo y localizar el espacio.

Una entrega es una carpeta o un `.zip` (el nombre, sin `.zip`, es el
identificador del alumno) que contiene un espacio de trabajo: un
`verificador.toml` en su raíz o en la de su única subcarpeta (el zip típico
de "comprimir carpeta").

Un zip no se extrae entero: se revisan TODAS sus entradas (rutas absolutas,
`..`, enlaces simbólicos, tamaños declarados y proporción de compresión) y
luego se copian solo las que se usan (el marcador, los archivos de `retos/` y
el progreso), leyendo con un tope de bytes real: el tamaño declarado de un zip
puede mentir. Cualquier problema da una `Situacion` propia del alumno y nunca
detiene el lote.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from verificador.aula.modelo import Situacion

__all__ = [
    "LIMITE_ARCHIVO_BYTES",
    "Entrega",
    "abrir_entrega",
    "descubrir_entregas",
    "enlace_en_camino",
    "identificadores_unicos",
]

MARCADOR = "verificador.toml"
RUTA_PROGRESO = ".verificador/progreso.sqlite3"
LIMITE_ARCHIVO_BYTES = 1024 * 1024  # bytes de un archivo del alumno (más es sospechoso)
LIMITE_PROGRESO_BYTES = 16 * 1024 * 1024  # bytes de su base de progreso
LIMITE_ZIP_DECLARADO = 512 * 1024 * 1024  # bytes descomprimidos que un zip puede declarar
LIMITE_ZIP_ENTRADAS = 20_000  # entradas de un zip
LIMITE_ZIP_EXTRAIDO = 64 * 1024 * 1024  # bytes reales que se extraen de un zip, en total
PROPORCION_BOMBA = 200  # descomprimido/comprimido por encima de esto (y > 1 MiB): bomba
_MIB = 1024 * 1024
_IGNORADAS = ("__MACOSX",)


@dataclass
class Entrega:
    """Una entrada de la carpeta de entregas, ya abierta.

    raiz: la carpeta del espacio de trabajo (en el temporal si venía en zip),
    o None si la entrega no es válida (`situacion` y `motivo` dicen por qué).
    rechazados: rutas relativas a la raíz que no se copiaron del zip, con el motivo.
    """

    alumno: str
    origen: Path
    situacion: Situacion
    motivo: str | None = None
    raiz: Path | None = None
    rechazados: dict[str, str] = field(default_factory=dict)


def descubrir_entregas(carpeta: Path) -> tuple[list[Path], list[str]]:
    """Las entradas a calificar (carpetas y .zip, en orden) y las que se ignoran.

    Se ignoran los archivos ocultos y los que no son zip: una nota suelta o un
    CSV anterior en la carpeta de entregas no es un alumno.
    """
    entradas: list[Path] = []
    ignorados: list[str] = []
    for ruta in sorted(carpeta.iterdir(), key=lambda r: r.name):
        if ruta.name.startswith(".") or ruta.name in _IGNORADAS:
            continue
        if ruta.is_dir() or ruta.suffix.lower() == ".zip":
            entradas.append(ruta)
        else:
            ignorados.append(ruta.name)
    return entradas, ignorados


def identificador(ruta: Path) -> str:
    return ruta.name[: -len(".zip")] if ruta.name.lower().endswith(".zip") else ruta.name


def identificadores_unicos(entradas: list[Path]) -> tuple[list[str], set[int]]:
    """Un identificador por entrada, sin repetir (`ana`, `ana (2)`), y los índices renombrados.

    `ana/` y `ana.zip` son dos entregas: ninguna pisa los resultados de la otra.
    """
    usados: set[str] = set()
    nombres: list[str] = []
    renombrados: set[int] = set()
    for i, ruta in enumerate(entradas):
        base = identificador(ruta)
        nombre, n = base, 1
        while nombre.casefold() in usados:
            n += 1
            nombre = f"{base} ({n})"
        if n > 1:
            renombrados.add(i)
        usados.add(nombre.casefold())
        nombres.append(nombre)
    return nombres, renombrados


def enlace_en_camino(raiz: Path, relativa: str) -> str | None:
    """La primera parte de `raiz/relativa` que es un enlace simbólico (la raíz incluida), o None.

    Un enlace en una carpeta intermedia (`retos/` apuntando a las soluciones
    del docente) es tan peligroso como en el archivo final.
    """
    actual = raiz
    if actual.is_symlink():
        return actual.name
    for parte in PurePosixPath(relativa).parts:
        actual = actual / parte
        if actual.is_symlink():
            return str(actual.relative_to(raiz))
    return None


def _prefijo_raiz(archivos: Iterable[str]) -> tuple[str | None, str | None]:
    """Dónde está `verificador.toml`: "" (raíz), "carpeta/" o None, con el motivo si falla."""
    candidatos = sorted({
        a[: -len(MARCADOR)] for a in archivos
        if (a == MARCADOR or a.endswith("/" + MARCADOR))
        and a.count("/") <= 1 and not a.startswith(_IGNORADAS)
    })
    if "" in candidatos:
        return "", None
    if len(candidatos) == 1:
        return candidatos[0], None
    if len(candidatos) > 1:
        return None, ("hay varios espacios de trabajo (" + ", ".join(c.rstrip("/")
                      for c in candidatos) + "); entrega uno solo")
    return None, (f"no hay {MARCADOR} en la raíz ni en su única subcarpeta: entrega la "
                  "carpeta creada con `verificar iniciar`")


def _necesario(relativa: str) -> bool:
    """¿Hace falta copiar esta ruta (relativa a la raíz del espacio) para calificar?"""
    partes = PurePosixPath(relativa).parts
    if relativa == MARCADOR or relativa in (RUTA_PROGRESO, RUTA_PROGRESO + "-wal"):
        return True
    return len(partes) >= 3 and partes[0] == "retos"


def _abrir_carpeta(alumno: str, origen: Path) -> Entrega:
    if origen.is_symlink():
        return Entrega(alumno, origen, Situacion.NO_ES_ESPACIO,
                       "la entrega es un enlace simbólico; copia la carpeta de verdad")
    nombres = [MARCADOR] if (origen / MARCADOR).is_file() else [
        f"{sub.name}/{MARCADOR}" for sub in origen.iterdir()
        if sub.is_dir() and not sub.is_symlink() and (sub / MARCADOR).is_file()
    ]
    prefijo, motivo = _prefijo_raiz(nombres)
    if prefijo is None:
        return Entrega(alumno, origen, Situacion.NO_ES_ESPACIO, motivo)
    return Entrega(alumno, origen, Situacion.VALIDA, raiz=origen / prefijo)


def _problema_zip(informacion: list[zipfile.ZipInfo]) -> str | None:
    """Por qué un zip es peligroso, o None. Revisa todas las entradas, se usen o no."""
    if len(informacion) > LIMITE_ZIP_ENTRADAS:
        return f"tiene {len(informacion)} entradas (el máximo es {LIMITE_ZIP_ENTRADAS})"
    declarado = 0
    for info in informacion:
        nombre = info.filename
        ruta = PurePosixPath(nombre.replace("\\", "/"))
        if nombre.startswith(("/", "\\")) or (len(nombre) > 1 and nombre[1] == ":") \
                or ".." in ruta.parts:
            return f"la entrada {nombre!r} sale de la carpeta (ruta absoluta o con '..')"
        modo = info.external_attr >> 16
        if stat.S_ISLNK(modo):
            return f"la entrada {nombre!r} es un enlace simbólico"
        declarado += info.file_size
        if info.file_size > _MIB and info.file_size > PROPORCION_BOMBA * max(1, info.compress_size):
            return (f"la entrada {nombre!r} se descomprime {info.file_size // max(1, info.compress_size)}"
                    " veces su tamaño (bomba de descompresión)")
    if declarado > LIMITE_ZIP_DECLARADO:
        return (f"declara {declarado // _MIB} MiB descomprimidos (el máximo es "
                f"{LIMITE_ZIP_DECLARADO // _MIB} MiB)")
    return None


class _Excedido(Exception):
    pass


class _TotalExcedido(Exception):
    pass


def _copiar_acotado(
    zip_: zipfile.ZipFile, info: zipfile.ZipInfo, destino: Path, limite: int, presupuesto: list[int]
) -> None:
    """Copia una entrada leyendo como mucho `limite` bytes reales (el declarado puede mentir).

    `presupuesto[0]` son los bytes que aún se pueden extraer de todo el zip: se
    descuenta lo leído, y al agotarse se para (una bomba en muchas entradas).
    """
    destino.parent.mkdir(parents=True, exist_ok=True)
    leidos = 0
    with zip_.open(info) as origen, destino.open("wb") as salida:
        while True:
            trozo = origen.read(64 * 1024)
            if not trozo:
                return
            leidos += len(trozo)
            presupuesto[0] -= len(trozo)
            if presupuesto[0] < 0:
                raise _TotalExcedido(info.filename)
            if leidos > limite:
                raise _Excedido(info.filename)
            salida.write(trozo)


def _abrir_zip(alumno: str, origen: Path, temporal: Path) -> Entrega:
    try:
        with zipfile.ZipFile(origen) as zip_:
            informacion = zip_.infolist()
            problema = _problema_zip(informacion)
            if problema:
                return Entrega(alumno, origen, Situacion.ZIP_PELIGROSO, problema)
            archivos = [i.filename for i in informacion if not i.is_dir()]
            prefijo, motivo = _prefijo_raiz(archivos)
            if prefijo is None:
                return Entrega(alumno, origen, Situacion.NO_ES_ESPACIO, motivo)
            raiz = temporal / "espacio"
            raiz.mkdir(parents=True)
            rechazados: dict[str, str] = {}
            presupuesto = [LIMITE_ZIP_EXTRAIDO]
            for info in informacion:
                if info.is_dir() or not info.filename.startswith(prefijo):
                    continue
                relativa = info.filename[len(prefijo):]
                if not _necesario(relativa):
                    continue
                limite = LIMITE_PROGRESO_BYTES if relativa.startswith(".verificador/") \
                    else LIMITE_ARCHIVO_BYTES
                try:
                    _copiar_acotado(zip_, info, raiz / relativa, limite, presupuesto)
                except _TotalExcedido:
                    return Entrega(alumno, origen, Situacion.ZIP_PELIGROSO,
                                   f"descomprime más de {LIMITE_ZIP_EXTRAIDO // _MIB} MiB en lo "
                                   "que se usa (bomba de descompresión)")
                except _Excedido:
                    (raiz / relativa).unlink(missing_ok=True)
                    rechazados[relativa] = f"pasa de {limite // 1024} KiB"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
        return Entrega(alumno, origen, Situacion.ZIP_INVALIDO, f"no se puede leer el zip ({error})")
    except (RuntimeError, ValueError) as error:  # p. ej. zip cifrado, método raro
        return Entrega(alumno, origen, Situacion.ZIP_INVALIDO, f"no se puede leer el zip ({error})")
    except OSError as error:
        return Entrega(alumno, origen, Situacion.ZIP_INVALIDO,
                       f"no se puede leer el zip ({error.strerror or error})")
    return Entrega(alumno, origen, Situacion.VALIDA, raiz=raiz, rechazados=rechazados)


def abrir_entrega(origen: Path, temporal: Path) -> Entrega:
    """Abre una entrada: carpeta en su sitio, zip copiando lo necesario a `temporal`."""
    alumno = identificador(origen)
    if origen.is_dir():
        return _abrir_carpeta(alumno, origen)
    return _abrir_zip(alumno, origen, temporal)
