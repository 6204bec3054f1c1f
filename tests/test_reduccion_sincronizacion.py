"""The sync-only reduction: after a clean first run, later runs switch threads only at sync operations.

PASOS_LARGO is lowered so that small programs count as long: the reduction
only ever applies to programs past that length.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from verificador.motor import exploracion, explorar_script, planificador
from verificador.veredictos import Veredicto


def _escribir(tmp_path: Path, codigo: str) -> Path:
    ruta = tmp_path / "prog.py"
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return ruta


@pytest.fixture
def modos(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, int]]:
    """(sync-only?, steps) of every run, in order."""
    monkeypatch.setattr(exploracion, "PASOS_LARGO", 10)
    vistos: list[tuple[bool, int]] = []
    original = planificador.Planificador.ejecutar

    def ejecutar(self: planificador.Planificador, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        vistos.append((self.solo_sincronizacion, self.pasos))

    monkeypatch.setattr(planificador.Planificador, "ejecutar", ejecutar)
    return vistos


CONTADOR = """
    import threading
    saldo = 0
    lock = threading.Lock()
    def depositar():
        global saldo
        for _ in range(300):
            with lock:
                saldo += 1
    hs = [threading.Thread(target=depositar) for _ in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
    assert saldo == 600, saldo
"""


def test_sin_carreras_las_siguientes_ejecuciones_solo_sincronizan(tmp_path: Path, modos: list[tuple[bool, int]]) -> None:
    r = explorar_script(_escribir(tmp_path, CONTADOR), semilla=3, planificaciones=4)
    assert r.veredicto is Veredicto.APROBADO
    # the 4 planned schedules, then (explorar_script only) the targeted single
    # preemptions of the detectors: every run after the first is sync-only
    assert len(modos) >= 4
    assert [m for m, _ in modos] == [False] + [True] * (len(modos) - 1)
    primera = modos[0][1]
    assert all(pasos < primera / 2 for _, pasos in modos[1:])


def test_sin_el_lock_no_se_reduce(tmp_path: Path, modos: list[tuple[bool, int]]) -> None:
    r = explorar_script(_escribir(tmp_path, CONTADOR.replace("with lock:", "if True:")), semilla=3, planificaciones=4)
    assert r.veredicto is Veredicto.CARRERA
    assert not any(m for m, _ in modos)


ATOMICIDAD = """
    import threading
    saldo = 0
    lock = threading.Lock()
    def depositar():
        global saldo
        for _ in range(50):
            with lock:
                v = saldo
            with lock:
                saldo = v + 1
    hs = [threading.Thread(target=depositar) for _ in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
    assert saldo == 100, saldo
"""


def test_una_atomicidad_rota_sin_carrera_se_encuentra_solo_sincronizando(
    tmp_path: Path, modos: list[tuple[bool, int]]
) -> None:
    ruta = _escribir(tmp_path, ATOMICIDAD)
    r = explorar_script(ruta, semilla=5, planificaciones=20)
    assert r.veredicto is not Veredicto.APROBADO
    assert modos[0][0] is False and modos[1][0] is True  # clean first run, then sync-only
    n = len(modos)
    otra = explorar_script(ruta, semilla=5, planificaciones=20)
    assert (otra.veredicto, otra.evidencia and otra.evidencia.resumen) == (r.veredicto, r.evidencia and r.evidencia.resumen)
    assert [m for m, _ in modos[n:]] == [m for m, _ in modos[:n]]


ORDEN_DEL_CANDADO = """
    import threading
    x = 0
    lock = threading.Lock()
    def escribe():
        global x
        x = 1
        with lock:
            pass
    def lee():
        with lock:
            pass
        print(x)
    hs = [threading.Thread(target=escribe), threading.Thread(target=lee)]
    for h in hs: h.start()
    for h in hs: h.join()
"""


def test_lo_protegido_solo_por_el_orden_de_un_candado_no_se_reduce(
    tmp_path: Path, modos: list[tuple[bool, int]]
) -> None:
    explorar_script(_escribir(tmp_path, ORDEN_DEL_CANDADO), semilla=1, planificaciones=3)
    assert len(modos) >= 2
    assert not any(m for m, _ in modos)
