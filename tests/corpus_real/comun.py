"""Lectura del corpus real: cada programa y el veredicto que declara en su cabecera."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from verificador.veredictos import Veredicto

RAIZ = Path(__file__).parent
_ESPERADO = re.compile(r"^#\s*esperado:\s*(\w+)\s*$", re.M)
_LENTO = re.compile(r"^#\s*lento\s*$", re.M)


@dataclass(frozen=True)
class Programa:
    ruta: Path
    esperado: Veredicto
    lento: bool

    @property
    def nombre(self) -> str:
        return f"{self.ruta.parent.name}/{self.ruta.stem}"


def programas() -> list[Programa]:
    """Todos los programas del corpus, ordenados; falla si uno no declara su veredicto."""
    encontrados = []
    for ruta in sorted(RAIZ.glob("*/*.py")):
        cabecera = ruta.read_text(encoding="utf-8")[:400]
        marca = _ESPERADO.search(cabecera)
        if marca is None:
            raise ValueError(f"{ruta}: falta la línea '# esperado: <veredicto>'")
        encontrados.append(Programa(ruta, Veredicto(marca.group(1)), bool(_LENTO.search(cabecera))))
    return encontrados
