"""Motor de asyncio: cancelaciones del alumno que tiran trabajo, y candados de
hilos del ejecutor que no cuelgan el bucle."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from verificador.asincrono import explorar, explorar_script
from verificador.veredictos import Veredicto

_CONSUMIDORES = """\
import asyncio

resultados = []


async def consumidor(cola):
    while True:
        x = await cola.get()
        await asyncio.sleep(0.01)
        resultados.append(x)
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    tareas = [asyncio.create_task(consumidor(cola)) for _ in range(2)]
    for i in range(3):
        await cola.put(i)
{espera}    print(resultados)
    for t in tareas:
        t.cancel()


asyncio.run(main())
"""


def _escribir(tmp_path: Path, codigo: str) -> Path:
    ruta = tmp_path / "programa.py"
    ruta.write_text(codigo, encoding="utf-8")
    return ruta


def test_cancelar_consumidores_sin_empezar_que_producen_lo_leido_es_incompleto(tmp_path: Path) -> None:
    r = explorar_script(_escribir(tmp_path, _CONSUMIDORES.format(espera="")), semilla=1)
    assert r.veredicto is Veredicto.INCOMPLETO
    assert r.evidencia is not None
    assert "antes de que empezara" in r.evidencia.resumen
    assert "`resultados`" in r.evidencia.resumen
    assert r.evidencia.ubicacion == "programa.py:21"  # el t.cancel()


def test_cancelar_consumidores_ociosos_tras_join_es_correcto(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, _CONSUMIDORES.format(espera="    await cola.join()\n"))
    r = explorar_script(ruta, semilla=1, planificaciones=5)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


def test_fuera_de_un_script_la_cancelacion_la_juzga_el_juez() -> None:
    # Sin un script no se sabe qué lee «el programa»: cancelar no es un fallo por sí solo.
    hechos: list[int] = []

    async def escenario() -> None:
        async def trabajo() -> None:
            hechos.append(1)

        t = asyncio.create_task(trabajo())
        t.cancel()
        assert hechos == []

    r = explorar(escenario, planificaciones=2, archivos_alumno=[__file__])
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


def test_las_tareas_del_motor_se_ven_como_las_de_asyncio() -> None:
    async def escenario() -> None:
        t = asyncio.create_task(asyncio.sleep(0))
        assert isinstance(t, asyncio.Task)
        assert repr(t).startswith("<Task pending name="), repr(t)
        await t

    r = explorar(escenario, planificaciones=2, archivos_alumno=[__file__])
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


_HILOS_CON_CANDADO = """\
import asyncio
import threading
import time

saldo = 0
candado = threading.Lock()


def ingresar(cantidad):
    global saldo
    with candado:
        actual = saldo
        time.sleep(0.01)
        saldo = actual + cantidad


async def main():
    await asyncio.gather(*(asyncio.to_thread(ingresar, 10) for _ in range(3)))
    assert saldo == 30, saldo


asyncio.run(main())
"""


def test_un_candado_de_hilos_con_sleep_dentro_no_cuelga_el_bucle(tmp_path: Path) -> None:
    antes = threading.Lock
    r = explorar_script(_escribir(tmp_path, _HILOS_CON_CANDADO), semilla=3, planificaciones=4)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia
    assert threading.Lock is antes


def test_sin_el_candado_los_hilos_se_pisan(tmp_path: Path) -> None:
    codigo = _HILOS_CON_CANDADO.replace("    with candado:\n", "    if True:\n")
    r = explorar_script(_escribir(tmp_path, codigo), semilla=3, planificaciones=4)
    assert r.veredicto is Veredicto.CARRERA
