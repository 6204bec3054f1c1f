"""Procedencia por identidad (`procesos/origen.py`) y ciclos de candados (`procesos/orden.py`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from verificador.procesos import orden

RAIZ = Path(__file__).resolve().parents[1] / "verificador" / "procesos"


@pytest.fixture
def origen() -> Any:
    """Un `origen.py` nuevo (sus anotaciones son globales del módulo)."""
    spec = importlib.util.spec_from_file_location("_origen_de_prueba", RAIZ / "origen.py")
    assert spec is not None and spec.loader is not None
    modulo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modulo)
    return modulo


def _lotes() -> list[list[int]]:
    return [[n * n for n in range(300 + 10 * i, 320 + 10 * i)] for i in range(3)]


def test_lo_recibido_y_sus_copias_cuentan_como_recibido(origen: Any) -> None:
    recibidos = _lotes()
    for lote in recibidos:
        origen.anotar(lote)
    resultados = [list(lote) for lote in reversed(recibidos)]  # copias y otro orden
    resumen = origen.resumen({i: lote for i, lote in enumerate(resultados)})
    assert resumen["n_construidos"] == 0
    assert resumen["recibidos"] == 3


def test_recalcular_en_el_principal_se_ve_aunque_los_valores_sean_iguales(origen: Any) -> None:
    for lote in _lotes():
        origen.anotar(lote)
    recalculado = _lotes()
    assert recalculado == _lotes()
    resumen = origen.resumen(recalculado)
    assert resumen["n_construidos"] == 3
    assert resumen["construidos"] == [0, 1, 2]


def test_los_objetos_compartidos_por_python_no_deciden(origen: Any) -> None:
    origen.anotar([1, 2, 3])
    resumen = origen.resumen([[1, 2, 3], None, 7])
    assert resumen["n_construidos"] == 0 and resumen["recibidos"] == 0


def test_el_contenido_de_un_sobre_cuenta_como_recibido(origen: Any) -> None:
    class Sobre:
        def __init__(self, resultado: Any) -> None:
            self.resultado = resultado

    valor = 12345 * 7
    origen.anotar(Sobre(valor))
    assert origen.resumen([valor])["recibidos"] == 1


def _arista(actor: str, tenia: str, pide: str, guardias: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"actor": actor, "proceso": actor, "tenia": tenia, "pide": pide,
            "guardias": list(guardias), "archivo": "x.py", "linea": 1}


def test_dos_procesos_en_orden_inverso_forman_un_ciclo() -> None:
    ciclo = orden.ciclo([_arista("P1", "a", "b"), _arista("P2", "b", "a")])
    assert ciclo is not None and {a["actor"] for a in ciclo} == {"P1", "P2"}


def test_tres_procesos_en_rueda_forman_un_ciclo() -> None:
    aristas = [_arista("P1", "a", "b"), _arista("P2", "b", "c"), _arista("P3", "c", "a")]
    assert orden.ciclo(aristas) is not None


def test_el_mismo_orden_en_todos_no_es_ciclo() -> None:
    assert orden.ciclo([_arista("P1", "a", "b"), _arista("P2", "a", "b")]) is None


def test_un_candado_comun_por_fuera_los_pone_en_fila() -> None:
    aristas = [_arista("P1", "a", "b", ("g",)), _arista("P2", "b", "a", ("g",))]
    assert orden.ciclo(aristas) is None


def test_un_solo_actor_no_se_interbloquea_consigo_mismo_aqui() -> None:
    assert orden.ciclo([_arista("P1", "a", "b"), _arista("P1", "b", "a")]) is None
