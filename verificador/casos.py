"""Catálogo de retos: lee y valida cada `retos/NN_slug/reto.toml`.

Un reto es una carpeta autocontenida. Los metadatos de `reto.toml` (puntos,
costes de las pistas, archivos del alumno) son la autoridad: siempre se leen
del catálogo, nunca de la copia del alumno, para que editar el espacio de
trabajo no cambie ni el juez ni la puntuación.

Cada error de validación nombra el archivo y el campo, como pytest-timeout
nombra el origen de un valor inválido: el autor de un reto debe poder
arreglarlo sin leer este código.

Dónde vive el catálogo (de mayor a menor precedencia): la opción `--retos`,
la variable de entorno `VERIFICADOR_RETOS`, el ajuste `retos = "..."` del
`verificador.toml` del espacio de trabajo, y por último el catálogo incluido:
`verificador/_datos/retos` en una instalación normal o `retos/` junto al
paquete en un clon (instalación editable).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - solo en 3.10
    import tomli as tomllib

__all__ = [
    "DIFICULTADES",
    "MOTORES",
    "VARIABLE_RETOS",
    "Catalogo",
    "ErrorCatalogo",
    "FuenteCatalogo",
    "Pista",
    "Reto",
    "cargar_catalogo",
    "cargar_reto",
    "catalogo_incluido",
    "mostrar_ruta",
    "resolver_catalogo",
]

VARIABLE_RETOS = "VERIFICADOR_RETOS"
DIFICULTADES = ("fácil", "media", "difícil")
MOTORES = ("hilos", "asyncio", "procesos")

# Nombre de carpeta de un reto: dos o más dígitos, guion bajo, slug.
_NOMBRE_RETO = re.compile(r"^(?P<numero>\d{2,})_(?P<slug>[a-z0-9][a-z0-9_]*)$")
_CLAVES = {
    "numero",
    "titulo",
    "tema",
    "dificultad",
    "puntos",
    "archivos",
    "motor",
    "repeticiones",
    "tiempo_limite_s",
    "pistas",
}
_CLAVES_PISTA = {"texto", "coste"}


class ErrorCatalogo(Exception):
    """Un catálogo o un reto.toml inválido, o un número de reto que no existe.

    El mensaje es una sola línea en español que dice qué pasó y qué hacer.
    """


@dataclass(frozen=True)
class Pista:
    texto: str
    coste: int


@dataclass(frozen=True)
class Reto:
    """Los metadatos de un reto, ya validados.

    directorio: la carpeta del reto en el catálogo (donde está el juez).
    nombre: el nombre de esa carpeta (`02_saldo`); es la identidad estable del
    reto en el progreso, porque el número podría reordenarse en otro catálogo.
    """

    numero: int
    nombre: str
    titulo: str
    tema: str
    dificultad: str
    puntos: int
    archivos: tuple[str, ...]
    motor: str
    repeticiones: int
    tiempo_limite_s: float
    pistas: tuple[Pista, ...]
    directorio: Path

    @property
    def slug(self) -> str:
        return self.nombre.split("_", 1)[1]

    @property
    def juez(self) -> Path:
        return self.directorio / "test_juez.py"


@dataclass(frozen=True)
class FuenteCatalogo:
    """Dónde está el catálogo y de dónde salió esa ruta (para los mensajes)."""

    retos: Path
    soluciones: Path
    origen: str


@dataclass(frozen=True)
class Catalogo:
    fuente: FuenteCatalogo
    retos: tuple[Reto, ...]

    @property
    def directorio(self) -> Path:
        return self.fuente.retos

    def obtener(self, numero: int) -> Reto:
        for reto in self.retos:
            if reto.numero == numero:
                return reto
        raise ErrorCatalogo(
            f"no existe el reto {numero}; {self.rango_valido()}. Míralos con `verificar lista`"
        )

    def rango_valido(self) -> str:
        numeros = sorted(r.numero for r in self.retos)
        if not numeros:
            return f"el catálogo {mostrar_ruta(self.directorio)} no tiene retos"
        if numeros == list(range(numeros[0], numeros[-1] + 1)):
            return f"los retos válidos son del {numeros[0]} al {numeros[-1]}"
        return "los retos válidos son " + ", ".join(str(n) for n in numeros)

    def solucion(self, reto: Reto) -> Path:
        return self.fuente.soluciones / reto.nombre


def mostrar_ruta(ruta: Path) -> str:
    """Ruta relativa a la carpeta actual si cuelga de ella; si no, absoluta."""
    try:
        return str(ruta.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(ruta)


def _invalido(valor: Any, campo: str, archivo: Path, regla: str) -> ErrorCatalogo:
    return ErrorCatalogo(
        f"valor {valor!r} inválido para '{campo}' en {mostrar_ruta(archivo)}: {regla}"
    )


def _entero(datos: Mapping[str, Any], campo: str, archivo: Path, minimo: int) -> int:
    if campo not in datos:
        raise ErrorCatalogo(f"falta el campo '{campo}' en {mostrar_ruta(archivo)}")
    valor = datos[campo]
    if isinstance(valor, bool) or not isinstance(valor, int) or valor < minimo:
        raise _invalido(valor, campo, archivo, f"debe ser un entero mayor o igual que {minimo}")
    return valor


def _texto(datos: Mapping[str, Any], campo: str, archivo: Path) -> str:
    if campo not in datos:
        raise ErrorCatalogo(f"falta el campo '{campo}' en {mostrar_ruta(archivo)}")
    valor = datos[campo]
    if not isinstance(valor, str) or not valor.strip():
        raise _invalido(valor, campo, archivo, "debe ser un texto no vacío")
    return valor.strip()


def _opcion(datos: Mapping[str, Any], campo: str, archivo: Path, validas: tuple[str, ...]) -> str:
    valor = _texto(datos, campo, archivo)
    if valor not in validas:
        raise _invalido(valor, campo, archivo, "debe ser uno de " + ", ".join(validas))
    return valor


def _archivos(datos: Mapping[str, Any], directorio: Path, archivo: Path) -> tuple[str, ...]:
    if "archivos" not in datos:
        raise ErrorCatalogo(f"falta el campo 'archivos' en {mostrar_ruta(archivo)}")
    valor = datos["archivos"]
    regla = "debe ser una lista no vacía de nombres de archivo dentro de la carpeta del reto"
    if not isinstance(valor, list) or not valor:
        raise _invalido(valor, "archivos", archivo, regla)
    nombres: list[str] = []
    for nombre in valor:
        if not isinstance(nombre, str) or not nombre or nombre in nombres:
            raise _invalido(valor, "archivos", archivo, regla + ", sin repetir")
        partes = PurePosixPath(nombre).parts
        if PurePosixPath(nombre).is_absolute() or ".." in partes or "\\" in nombre:
            raise _invalido(nombre, "archivos", archivo, regla)
        if nombre == "test_juez.py":
            raise _invalido(
                nombre, "archivos", archivo, "el juez no puede ser un archivo del alumno"
            )
        if not (directorio / nombre).is_file():
            raise ErrorCatalogo(
                f"el archivo {nombre!r} de 'archivos' no existe en {mostrar_ruta(directorio)}"
            )
        nombres.append(nombre)
    return tuple(nombres)


def _pistas(datos: Mapping[str, Any], archivo: Path) -> tuple[Pista, ...]:
    valor = datos.get("pistas", [])
    if not isinstance(valor, list):
        raise _invalido(valor, "pistas", archivo, "debe ser una lista de tablas [[pistas]]")
    pistas = []
    for i, tabla in enumerate(valor, start=1):
        campo = f"pistas[{i}]"
        if not isinstance(tabla, dict):
            raise _invalido(tabla, campo, archivo, "debe ser una tabla con 'texto' y 'coste'")
        sobrantes = set(tabla) - _CLAVES_PISTA
        if sobrantes:
            raise ErrorCatalogo(
                f"clave desconocida {sorted(sobrantes)[0]!r} en '{campo}' de "
                f"{mostrar_ruta(archivo)}; las válidas son 'texto' y 'coste'"
            )
        texto = _texto(tabla, "texto", archivo) if "texto" in tabla else None
        if texto is None:
            raise ErrorCatalogo(f"falta el campo '{campo}.texto' en {mostrar_ruta(archivo)}")
        if "coste" not in tabla:
            raise ErrorCatalogo(f"falta el campo '{campo}.coste' en {mostrar_ruta(archivo)}")
        coste = tabla["coste"]
        if isinstance(coste, bool) or not isinstance(coste, int) or coste < 0:
            raise _invalido(
                coste, f"{campo}.coste", archivo, "debe ser un entero mayor o igual que 0"
            )
        pistas.append(Pista(texto=texto, coste=coste))
    return tuple(pistas)


def cargar_reto(directorio: Path) -> Reto:
    """Lee y valida `directorio/reto.toml`. Lanza ErrorCatalogo con el campo culpable."""
    archivo = directorio / "reto.toml"
    coincide = _NOMBRE_RETO.match(directorio.name)
    if coincide is None:
        raise ErrorCatalogo(
            f"nombre de carpeta inválido {mostrar_ruta(directorio)}: debe ser NN_slug "
            "(por ejemplo 02_saldo_compartido)"
        )
    if not archivo.is_file():
        raise ErrorCatalogo(f"falta {mostrar_ruta(archivo)}: cada reto necesita su reto.toml")
    try:
        datos = tomllib.loads(archivo.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ErrorCatalogo(f"{mostrar_ruta(archivo)} no es un TOML válido: {error}") from None
    sobrantes = set(datos) - _CLAVES
    if sobrantes:
        raise ErrorCatalogo(
            f"clave desconocida {sorted(sobrantes)[0]!r} en {mostrar_ruta(archivo)}; "
            "las válidas son " + ", ".join(sorted(_CLAVES))
        )
    numero = _entero(datos, "numero", archivo, 1)
    if numero != int(coincide["numero"]):
        raise _invalido(
            numero, "numero", archivo, f"no coincide con la carpeta {directorio.name}"
        )
    limite = datos.get("tiempo_limite_s")
    if "tiempo_limite_s" not in datos:
        raise ErrorCatalogo(f"falta el campo 'tiempo_limite_s' en {mostrar_ruta(archivo)}")
    if isinstance(limite, bool) or not isinstance(limite, (int, float)) or not limite > 0:
        raise _invalido(limite, "tiempo_limite_s", archivo, "debe ser un número de segundos > 0")
    return Reto(
        numero=numero,
        nombre=directorio.name,
        titulo=_texto(datos, "titulo", archivo),
        tema=_texto(datos, "tema", archivo),
        dificultad=_opcion(datos, "dificultad", archivo, DIFICULTADES),
        puntos=_entero(datos, "puntos", archivo, 1),
        archivos=_archivos(datos, directorio, archivo),
        motor=_opcion(datos, "motor", archivo, MOTORES),
        repeticiones=_entero(datos, "repeticiones", archivo, 1),
        tiempo_limite_s=float(limite),
        pistas=_pistas(datos, archivo),
        directorio=directorio,
    )


def cargar_catalogo(fuente: FuenteCatalogo) -> Catalogo:
    """Carga todos los retos de `fuente.retos`; ignora carpetas que no son NN_slug."""
    if not fuente.retos.is_dir():
        raise ErrorCatalogo(
            f"la carpeta de retos {mostrar_ruta(fuente.retos)} ({fuente.origen}) no existe"
        )
    retos: dict[int, Reto] = {}
    for directorio in sorted(fuente.retos.iterdir()):
        if not directorio.is_dir() or not _NOMBRE_RETO.match(directorio.name):
            continue
        reto = cargar_reto(directorio)
        if reto.numero in retos:
            raise ErrorCatalogo(
                f"el número {reto.numero} está repetido en {retos[reto.numero].nombre} y "
                f"{reto.nombre} ({mostrar_ruta(fuente.retos)}): cada reto necesita el suyo"
            )
        retos[reto.numero] = reto
    return Catalogo(fuente=fuente, retos=tuple(retos[n] for n in sorted(retos)))


def catalogo_incluido() -> FuenteCatalogo:
    """El catálogo que viene con el paquete (instalado) o con el clon (editable)."""
    paquete = Path(__file__).resolve().parent
    datos = paquete / "_datos"
    if (datos / "retos").is_dir():
        return FuenteCatalogo(datos / "retos", datos / "soluciones", "el catálogo incluido")
    raiz = paquete.parent
    return FuenteCatalogo(raiz / "retos", raiz / "soluciones", "el catálogo incluido")


def _desde_ruta(ruta: Path, origen: str) -> FuenteCatalogo:
    """Acepta la carpeta de retos misma o una carpeta que contiene `retos/` y `soluciones/`."""
    if not ruta.is_dir():
        raise ErrorCatalogo(
            f"la ruta de retos {str(ruta)!r} de {origen} no existe o no es una carpeta; "
            "corrígela o quítala para usar el catálogo incluido"
        )
    ruta = ruta.resolve()
    if (ruta / "retos").is_dir():
        return FuenteCatalogo(ruta / "retos", ruta / "soluciones", origen)
    return FuenteCatalogo(ruta, ruta.parent / "soluciones", origen)


def resolver_catalogo(
    opcion: str | None,
    *,
    ajuste: str | None = None,
    archivo_ajustes: Path | None = None,
    entorno: Mapping[str, str] | None = None,
) -> FuenteCatalogo:
    """Elige la carpeta de retos: opción > variable de entorno > ajuste del espacio > incluido.

    Las rutas de la opción y de la variable son relativas a la carpeta actual;
    la del ajuste, a la carpeta del `verificador.toml` que la contiene.
    """
    entorno = os.environ if entorno is None else entorno
    if opcion:
        return _desde_ruta(Path(opcion).expanduser(), "la opción --retos")
    if entorno.get(VARIABLE_RETOS):
        return _desde_ruta(
            Path(entorno[VARIABLE_RETOS]).expanduser(), f"la variable {VARIABLE_RETOS}"
        )
    if ajuste:
        base = archivo_ajustes.parent if archivo_ajustes else Path.cwd()
        origen = f"el ajuste 'retos' de {mostrar_ruta(archivo_ajustes or Path('verificador.toml'))}"
        return _desde_ruta(base / Path(ajuste).expanduser(), origen)
    return catalogo_incluido()
