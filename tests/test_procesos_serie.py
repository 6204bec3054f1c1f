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


# --- «en serie» es el orden del programa, no la hora de esta ejecución ------------------
# La CI de la sesión 19 suspendió una reparación correcta (cada ventanilla delega en un
# nieto) con `sin_concurrencia`: los dos nietos son rápidos y, esa vez, uno acabó antes
# de que arrancara el otro. Dos trabajadores solo van en serie si el programa esperó el
# fin de uno antes de lanzar el otro.

RAPIDOS_SIN_ESPERA = """
import multiprocessing, time

def apuntar(lista, valor):
    lista.append(valor)

def main(n=3):
    with multiprocessing.Manager() as gestor:
        lista = gestor.list()
        procesos = []
        for valor in range(n):
            proceso = multiprocessing.Process(target=apuntar, args=(lista, valor))
            proceso.start()
            procesos.append(proceso)
            time.sleep(1.0)  # el hijo acaba aquí casi siempre, pero nadie lo espera
        for proceso in procesos:
            proceso.join()
        return sorted(lista)
"""

SONDEO_EN_SERIE = """
import multiprocessing, time

def apuntar(lista, valor):
    lista.append(valor)

def main(n=3):
    with multiprocessing.Manager() as gestor:
        lista = gestor.list()
        for valor in range(n):
            proceso = multiprocessing.Process(target=apuntar, args=(lista, valor))
            proceso.start()
            while proceso.is_alive():  # espera activa: el siguiente arranca cuando este acabó
                time.sleep(0.01)
        return sorted(lista)
"""

NIETOS_EN_SERIE = """
import multiprocessing

def apuntar(lista, valor):
    lista.append(valor)

def ventanilla(lista, valor):
    multiprocessing.Process(target=apuntar, args=(lista, valor)).start()  # sin join: al salir

def main(n=3):
    with multiprocessing.Manager() as gestor:
        lista = gestor.list()
        for valor in range(n):
            proceso = multiprocessing.Process(target=ventanilla, args=(lista, valor))
            proceso.start()
            proceso.join()  # la ventanilla no acaba hasta que acaba su nieto
        return sorted(lista)
"""


def _solapamiento(tmp_path: Path, texto: str, perturbar: bool = True) -> Veredicto | None:
    (tmp_path / "intento.py").write_text(texto, encoding="utf-8")
    p = Procesos(Alumno(tmp_path, ["intento.py"], 1))
    ejecucion = p.ejecutar({"n": 3}, minimo_procesos=1, tiempo_limite_s=30, perturbar=perturbar)
    assert ejecucion.valor == [0, 1, 2]
    assert len(ejecucion.trabajadores) == 3
    try:
        p.exigir_solapamiento(2)
    except FalloVeredicto as fallo:
        return fallo.veredicto
    return None


@pytest.mark.parametrize("perturbar", [False, True])
def test_rapidos_que_nadie_espera_no_van_en_serie(tmp_path: Path, perturbar: bool) -> None:
    """Sin perturbar nada retiene a los hijos: cada uno acaba antes de que arranque el
    siguiente, pero el programa no lo exige (otra máquina los solaparía)."""
    assert _solapamiento(tmp_path, RAPIDOS_SIN_ESPERA, perturbar) is None


def test_esperar_con_is_alive_es_en_serie(tmp_path: Path) -> None:
    assert _solapamiento(tmp_path, SONDEO_EN_SERIE) is Veredicto.SIN_CONCURRENCIA


def test_nietos_de_ventanillas_esperadas_van_en_serie(tmp_path: Path) -> None:
    """El principal espera cada ventanilla; cada una espera a su nieto al salir."""
    assert _solapamiento(tmp_path, NIETOS_EN_SERIE) is Veredicto.SIN_CONCURRENCIA
