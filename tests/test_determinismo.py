"""A verdict is a function of (program, seed, Python version): budgets in steps, not seconds."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from verificador.motor import exploracion, explorar_script, guardia, planificador
from verificador.veredictos import Resultado, Veredicto

PERDIDA = """
    import threading
    saldo = 0
    def depositar():
        global saldo
        for _ in range(3):
            v = saldo
            saldo = v + 1
    hs = [threading.Thread(target=depositar) for _ in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
    assert saldo == 6, saldo
"""


def _escribir(tmp_path: Path, codigo: str) -> Path:
    ruta = tmp_path / "prog.py"
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return ruta


def _huella(r: Resultado) -> tuple[Any, ...]:
    """Everything of a result except its real duration."""
    ev = r.evidencia
    return (r.veredicto, r.planificaciones, r.semilla, sorted(r.estadisticas.items()),
            None if ev is None else (ev.resumen, ev.linea_tiempo, ev.ubicacion, sorted(ev.detalles.items(), key=str)))


def _cinco_veces(ruta: Path) -> list[tuple[Any, ...]]:
    return [_huella(explorar_script(ruta, semilla=11)) for _ in range(5)]


def test_misma_semilla_misma_traza_y_veredicto(tmp_path: Path) -> None:
    huellas = _cinco_veces(_escribir(tmp_path, PERDIDA))
    assert huellas[0][0] is Veredicto.CARRERA
    assert huellas[0][3] is not None and huellas[0][3][1]  # a timeline was shown
    assert all(h == huellas[0] for h in huellas)


@pytest.mark.lento
def test_misma_semilla_con_la_maquina_ocupada(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, PERDIDA)
    tranquila = _cinco_veces(ruta)
    ocupan = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(4)]
    try:
        ocupada = _cinco_veces(ruta)
    finally:
        for p in ocupan:
            p.kill()
            p.wait()
    assert all(h == tranquila[0] for h in tranquila + ocupada)


def test_un_calculo_largo_en_c_no_es_un_bloqueo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # With a guard window far shorter than the computation, only CPU time tells it is not blocked.
    monkeypatch.setattr(guardia, "GUARDIA_SIN_PROGRESO_S", 0.05)
    ruta = _escribir(tmp_path, """
        import threading
        total = []
        def calcular():
            total.append(sum(range(15_000_000)))
        h = threading.Thread(target=calcular)
        h.start(); h.join()
        assert total == [sum(range(15_000_000))]
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=1)
    assert r.veredicto is Veredicto.APROBADO


def test_limite_de_pasos_con_varios_hilos_es_presupuesto_agotado(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planificador, "LIMITE_PASOS", 5_000)
    ruta = _escribir(tmp_path, """
        import threading
        cuenta = [0, 0]
        def trabajar(i):
            for _ in range(10_000):
                cuenta[i] += 1
        hs = [threading.Thread(target=trabajar, args=(i,)) for i in range(2)]
        for h in hs: h.start()
        for h in hs: h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.PRESUPUESTO_AGOTADO
    assert r.evidencia is not None
    assert r.evidencia.detalles["planificaciones"] == 1
    assert r.evidencia.detalles["pasos"] > 5_000


def test_planificaciones_pedidas_que_no_caben_es_presupuesto_agotado(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ruta = _escribir(tmp_path, """
        import threading
        candado = threading.Lock()
        saldo = 0
        def depositar():
            global saldo
            for _ in range(200):
                with candado:
                    saldo += 1
        hs = [threading.Thread(target=depositar) for _ in range(2)]
        for h in hs: h.start()
        for h in hs: h.join()
        assert saldo == 400
    """)
    monkeypatch.setattr(exploracion, "PRESUPUESTO_PASOS", 6_000)
    pedida = explorar_script(ruta, semilla=0, planificaciones=50)
    assert pedida.veredicto is Veredicto.PRESUPUESTO_AGOTADO
    assert pedida.evidencia is not None
    assert pedida.evidencia.detalles["planificaciones_previstas"] == 50
    assert pedida.planificaciones == pedida.evidencia.detalles["planificaciones"] < 50
    # the default plan adapts to the program's length: fewer schedules, and a verdict
    adaptada = explorar_script(ruta, semilla=0)
    assert adaptada.veredicto is Veredicto.APROBADO
    assert adaptada.planificaciones == exploracion.MINIMO_PLANIFICACIONES


def test_un_hilo_que_registra_en_bucle_no_alarga_las_ejecuciones(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import logging, threading, time
        registro = logging.getLogger("latido")
        registro.setLevel(logging.INFO)
        registro.addHandler(logging.StreamHandler())
        registro.propagate = False
        parar = threading.Event()
        def latido():
            while not parar.is_set():
                registro.info("sigo vivo")
        h = threading.Thread(target=latido)
        h.start()
        time.sleep(2)
        parar.set()
        h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=30)
    assert r.veredicto is Veredicto.APROBADO
    assert r.planificaciones == 30
    # far fewer steps than 2 s / TIC_LECTURA_S = 20 000 clock reads (logging's own
    # RLock operations count as steps too, a handful per record)
    assert r.estadisticas["pasos_max"] < 10_000


def test_un_hilo_que_gira_mientras_main_duerme_no_es_un_cuelgue(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import threading, time
        parar = threading.Event()
        vueltas = 0
        def girar():
            global vueltas
            while not parar.is_set():
                vueltas += 1
        h = threading.Thread(target=girar)
        h.start()
        time.sleep(1)
        parar.set()
        h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=5)
    assert r.veredicto is Veredicto.APROBADO
    assert r.estadisticas["pasos_max"] < 5 * planificador.RACHA_SOLA


def test_una_espera_activa_sobre_el_reloj_termina(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import threading, time
        hecho = []
        def esperar():
            fin = time.monotonic() + 0.5
            while time.monotonic() < fin:
                pass
            hecho.append(1)
        h = threading.Thread(target=esperar)
        h.start(); h.join()
        assert hecho == [1]
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=5)
    assert r.veredicto is Veredicto.APROBADO
