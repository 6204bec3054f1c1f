"""Intentos con veredicto esperado: cómo los escribe un autor y cómo se preparan para juzgarlos.

Un intento es un archivo .py que ocupa el lugar del primer archivo del caso
(`archivos[0]` de reto.toml) y empieza con dos comentarios:

```python
# esperado: carrera
# Medio arreglo: el candado solo protege la lectura; dos hilos que leen a la vez pisan el depósito.
```

La primera línea da el veredicto que debe recibir (un valor de `Veredicto`;
si dos son igual de correctos, separados por `|`: `# esperado: carrera|interbloqueo`).
La segunda dice por qué, y para un arreglo a medias, qué planificación lo
delata. Los intentos de un caso `NN_slug` van en `intentos/NN_slug/`, junto a
las carpetas `retos/` y `soluciones/` del catálogo (nunca dentro de
`retos/NN_slug/`: esa carpeta se copia al alumno), y `verificar autor
comprobar` los juzga y dice, por intento, qué veredicto esperaba y cuáles
recibió. Los del catálogo incluido están en `tests/intentos/` (no viajan con
el paquete) y los juzga `tests/test_intentos.py`; para juzgarlos con `verificar
autor comprobar`, junta en una carpeta `retos/`, `soluciones/` e `intentos/`
(enlaces a las del repositorio valen). Los archivos que empiezan por `_` se
ignoran.

Si el caso tiene más archivos, los demás se toman de la solución.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from verificador.casos import Reto
from verificador.veredictos import Veredicto

__all__ = ["ErrorIntento", "Intento", "carpeta_de_intentos", "intentos_de", "leer_intento", "preparar"]

PREFIJO = "# esperado:"
CARPETA = "intentos"  # junto a retos/ y soluciones/


class ErrorIntento(ValueError):
    """Un intento mal escrito (sin la línea `# esperado:` o con un veredicto que no existe)."""


@dataclass(frozen=True)
class Intento:
    ruta: Path
    esperados: frozenset[Veredicto]
    motivo: str

    @property
    def nombre(self) -> str:
        return self.ruta.stem

    def acierta(self, veredicto: Veredicto) -> bool:
        return veredicto in self.esperados

    @property
    def texto_esperado(self) -> str:
        return " o ".join(sorted(v.value for v in self.esperados))


def leer_intento(ruta: Path) -> Intento:
    """Lee la cabecera de un intento; ErrorIntento (en español) si está mal escrita."""
    lineas = ruta.read_text(encoding="utf-8").splitlines()
    primera = lineas[0].strip() if lineas else ""
    if not primera.startswith(PREFIJO):
        raise ErrorIntento(
            f"{ruta.name}: la primera línea debe ser «{PREFIJO} <veredicto>» "
            "(por ejemplo «# esperado: carrera»)")
    esperados = set()
    for nombre in primera[len(PREFIJO):].split("|"):
        try:
            esperados.add(Veredicto(nombre.strip()))
        except ValueError:
            validos = ", ".join(v.value for v in Veredicto)
            raise ErrorIntento(
                f"{ruta.name}: «{nombre.strip()}» no es un veredicto; usa uno de: {validos}"
            ) from None
    segunda = lineas[1].strip() if len(lineas) > 1 else ""
    if not segunda.startswith("#") or not segunda.lstrip("# ").strip():
        raise ErrorIntento(f"{ruta.name}: la segunda línea debe ser un comentario que diga "
                           "por qué ese veredicto")
    return Intento(ruta, frozenset(esperados), segunda.lstrip("# ").strip())


def intentos_de(carpeta: Path) -> list[Intento]:
    """Los intentos de una carpeta, por nombre (ErrorIntento si alguno está mal escrito)."""
    return [leer_intento(r) for r in sorted(carpeta.glob("*.py")) if not r.name.startswith("_")]


def carpeta_de_intentos(raiz: Path, reto: Reto) -> Path | None:
    """`raiz/intentos/NN_slug`, si existe (`raiz` es la carpeta que contiene retos/)."""
    carpeta = raiz / CARPETA / reto.nombre
    return carpeta if carpeta.is_dir() else None


@contextmanager
def preparar(intento: Intento, reto: Reto, solucion: Path) -> Iterator[Path]:
    """Una carpeta temporal de alumno: el intento como `archivos[0]` y el resto de la solución."""
    with tempfile.TemporaryDirectory(prefix="verificador-intento-") as temporal:
        carpeta = Path(temporal)
        for i, archivo in enumerate(reto.archivos):
            destino = carpeta / archivo
            destino.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(intento.ruta if i == 0 else solucion / archivo, destino)
        yield carpeta
