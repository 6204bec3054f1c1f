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
            self.principal = False
            self.mantiene: list[Any] = []
            self.reloj_orden = [1] * (i + 1)

    class Plan:
        def __init__(self) -> None:
            self.aprendidos: dict[int, Any] = {}
            self.globales_mutables: set[Any] = set()
            self.constantes: dict[Any, list[int]] = {}

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


# --- redundant points: a `with` block's `__exit__` call and a loop's back-edge (rastreo.mudo) ---

def _puntos_llenos(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The points that took the full path (a decision), in every run."""
    vistos: list[Any] = []
    original = planificador.Planificador.punto

    def punto(self: planificador.Planificador, hilo: Any, frame: Any, p: Any) -> None:
        vistos.append(p)
        original(self, hilo, frame, p)

    monkeypatch.setattr(planificador.Planificador, "punto", punto)
    return vistos


def test_salir_del_with_y_volver_al_bucle_no_deciden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    llenos = _puntos_llenos(monkeypatch)
    r = explorar_script(_escribir(tmp_path, CORRECTO), semilla=4, planificaciones=3)
    assert r.veredicto is Veredicto.APROBADO
    # 3 runs × 3 threads × 200 iterations: before, each iteration decided at the `__exit__`
    # call and at the back-edge (3600 decisions); the lock's release and acquire cover them
    redundantes = [p for p in llenos if p.salida or p.tipo == "salto"]
    assert len(redundantes) < 60, len(redundantes)


def test_un_bucle_sin_nada_mas_sigue_decidiendo_en_su_vuelta(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    llenos = _puntos_llenos(monkeypatch)
    codigo = """
        import threading
        def girar():
            x = 0
            for i in range(400):
                x += i
        hs = [threading.Thread(target=girar) for _ in range(2)]
        for h in hs: h.start()
        for h in hs: h.join()
    """
    r = explorar_script(_escribir(tmp_path, codigo), semilla=1, planificaciones=1)
    assert r.veredicto is Veredicto.APROBADO
    # no other point in the loop: its back-edge stays a decision every other time round
    assert len([p for p in llenos if p.tipo == "salto"]) >= 2 * 400 // 2 - 2


TRY_LOCK_OCUPADO = """
    import threading
    lock = threading.Lock()
    total = 0
    def trabajador():
        global total
        for _ in range(50):
            with lock:
                total += 1
    def vigia():
        if lock.acquire(blocking=False):
            lock.release()
        else:
            raise RuntimeError("el candado estaba ocupado")
    hs = [threading.Thread(target=trabajador), threading.Thread(target=vigia)]
    for h in hs: h.start()
    for h in hs: h.join()
"""


@pytest.mark.parametrize("semilla", [1, 2, 3])
def test_un_try_lock_aun_ve_el_candado_tomado_dentro_del_with(tmp_path: Path, semilla: int) -> None:
    """The switch inside the critical section is still there: at the release, not at the `__exit__` call."""
    r = explorar_script(_escribir(tmp_path, TRY_LOCK_OCUPADO), semilla=semilla)
    assert r.veredicto is Veredicto.EXCEPCION
    assert r.evidencia is not None and "ocupado" in r.evidencia.resumen


def test_la_llamada_a_exit_de_cada_with_se_reconoce() -> None:
    from verificador import analisis

    codigo = textwrap.dedent("""
        def f(x, cm, lock):
            with lock:
                x += 1
                if x:
                    return 3
            with cm as c, lock:
                for i in range(3):
                    g(None, None)
                    h(None, None, None)
            return x
    """)
    funcion = next(c for c in compile(codigo, "t.py", "exec").co_consts if hasattr(c, "co_code"))
    puntos = analisis.analizar(funcion).puntos.values()
    salidas = [p for p in puntos if p.salida]
    # the normal exit of each of the three context managers and the early one of `return 3`
    # (3.10 repeats the outer exit once more); ordinary calls with None arguments are not exits
    assert {p.linea for p in salidas} == {3, 7}
    assert 4 <= len(salidas) <= 5
    assert all(p.linea not in (9, 10) for p in salidas)
