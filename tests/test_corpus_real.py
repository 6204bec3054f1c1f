"""El corpus real por `verificar explorar`: cada programa recibe el veredicto que declara.

Se usa el mismo camino que la orden (`explorar_aislado`: hijo aislado y elección
del motor por lo que importa el programa), con varias semillas. Los programas
marcados `# lento` y más semillas corren con `pytest -m lento`.
"""

from __future__ import annotations

import pytest
from corpus_real.comun import Programa, programas

from verificador.ejecucion.explorar import explorar_aislado

PROGRAMAS = programas()
RAPIDOS = [p for p in PROGRAMAS if not p.lento]


def _comprobar(programa: Programa, semilla: int) -> None:
    resultado = explorar_aislado(programa.ruta, semilla=semilla, tiempo_limite_s=100)
    assert resultado.veredicto is programa.esperado, (
        f"{programa.nombre} con semilla {semilla}: se esperaba {programa.esperado.value} y salió "
        f"{resultado.veredicto.value}: {resultado.evidencia.resumen if resultado.evidencia else ''}"
    )


def test_el_corpus_tiene_mitad_correctos_y_mitad_con_error() -> None:
    correctos = sum(p.esperado.value == "aprobado" for p in PROGRAMAS)
    assert len(PROGRAMAS) >= 60
    assert correctos * 3 >= len(PROGRAMAS) and (len(PROGRAMAS) - correctos) * 3 >= len(PROGRAMAS)


@pytest.mark.parametrize("programa", RAPIDOS, ids=[p.nombre for p in RAPIDOS])
def test_veredicto_del_corpus(programa: Programa) -> None:
    _comprobar(programa, semilla=0)


@pytest.mark.lento
@pytest.mark.parametrize("semilla", [1, 2, 3, 4])
@pytest.mark.parametrize("programa", PROGRAMAS, ids=[p.nombre for p in PROGRAMAS])
def test_veredicto_del_corpus_con_mas_semillas(programa: Programa, semilla: int) -> None:
    _comprobar(programa, semilla)
