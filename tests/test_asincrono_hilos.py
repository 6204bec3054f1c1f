"""Hilos del ejecutor (`to_thread`, `run_in_executor`) bajo el motor de asyncio.

Dos garantías:

- el veredicto, el reloj virtual y el orden en que llegan al bucle los
  resultados de los hilos son función del programa y la semilla: se comprueba
  metiendo retrasos REALES (no virtuales) al arrancar cada hilo, al devolver
  el turno y al acabar, y exigiendo que cada planificación salga idéntica;
- los hilos del ejecutor se intercalan como hilos: un `total += 1` sin candado
  desde varios trabajos es `carrera` en cada semilla, y con `threading.Lock`,
  `aprobado`.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from verificador.asincrono import bucle, explorador, parches, turnos
from verificador.veredictos import Veredicto

SEMILLAS = (0, 1, 2)

ARCHIVOS = """
import asyncio
import time

orden = []


def leer(nombre, demora):
    time.sleep(demora)
    orden.append(nombre)
    return f"{nombre}:{demora}"


async def procesar(nombre, demora):
    return await asyncio.to_thread(leer, nombre, demora)


async def main():
    inicio = time.monotonic()
    demoras = {"a": 7, "b": 3, "c": 5, "d": 3}
    r = await asyncio.gather(*(procesar(n, d) for n, d in demoras.items()))
    print("orden", orden, "tardó", round(time.monotonic() - inicio, 6))
    assert r == ["a:7", "b:3", "c:5", "d:3"]
    assert time.monotonic() - inicio < 7.5, "en fila"


asyncio.run(main())
"""

CONTADOR = """
import asyncio
import threading

total = 0
candado = threading.Lock()


def sumar():
    global total
    for _ in range(200):
        {cuerpo}


async def main():
    await asyncio.gather(*(asyncio.to_thread(sumar) for _ in range(3)))
    print("total", total)
    assert total == 600, total


asyncio.run(main())
"""


def _programa(tmp_path: Path, nombre: str, fuente: str) -> Path:
    ruta = tmp_path / nombre
    ruta.write_text(textwrap.dedent(fuente), encoding="utf-8")
    return ruta


def _huellas(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Lo que decide cada planificación: reloj, demoras, pasos, eventos de los
    hilos y la salida del programa (con el orden en que acabaron los hilos)."""
    huellas: list[tuple[Any, ...]] = []
    una = explorador._una

    def espia(*args: Any, **kwargs: Any) -> Any:
        ej = una(*args, **kwargs)
        c = ej.control
        huellas.append((c.reloj, sorted(c.decisiones.items()), c.pasos, c.turnos.eventos, ej.salida,
                        None if ej.fallo is None else ej.fallo.clave))
        return ej

    monkeypatch.setattr(explorador, "_una", espia)
    return huellas


def _con_retrasos_reales(monkeypatch: pytest.MonkeyPatch, semilla: int) -> None:
    """Retrasos de reloj real (como una máquina cargada) en los hilos del ejecutor."""
    azar = random.Random(semilla)

    def dormir() -> None:
        parches._sleep_real(azar.random() * 0.003)

    en_hilo, devolver, terminar = bucle._en_hilo, turnos.Turnos._devolver, turnos.Turnos.terminar

    def en_hilo_lento(*args: Any) -> Any:
        dormir()  # el hilo real tarda en arrancar
        try:
            return en_hilo(*args)
        finally:
            dormir()  # y en entregar su resultado

    def devolver_lento(self: turnos.Turnos, *args: Any) -> None:
        dormir()
        devolver(self, *args)

    def terminar_lento(self: turnos.Turnos, *args: Any) -> None:
        dormir()
        terminar(self, *args)

    monkeypatch.setattr(bucle, "_en_hilo", en_hilo_lento)
    monkeypatch.setattr(turnos.Turnos, "_devolver", devolver_lento)
    monkeypatch.setattr(turnos.Turnos, "terminar", terminar_lento)


@pytest.mark.parametrize("semilla", SEMILLAS)
@pytest.mark.parametrize("caso", ["archivos", "sin_candado"])
def test_retrasos_reales_no_cambian_la_exploracion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   semilla: int, caso: str) -> None:
    fuente = ARCHIVOS if caso == "archivos" else CONTADOR.replace("{cuerpo}", "total += 1")
    ruta = _programa(tmp_path, f"{caso}.py", fuente)
    # Una vuelta antes, sin mirar: en 3.12+ la primera vez que se rastrea un código
    # CPython da algún evento de operación menos (lo mismo en cada proceso); aquí
    # se compara solo el efecto de los retrasos reales.
    explorador.explorar_script(ruta, semilla=semilla, planificaciones=1)
    huellas = _huellas(monkeypatch)
    sin = explorador.explorar_script(ruta, semilla=semilla, planificaciones=4)
    sin_huellas = list(huellas)
    huellas.clear()
    with monkeypatch.context() as m:
        _con_retrasos_reales(m, semilla + 100)
        con = explorador.explorar_script(ruta, semilla=semilla, planificaciones=4)
    assert (con.veredicto, con.planificaciones) == (sin.veredicto, sin.planificaciones)
    assert huellas == sin_huellas
    if caso == "archivos":
        assert sin.veredicto is Veredicto.APROBADO
        assert sin_huellas[0][0] == pytest.approx(7.0)  # en paralelo: la demora más larga
        # por demora: b y d (3 s, empatados: su orden lo decide la semilla), c (5 s), a (7 s)
        assert re.search(r"orden \['[bd]', '[bd]', 'c', 'a'\]", sin_huellas[0][4])
    else:
        assert sin.veredicto is Veredicto.CARRERA
        assert con.evidencia is not None and sin.evidencia is not None
        assert con.evidencia.resumen == sin.evidencia.resumen


@pytest.mark.parametrize("semilla", SEMILLAS)
def test_contador_sin_candado_entre_hilos_del_ejecutor_es_carrera(tmp_path: Path, semilla: int) -> None:
    ruta = _programa(tmp_path, "sin_candado.py", CONTADOR.replace("{cuerpo}", "total += 1"))
    r = explorador.explorar_script(ruta, semilla=semilla, planificaciones=5)
    assert r.veredicto is Veredicto.CARRERA
    assert r.evidencia is not None and "600" not in (r.evidencia.obtenido or "")


@pytest.mark.parametrize("semilla", SEMILLAS)
@pytest.mark.parametrize("cuerpo", [
    "with candado:\n            total += 1",
    "candado.acquire()\n        valor = total\n        total = valor + 1\n        candado.release()",
])
def test_contador_con_candado_entre_hilos_del_ejecutor_aprueba(tmp_path: Path, semilla: int,
                                                              cuerpo: str) -> None:
    ruta = _programa(tmp_path, "con_candado.py", CONTADOR.replace("{cuerpo}", cuerpo))
    r = explorador.explorar_script(ruta, semilla=semilla, planificaciones=5)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


CONDICION = """
import asyncio
import threading
import time

cond = threading.Condition()
listos = []


def productor():
    for i in range(5):
        time.sleep(0.1)
        with cond:
            listos.append(i)
            cond.notify()


def consumidor():
    tomados = []
    while len(tomados) < 5:
        with cond:
            while not listos:
                cond.wait()
            tomados.append(listos.pop(0))
    return tomados


async def main():
    tomados, _ = await asyncio.gather(asyncio.to_thread(consumidor), asyncio.to_thread(productor))
    assert tomados == [0, 1, 2, 3, 4], tomados


asyncio.run(main())
"""

PLAZO = """
import asyncio
import threading
import time

candado = threading.Lock()


def dueno():
    with candado:
        time.sleep(5)


def impaciente():
    time.sleep(1)
    inicio = time.monotonic()
    obtenido = candado.acquire(timeout=2)
    return obtenido, round(time.monotonic() - inicio, 3)


async def main():
    _, (obtenido, espera) = await asyncio.gather(asyncio.to_thread(dueno), asyncio.to_thread(impaciente))
    assert not obtenido and espera == 2.0, (obtenido, espera)


asyncio.run(main())
"""


MIXTO = """
import asyncio
import threading

total = 0
candado = threading.Lock()


def sumar():
    global total
    for _ in range(300):
        with candado:
            total += 1


async def vigilar():
    vistos = []
    for _ in range(5):
        with candado:
            vistos.append(total)
        await asyncio.sleep(0)
    return vistos


async def main():
    _, vistos = await asyncio.gather(asyncio.to_thread(sumar), vigilar())
    assert total == 300 and vistos == sorted(vistos), (total, vistos)


asyncio.run(main())
"""


@pytest.mark.parametrize("fuente", [CONDICION, PLAZO, MIXTO], ids=["condicion", "plazo", "bucle_y_hilo"])
def test_esperas_de_threading_entre_hilos_del_ejecutor(tmp_path: Path, fuente: str) -> None:
    """Una Condition (con su RLock) entre dos trabajos; un acquire con plazo
    que vence en tiempo virtual mientras el dueño duerme; y una corrutina que
    toma el candado que un hilo del ejecutor tiene (el bucle espera, los hilos corren)."""
    ruta = _programa(tmp_path, "esperas.py", fuente)
    for semilla in SEMILLAS:
        r = explorador.explorar_script(ruta, semilla=semilla, planificaciones=4)
        assert r.veredicto is Veredicto.APROBADO, (semilla, r.evidencia)


EVENTO_EN_CORRUTINA = """
import asyncio
import threading
import time

listo = threading.Event()


def preparar():
    time.sleep(0.5)
    listo.set()


async def main():
    tarea = asyncio.create_task(asyncio.to_thread(preparar))
    await asyncio.sleep(0)
    listo.wait()
    await tarea


asyncio.run(main())
"""


def test_corrutina_que_espera_un_evento_de_threading_bloquea_el_bucle(tmp_path: Path) -> None:
    """El bucle espera al hilo (que corre por turnos) y el paso se mide: 0.5 s bloqueado."""
    ruta = _programa(tmp_path, "evento.py", EVENTO_EN_CORRUTINA)
    r = explorador.explorar_script(ruta, semilla=0, planificaciones=2)
    assert r.veredicto is Veredicto.BUCLE_BLOQUEADO
    assert r.evidencia is not None and "evento.py:18" in r.evidencia.resumen


# --- actualizaciones perdidas entre hilos del ejecutor, sin que el programa compruebe nada ---

# Programas de tests/corpus_real/asincrono (allí pasan por `verificar explorar` con la
# semilla 0; aquí, por el motor con varias semillas y mirando la evidencia).
CORPUS = Path(__file__).resolve().parent / "corpus_real" / "asincrono"
PERDIDAS = ("to_thread_contador_sin_candado_sin_comprobar", "to_thread_atributo_sin_candado",
            "executor_cuenta_palabras_sin_candado", "to_thread_leer_dormir_escribir")
SIN_PERDIDAS = ("executor_cuenta_palabras_con_candado", "to_thread_lista_mas_igual",
                "to_thread_ordenados_con_eventos", "to_thread_uno_tras_otro", "to_thread_cada_hilo_su_casilla")


@pytest.mark.parametrize("semilla", SEMILLAS)
@pytest.mark.parametrize("nombre", sorted(PERDIDAS))
def test_una_actualizacion_perdida_entre_hilos_del_ejecutor_es_carrera(nombre: str, semilla: int) -> None:
    r = explorador.explorar_script(CORPUS / f"{nombre}.py", semilla=semilla)
    assert r.veredicto is Veredicto.CARRERA, r.evidencia
    assert r.evidencia is not None and "Actualización perdida" in r.evidencia.resumen
    acciones = [p.accion for p in r.evidencia.linea_tiempo]
    assert len(acciones) == 3 and acciones[0].startswith("lee") and "valor viejo" in acciones[2]
    actores = [p.actor for p in r.evidencia.linea_tiempo]
    assert actores[0] == actores[2] != actores[1]


@pytest.mark.parametrize("semilla", SEMILLAS)
@pytest.mark.parametrize("nombre", sorted(SIN_PERDIDAS))
def test_hilos_del_ejecutor_que_no_pierden_nada_aprueban(nombre: str, semilla: int) -> None:
    r = explorador.explorar_script(CORPUS / f"{nombre}.py", semilla=semilla, planificaciones=20)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


BARRERA_TRAS_EL_BUCLE = """
import asyncio
import threading
import time

barrera = threading.Barrier(2)
hechos = []


def trabajador():
    time.sleep(0.1)
    hechos.append("hilo")
    barrera.wait()


async def principal():
    await asyncio.sleep(0.01)
    hechos.append("bucle")


hilo = threading.Thread(target=trabajador)
hilo.start()
asyncio.run(principal())
barrera.wait()
hilo.join()
assert sorted(hechos) == ["bucle", "hilo"], hechos
"""


def test_el_modulo_espera_tras_el_bucle_a_un_hilo_propio_por_una_biblioteca(tmp_path: Path) -> None:
    # Barrier.wait espera varios marcos por debajo del alumno (como servidor.shutdown(),
    # que espera el Event que pone serve_forever): antes se colgaba para siempre, con el
    # hilo esperando un turno que nadie le daba.
    ruta = _programa(tmp_path, "barrera.py", BARRERA_TRAS_EL_BUCLE)
    r = explorador.explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia
