"""Bounded waits of the student's code in the judges: a late process, not a hang (procesos/plazos.py)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from verificador.procesos.ejecutor import ejecutar

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="usa /proc")

PROGRAMA = """
import multiprocessing
import queue
import time


def producir(cola):
    time.sleep(0.3)
    cola.put("dato")


def main(plazo, reintentar):
    cola = multiprocessing.Queue()
    hijo = multiprocessing.Process(target=producir, args=(cola,))
    hijo.start()
    recibidos = []
    while True:
        try:
            recibidos.append(cola.get(timeout=plazo))
            break
        except queue.Empty:
            if not reintentar:
                break
    hijo.join()
    return recibidos
"""


def _correr(tmp_path: Path, *, plazo: float, reintentar: bool, adversario: float | None) -> object:
    ruta = tmp_path / "prog.py"
    ruta.write_text(textwrap.dedent(PROGRAMA), encoding="utf-8")
    ejecucion = ejecutar(ruta, parametros={"plazo": plazo, "reintentar": reintentar}, semilla=5,
                         tiempo_limite_s=60, plazo_adversario_s=adversario)
    return ejecucion.valor


def test_un_plazo_corto_vence_como_con_un_hijo_lento(tmp_path: Path) -> None:
    assert _correr(tmp_path, plazo=2, reintentar=False, adversario=10.0) == []


def test_sin_adversario_el_plazo_dura_lo_que_dice(tmp_path: Path) -> None:
    # 9 s (menos que el retraso supuesto de 10 s, así que un juez sí lo acortaría): de
    # sobra para que un hijo que duerme 0,3 s arranque y entregue en una máquina cargada.
    assert _correr(tmp_path, plazo=9, reintentar=False, adversario=None) == ["dato"]


def test_quien_vuelve_a_esperar_no_nota_nada(tmp_path: Path) -> None:
    assert _correr(tmp_path, plazo=2, reintentar=True, adversario=10.0) == ["dato"]


def test_un_plazo_mayor_que_el_retraso_supuesto_se_respeta(tmp_path: Path) -> None:
    assert _correr(tmp_path, plazo=30, reintentar=False, adversario=10.0) == ["dato"]
