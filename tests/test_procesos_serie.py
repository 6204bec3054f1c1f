"""issue 9: un programa en serie (start(); join() en el mismo bucle) da el mismo veredicto
con la máquina libre o cargada.

Cada hijo perturbado esperaba (con un tope de reloj) a encontrarse con otro hijo
que en un programa en serie no existe nunca: con carga, la suma de esas esperas
llegaba al límite de tiempo y el veredicto pasaba a `cuelgue`. Ahora el
principal anota, antes de un `join()` sin plazo, que el hijo queda solo (un
hilo, ningún otro hijo vivo) y el hijo no espera a nadie
(`verificador/procesos/datos.py`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from verificador.juez.alumno import Alumno
from verificador.juez.procesos import Procesos
from verificador.veredictos import FalloVeredicto, Veredicto

INTENTOS = Path(__file__).resolve().parent / "intentos" / "10_contador_de_visitas"


def _veredicto_en_serie(semilla: int) -> Veredicto | None:
    p = Procesos(Alumno(INTENTOS, ["en_serie.py"], semilla))
    try:
        ejecucion = p.ejecutar({"n_procesos": 4, "visitas": 40}, minimo_procesos=1,
                               tiempo_limite_s=20)
        assert ejecucion.valor == 160
        assert not ejecucion.carreras  # nadie pudo escribir entre lectura y escritura
        # el principal anunció cada join: ningún hijo esperó a un encuentro imposible
        assert [h.solo for h in ejecucion.trabajadores] == [True] * 4
        p.exigir_solapamiento(2)
    except FalloVeredicto as fallo:
        return fallo.veredicto
    return None


@pytest.mark.parametrize("semilla", [1, 2, 3])
def test_en_serie_es_sin_concurrencia(semilla: int) -> None:
    assert _veredicto_en_serie(semilla) is Veredicto.SIN_CONCURRENCIA


def test_arrancados_a_la_vez_no_corren_solos() -> None:
    """Todos arrancados antes de esperarlos: solo el último join puede quedar solo."""
    programas = Path(__file__).resolve().parent / "programas_procesos"
    p = Procesos(Alumno(programas, ["contador_sin_candado.py"], 1))
    ejecucion = p.ejecutar({"n_procesos": 3, "veces": 30}, minimo_procesos=3)
    assert ejecucion.carreras
    assert sum(h.solo for h in ejecucion.trabajadores) <= 1


@pytest.mark.lento
def test_en_serie_con_la_maquina_cargada() -> None:
    """Cuatro bucles ocupados al lado: el mismo veredicto en 3 semillas."""
    ocupados = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(4)]
    try:
        veredictos = [_veredicto_en_serie(semilla) for semilla in (1, 2, 3)]
    finally:
        for proceso in ocupados:
            proceso.kill()
            proceso.wait()
    assert veredictos == [Veredicto.SIN_CONCURRENCIA] * 3
