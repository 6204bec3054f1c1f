"""Los veredictos gratis no regalan las pistas de pago (issue 11).

Para cada caso del catálogo incluido se comprueba la versión que se reparte
(la rota) con `verificar reto N`, como la vería un alumno, y se busca en la
salida el texto propio de sus pistas: el código entre comillas invertidas de
cualquier pista y cualquier trozo de cinco palabras seguidas de la receta (la
última pista, la más cara). El veredicto dice qué pasó, dónde y cuándo; cómo
arreglarlo se queda en las pistas.

Los casos 4 y 5 (los del issue) corren siempre; el resto con `-m lento`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from verificador.casos import cargar_catalogo, catalogo_incluido

CATALOGO = cargar_catalogo(catalogo_incluido())
SIEMPRE = {4, 5}
PALABRAS = 5  # trozos de la receta de esta longitud no pueden salir en el veredicto

_MARCOS = re.compile(r"[│╭╮╰╯─━┃┏┓┗┛•→]")


def _normalizar(texto: str) -> str:
    """Minúsculas, sin marcos de panel ni puntuación, espacios colapsados."""
    texto = unicodedata.normalize("NFC", texto).lower()
    texto = _MARCOS.sub(" ", texto)
    texto = re.sub(r"[^\w`()=+\-*/<>\[\]]+", " ", texto)
    return " ".join(texto.split())


def _trozos(texto: str, n: int) -> set[str]:
    palabras = _normalizar(texto).split()
    return {" ".join(palabras[i : i + n]) for i in range(len(palabras) - n + 1)}


def _codigo(texto: str) -> list[str]:
    """Lo que va entre comillas invertidas (`with self.lock:`), normalizado, si es código."""
    trozos = [_normalizar(t) for t in re.findall(r"`([^`]+)`", texto)]
    # Nombres sueltos (`async def`, `join`) no son una receta; una línea de código sí.
    return [t for t in trozos if len(t.split()) >= 3 or "(" in t or "=" in t]


def _casos() -> list[object]:
    return [
        pytest.param(r, id=f"{r.numero:02d}", marks=() if r.numero in SIEMPRE else pytest.mark.lento)
        for r in CATALOGO.retos
    ]


@pytest.fixture(scope="module")
def taller(tmp_path_factory: pytest.TempPathFactory) -> Path:
    destino = tmp_path_factory.mktemp("pistas") / "taller"
    verificar = Path(sys.executable).with_name("verificar")
    subprocess.run([str(verificar), "iniciar", str(destino)], check=True, capture_output=True)
    return destino


def test_normalizar_y_trozos() -> None:
    """Control de la comparación: los saltos de panel no esconden una frase."""
    salida = "│ Pasa cuando dos hilos toman │\n│ los candados siempre en el    │\n│ mismo orden. │"
    assert "siempre en el mismo orden" in _trozos(salida, PALABRAS)
    assert _codigo("usa `with valor.get_lock():` y `join`") == ["with valor get_lock()"]


@pytest.mark.parametrize("reto", _casos())
def test_el_veredicto_gratis_no_da_la_receta(taller: Path, reto) -> None:  # noqa: ANN001
    pistas = [p.texto for p in reto.pistas]
    assert pistas, f"el caso {reto.numero} no tiene pistas"
    verificar = Path(sys.executable).with_name("verificar")
    proceso = subprocess.run(
        [str(verificar), "reto", str(reto.numero), "--semilla", "1", "--repeticiones", "1"],
        cwd=taller, capture_output=True, text=True, check=False,
        env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1"},
    )  # fmt: skip
    salida = proceso.stdout + proceso.stderr
    assert proceso.returncode == 1, salida  # la versión repartida falla
    texto = _normalizar(salida)
    regalados = sorted(_trozos(pistas[-1], PALABRAS) & _trozos(salida, PALABRAS))
    regalados += [c for p in pistas for c in _codigo(p) if c in texto]
    assert not regalados, f"el veredicto gratis del caso {reto.numero} dice {regalados}"
