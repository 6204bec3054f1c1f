"""El reloj efectivo de los plazos del motor de procesos.

El reloj efectivo descuenta del tiempo de pared lo que el programa pasó listo
para correr pero sin CPU (la carga de la máquina), para que un límite de
tiempo corte al mismo programa igual con la máquina libre o cargada. Las
cuentas se prueban con esperas y relojes inventados (ninguna prueba depende
de la carga real).
"""

from __future__ import annotations

import os

import pytest

from verificador import reloj as _reloj
from verificador.reloj import RelojEfectivo


class _Maquina:
    """Un reloj y unas esperas de CPU inventadas: pid -> {tid: segundos esperando}."""

    def __init__(self) -> None:
        self.ahora = 100.0
        self.esperas: dict[int, dict[int, float]] = {}

    def reloj(self, **kw: object) -> RelojEfectivo:
        return RelojEfectivo(procesos=lambda: list(self.esperas), esperas=lambda pid: dict(
            self.esperas.get(pid, {})), reloj=lambda: self.ahora, periodo_s=0.0, **kw)


def test_parado_o_durmiendo_cuenta_como_pared() -> None:
    m = _Maquina()
    m.esperas = {10: {10: 0.0}, 11: {11: 0.0}}
    r = m.reloj()
    m.ahora += 5.0
    assert r.transcurrido() == pytest.approx(5.0)
    assert r.pared() == pytest.approx(5.0)


def test_lo_que_se_espera_a_la_cpu_no_cuenta() -> None:
    m = _Maquina()
    m.esperas = {10: {10: 1.0}}
    r = m.reloj()
    for _ in range(4):  # en cada segundo, 0.75 s en la cola de ejecución
        m.ahora += 1.0
        m.esperas[10][10] += 0.75
        r.transcurrido()
    assert r.transcurrido() == pytest.approx(1.0)
    assert r.pared() == pytest.approx(4.0)


def test_hilos_de_un_proceso_se_suman_y_procesos_distintos_no() -> None:
    m = _Maquina()
    # Un proceso con dos hilos (el GIL los alterna): 0.3 + 0.3 s robados.
    # Otro proceso, a la vez, 0.4 s: lo robado es el del proceso más retrasado.
    m.esperas = {10: {10: 0.0, 12: 0.0}, 20: {20: 0.0}}
    r = m.reloj()
    m.ahora += 1.0
    m.esperas = {10: {10: 0.3, 12: 0.3}, 20: {20: 0.4}}
    assert r.transcurrido() == pytest.approx(0.4)


def test_lo_robado_no_pasa_del_intervalo() -> None:
    m = _Maquina()
    m.esperas = {10: {10: 0.0, 11: 0.0, 12: 0.0}}
    r = m.reloj()
    m.ahora += 1.0
    m.esperas = {10: {10: 0.9, 11: 0.9, 12: 0.9}}
    assert r.transcurrido() == 0.0


def test_hilos_nuevos_y_muertos() -> None:
    m = _Maquina()
    m.esperas = {10: {10: 0.0}}
    r = m.reloj()
    m.ahora += 1.0
    # Un hilo que aparece ya con espera acumulada: solo cuenta desde que se ve.
    m.esperas = {10: {10: 0.0, 13: 7.0}}
    assert r.transcurrido() == pytest.approx(1.0)
    m.ahora += 1.0
    m.esperas = {10: {10: 0.5}}  # el 13 terminó
    assert r.transcurrido() == pytest.approx(1.5)


@pytest.mark.skipif(not _reloj.hay_schedstat(), reason="este sistema no da /proc/<pid>/task/<tid>/schedstat")
def test_lee_las_esperas_de_este_proceso() -> None:
    esperas = _reloj.espera_de_cpu(os.getpid())
    assert os.getpid() in esperas
    assert all(v >= 0 for v in esperas.values())
    r = RelojEfectivo(os.getpid())
    assert 0.0 <= r.transcurrido() <= r.pared() + 1e-9


def test_procesos_cortados_por_la_carga_no_son_un_cuelgue() -> None:
    from verificador.procesos import juicio
    from verificador.procesos.ejecutor import Ejecucion
    from verificador.veredictos import Veredicto

    def ejecucion(sin_decidir: bool) -> Ejecucion:
        return Ejecucion(archivo="a.py", parametros={}, semilla=1, duracion_s=120.0, colgado=True,
                         fatal=None, codigo_salida=None, resultado=None, salida="", errores="",
                         sin_decidir=sin_decidir, efectivo_s=3.5)

    veredicto, evidencia = juicio.clasificar(ejecucion(True), 20.0, None)
    assert veredicto is Veredicto.PRESUPUESTO_AGOTADO
    assert "3.5 s" in evidencia.resumen
    assert "20 s" in evidencia.resumen
    veredicto, evidencia = juicio.clasificar(ejecucion(False), 20.0, None)
    assert veredicto is Veredicto.CUELGUE
