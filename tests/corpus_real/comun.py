"""Lectura del corpus real: cada programa, el veredicto que declara y sus marcas de cabecera.

Cabecera (las primeras líneas de comentario del programa):

    # esperado: carrera          el veredicto que merece por `verificar explorar` (obligatoria)
    # lento                      solo corre con `pytest -m lento`
    # desde: 3.11                necesita esa versión de Python (TaskGroup...)
    # requiere: procesos         necesita que `explorar` lo lleve al motor de procesos
    # xfail: motivo              hoy falla por una limitación conocida de otro motor
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from verificador.veredictos import Veredicto

RAIZ = Path(__file__).parent
_ESPERADO = re.compile(r"^#\s*esperado:\s*(\w+)\s*$", re.M)
_LENTO = re.compile(r"^#\s*lento\s*$", re.M)
_DESDE = re.compile(r"^#\s*desde:\s*(\d+)\.(\d+)\s*$", re.M)
_REQUIERE = re.compile(r"^#\s*requiere:\s*(\w+)\s*$", re.M)
_XFAIL = re.compile(r"^#\s*xfail:\s*(.+?)\s*$", re.M)


@dataclass(frozen=True)
class Programa:
    ruta: Path
    esperado: Veredicto
    lento: bool
    desde: tuple[int, int] | None = None
    requiere: str | None = None
    xfail: str | None = None

    @property
    def nombre(self) -> str:
        return f"{self.ruta.parent.name}/{self.ruta.stem}"

    @property
    def correcto(self) -> bool:
        return self.esperado is Veredicto.APROBADO

    def por_que_no_corre(self) -> str | None:
        """Why this program cannot be checked here (None: it can)."""
        if self.desde is not None and sys.version_info[:2] < self.desde:
            return f"necesita Python {self.desde[0]}.{self.desde[1]} o posterior"
        if self.requiere == "procesos" and not procesos_en_explorar():
            return "`verificar explorar` aún no lleva los programas con multiprocessing al motor de procesos"
        return None


def procesos_en_explorar() -> bool:
    """Does `verificar explorar` route multiprocessing programs to the process engine yet?"""
    return importlib.util.find_spec("verificador.procesos.explorar") is not None


def programas() -> list[Programa]:
    """Todos los programas del corpus, ordenados; falla si uno no declara su veredicto."""
    encontrados = []
    for ruta in sorted(RAIZ.glob("*/*.py")):
        cabecera = ruta.read_text(encoding="utf-8")[:800]
        marca = _ESPERADO.search(cabecera)
        if marca is None:
            raise ValueError(f"{ruta}: falta la línea '# esperado: <veredicto>'")
        desde = _DESDE.search(cabecera)
        requiere = _REQUIERE.search(cabecera)
        xfail = _XFAIL.search(cabecera)
        encontrados.append(Programa(
            ruta, Veredicto(marca.group(1)), bool(_LENTO.search(cabecera)),
            (int(desde.group(1)), int(desde.group(2))) if desde else None,
            requiere.group(1) if requiere else None,
            xfail.group(1) if xfail else None,
        ))
    return encontrados
