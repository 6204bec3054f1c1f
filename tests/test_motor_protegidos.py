"""Accesses protected by a held lock stop being scheduling points once learned (motor.rastreo).

What must not change: a location accessed with an inconsistent lockset is
still a race on every invocation, whatever the seed, even when the odd access
is one among thousands of protected ones; and what was learned is the same in
every run, so a failure found by a strategy replays identically.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from verificador.motor import explorar_script, planificador, rastreo
from verificador.veredictos import Veredicto


def _escribir(tmp_path: Path, codigo: str) -> Path:
    ruta = tmp_path / "prog.py"
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return ruta


UN_BONO_SIN_CANDADO = """
    import threading
    puntos = 0
    bono = 5
    lock = threading.Lock()
    def sumar():
        global puntos
        for _ in range(300):
            with lock:
                puntos += 1
    def premiar():
        global puntos
        puntos += bono
    hs = [threading.Thread(target=sumar) for _ in range(2)] + [threading.Thread(target=premiar)]
    for h in hs: h.start()
    for h in hs: h.join()
    print(puntos)
"""

OTRO_CANDADO = """
    import threading
    total = 0
    lock = threading.Lock()
    otro = threading.Lock()
    def sumar(candado):
        global total
        for _ in range(150):
            with candado:
                total += 1
    hs = [threading.Thread(target=sumar, args=(c,)) for c in (lock, lock, otro)]
    for h in hs: h.start()
    for h in hs: h.join()
    print(total)
"""

BONO_TARDIO = """
    import threading
    puntos = 0
    lock = threading.Lock()
    def sumar(n):
        global puntos
        for i in range(n):
            with lock:
                puntos += 1
            if i == n - 3:
                puntos += 10
    hs = [threading.Thread(target=sumar, args=(300,)) for _ in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
    print(puntos)
"""

CORRECTO = """
    import threading
    puntos = 0
    lock = threading.Lock()
    def sumar():
        global puntos
        for _ in range(200):
            with lock:
                puntos += 1
    hs = [threading.Thread(target=sumar) for _ in range(3)]
    for h in hs: h.start()
    for h in hs: h.join()
    assert puntos == 600, puntos
"""


@pytest.fixture
def mudos(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many steps each run counted without a scheduling point (mute)."""
    cuentas: list[int] = []
    original = rastreo.mudo
    actual = [0]

    def mudo(plan: Any, hilo: Any, t: Any) -> bool:
        hecho = original(plan, hilo, t)
        if hecho:
            actual[0] += t.n
        return hecho

    ejecutar = planificador.Planificador.ejecutar

    def ejecutar_y_contar(self: planificador.Planificador, *args: Any, **kwargs: Any) -> None:
        actual[0] = 0
        ejecutar(self, *args, **kwargs)
        cuentas.append(actual[0])

    monkeypatch.setattr(rastreo, "mudo", mudo)
    monkeypatch.setattr(planificador.Planificador, "ejecutar", ejecutar_y_contar)
    return cuentas


@pytest.mark.parametrize("semilla", [0, 1])
def test_un_acceso_sin_candado_entre_miles_protegidos_es_carrera(tmp_path: Path, semilla: int,
                                                                    mudos: list[int]) -> None:
    r = explorar_script(_escribir(tmp_path, UN_BONO_SIN_CANDADO), semilla=semilla)
    assert r.veredicto is Veredicto.CARRERA
    assert r.evidencia is not None and "puntos" in r.evidencia.resumen
    assert mudos and mudos[0] > 500  # the protected increments were mute, the odd one was not


def test_un_hilo_con_otro_candado_es_carrera(tmp_path: Path) -> None:
    r = explorar_script(_escribir(tmp_path, OTRO_CANDADO), semilla=1)
    assert r.veredicto is Veredicto.CARRERA
    assert r.evidencia is not None and "total" in r.evidencia.resumen


@pytest.mark.parametrize("semilla", [0, 2])
def test_un_acceso_sin_candado_tras_muchos_protegidos_en_el_mismo_bucle(tmp_path: Path, semilla: int) -> None:
    r = explorar_script(_escribir(tmp_path, BONO_TARDIO), semilla=semilla)
    assert r.veredicto is Veredicto.CARRERA
    assert r.evidencia is not None and "puntos" in r.evidencia.resumen


def test_lo_protegido_aprueba_y_calla(tmp_path: Path, mudos: list[int]) -> None:
    r = explorar_script(_escribir(tmp_path, CORRECTO), semilla=4, planificaciones=6)
    assert r.veredicto is Veredicto.APROBADO
    # every run learns the same: the protected increments are mute in all of them
    assert len(mudos) >= 6 and min(mudos) > 1000


def test_protegido_aprendido_por_hilo_y_candado() -> None:
    class Punto:
        categoria = "global"
        tipo = "escribe"
        nombre = "x"

    class Hilo:
        def __init__(self, i: int) -> None:
            self.id = i
            self.mantiene: list[Any] = []
            self.reloj_orden = [1] * (i + 1)

    class Plan:
        aprendidos: dict[int, Any] = {}

    import sys

    plan, p, a, b = Plan(), Punto(), Hilo(0), Hilo(1)
    cerrojo, otro = object(), object()
    marco = sys._getframe()
    a.mantiene.append(cerrojo)
    rastreo.aprender(plan, a, marco, p)  # type: ignore[arg-type]
    aprendido = plan.aprendidos[id(p)]
    assert aprendido.candados == (cerrojo,) and aprendido.epocas == {0: 1}
    b.mantiene.append(otro)
    rastreo.aprender(plan, b, marco, p)  # type: ignore[arg-type]
    assert plan.aprendidos[id(p)] is False  # no lock in common: never mute again
