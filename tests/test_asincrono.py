"""Pruebas del motor de asyncio: detectores, corpus, reducción, determinismo y API.

Cada detector tiene un programa que falla y otro que no; el corpus
(tests/corpus_asincrono/) se explora con los ajustes por defecto y varias
semillas: todo error encontrado, ningún programa correcto señalado. Se
comprueba la estructura (veredicto, bloqueados, plan reducido), no el texto.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from pathlib import Path

import pytest

import verificador.asincrono as motor
from verificador.asincrono import explorar, explorar_script
from verificador.veredictos import FalloVeredicto, Veredicto

CORPUS = Path(__file__).resolve().parent / "corpus_asincrono"
PROGRAMAS = sorted(CORPUS.glob("*.py"))
SEMILLAS = (1, 2, 3)


def _esperado(ruta: Path) -> str:
    coincide = re.search(r"^# esperado: (\w+)$", ruta.read_text(encoding="utf-8"), re.M)
    assert coincide, f"{ruta.name} no dice su veredicto esperado"
    return coincide.group(1)


def _escribir(tmp_path: Path, nombre: str, codigo: str) -> Path:
    ruta = tmp_path / nombre
    ruta.write_text(codigo, encoding="utf-8")
    return ruta


# ------------------------------------------------------------------ superficie
def test_superficie_publica() -> None:
    assert sorted(motor.__all__) == sorted(
        ["ESTRATEGIAS", "PLANIFICACIONES_POR_DEFECTO", "explorar", "explorar_script", "usa_asyncio"]
    )
    assert motor.usa_asyncio("import asyncio\n")
    assert motor.usa_asyncio("async def f():\n    pass\n")
    assert not motor.usa_asyncio("import threading\nthreading.Thread().start()\n")


def test_el_corpus_tiene_errores_y_programas_correctos() -> None:
    esperados = {_esperado(p) for p in PROGRAMAS}
    assert {
        "aprobado",
        "carrera",
        "interbloqueo",
        "incompleto",
        "excepcion",
        "bucle_bloqueado",
    } <= esperados
    assert sum(p.name.startswith("bien_") for p in PROGRAMAS) >= 8
    assert sum(p.name.startswith("mal_") for p in PROGRAMAS) >= 10


# ---------------------------------------------------------------------- corpus
@pytest.mark.parametrize("ruta", PROGRAMAS, ids=[p.stem for p in PROGRAMAS])
@pytest.mark.parametrize("semilla", SEMILLAS)
def test_corpus(ruta: Path, semilla: int) -> None:
    resultado = explorar_script(ruta, semilla=semilla)
    esperado = _esperado(ruta)
    resumen = resultado.evidencia.resumen if resultado.evidencia else ""
    assert resultado.veredicto.value == esperado, resumen
    if esperado == "aprobado":
        assert resultado.planificaciones == motor.PLANIFICACIONES_POR_DEFECTO
    else:
        assert resultado.evidencia is not None and resultado.evidencia.resumen
        assert resultado.repetir == f"verificar explorar {ruta} --semilla {semilla}"


def test_los_parches_se_retiran() -> None:
    antes = (
        asyncio.run,
        time.sleep,
        time.time,
        time.monotonic,
        time.perf_counter,
        asyncio.Lock.acquire,
        asyncio.get_event_loop_policy().__class__,
        threading.Lock,
        threading._allocate_lock,  # type: ignore[attr-defined]
    )
    explorar_script(CORPUS / "mal_interbloqueo_candados.py", semilla=1)
    explorar_script(CORPUS / "bien_to_thread.py", semilla=1, planificaciones=3)
    despues = (
        asyncio.run,
        time.sleep,
        time.time,
        time.monotonic,
        time.perf_counter,
        asyncio.Lock.acquire,
        asyncio.get_event_loop_policy().__class__,
        threading.Lock,
        threading._allocate_lock,  # type: ignore[attr-defined]
    )
    assert antes == despues
    assert abs(time.time() - time.time()) < 1  # el reloj real vuelve a ser el real


# ---------------------------------------------------------- reducción y repetir
def test_una_carrera_que_fifo_oculta_se_reduce() -> None:
    resultado = explorar_script(CORPUS / "mal_orden_fifo.py", semilla=5, estrategia="aleatoria")
    assert resultado.veredicto is Veredicto.CARRERA
    ev = resultado.evidencia
    assert ev is not None
    # FIFO aprueba: hace falta al menos una desviación, y la reducción deja pocas.
    assert 1 <= (ev.cambios_de_contexto or 0) <= 2
    actores = [p.actor for p in ev.linea_tiempo]
    assert any("consumidor" in a for a in actores) and any("productor" in a for a in actores)
    assert all(p.archivo == "mal_orden_fifo.py" for p in ev.linea_tiempo)
    fallo = [p for p in ev.linea_tiempo if p.codigo.startswith("assert datos")]
    assert fallo and "consumidor" in fallo[0].actor


def test_fifo_no_encuentra_la_carrera_oculta() -> None:
    resultado = explorar_script(
        CORPUS / "mal_orden_fifo.py", semilla=1, estrategia="fifo", planificaciones=20
    )
    assert resultado.aprobado


@pytest.mark.parametrize("programa", ["mal_comprobar_y_actuar.py", "mal_orden_fifo.py"])
@pytest.mark.parametrize("estrategia", ["aleatoria", "pct", "mixta"])
def test_una_semilla_una_traza(estrategia: str, programa: str) -> None:
    trazas = set()
    for _ in range(10):
        r = explorar_script(CORPUS / programa, semilla=11, estrategia=estrategia)
        assert r.evidencia is not None
        trazas.add(
            (r.planificaciones, repr(r.evidencia.linea_tiempo), repr(r.evidencia.detalles["plan"]))
        )
    assert len(trazas) == 1


def test_la_semilla_repite_una_exploracion_aprobada() -> None:
    a = explorar_script(CORPUS / "bien_semaforo.py", semilla=4, planificaciones=10)
    b = explorar_script(CORPUS / "bien_semaforo.py", semilla=4, planificaciones=10)
    assert a.aprobado and b.aprobado and a.estadisticas == b.estadisticas


# ------------------------------------------------------------------ detectores
def test_interbloqueo_dice_quien_tiene_cada_candado() -> None:
    r = explorar_script(CORPUS / "mal_interbloqueo_candados.py", semilla=1)
    assert r.veredicto is Veredicto.INTERBLOQUEO and r.evidencia is not None
    por_tarea = {b.actor: b for b in r.evidencia.bloqueados}
    t1, t2 = "Tarea-1 (transferir)", "Tarea-2 (transferir)"
    assert por_tarea[t1].tenido_por == t2 and por_tarea[t2].tenido_por == t1
    assert "asyncio.Lock" in por_tarea[t1].espera
    assert por_tarea[t1].linea == 14 and por_tarea[t1].codigo == "async with destino.candado:"


def test_lock_no_reentrante() -> None:
    r = explorar_script(CORPUS / "mal_lock_reentrante.py", semilla=1)
    assert r.veredicto is Veredicto.INTERBLOQUEO and r.evidencia is not None
    (bloqueado,) = r.evidencia.bloqueados
    assert bloqueado.actor == "main" and "no es reentrante" in (bloqueado.tenido_por or "")


def test_espera_en_cola_y_evento() -> None:
    cola = explorar_script(CORPUS / "mal_cola_sin_centinela.py", semilla=1).evidencia
    evento = explorar_script(CORPUS / "mal_evento_nunca.py", semilla=1).evidencia
    assert cola is not None and evento is not None
    assert any("cola `cola`" in b.espera for b in cola.bloqueados)
    assert any("evento `listo`" in b.espera for b in evento.bloqueados)


def test_corrutina_sin_esperar(tmp_path: Path) -> None:
    r = explorar_script(CORPUS / "mal_await_olvidado.py", semilla=1)
    assert r.veredicto is Veredicto.INCOMPLETO and r.evidencia is not None
    assert r.evidencia.ubicacion == "mal_await_olvidado.py:13"
    assert any("nadie la espera" in p.accion for p in r.evidencia.linea_tiempo)


def test_bloqueo_del_bucle_con_time_sleep() -> None:
    inicio = time.perf_counter()
    r = explorar_script(CORPUS / "mal_time_sleep.py", semilla=1)
    assert time.perf_counter() - inicio < 5  # time.sleep(2) es virtual
    assert r.veredicto is Veredicto.BUCLE_BLOQUEADO and r.evidencia is not None
    bloqueos = r.evidencia.detalles["bloqueos"]
    assert len(bloqueos) == 3
    assert {b["ubicacion"] for b in bloqueos} == {"mal_time_sleep.py:8"}
    assert all(b["segundos"] == 2 and not b["real"] for b in bloqueos)


def test_espera_activa_sobre_el_reloj() -> None:
    r = explorar_script(CORPUS / "mal_espera_activa_reloj.py", semilla=1)
    assert r.veredicto is Veredicto.BUCLE_BLOQUEADO and r.evidencia is not None
    (bloqueo,) = r.evidencia.detalles["bloqueos"]
    assert bloqueo["ubicacion"].startswith("mal_espera_activa_reloj.py:")
    assert bloqueo["segundos"] >= 1


def test_excepcion_perdida_en_tarea() -> None:
    r = explorar_script(CORPUS / "mal_excepcion_perdida.py", semilla=1)
    assert r.veredicto is Veredicto.EXCEPCION and r.evidencia is not None
    assert r.evidencia.ubicacion == "mal_excepcion_perdida.py:10"
    assert "ValueError" in (r.evidencia.traza or "")


def test_tarea_a_medias_al_terminar() -> None:
    r = explorar_script(CORPUS / "mal_tarea_sin_esperar.py", semilla=1)
    assert r.veredicto is Veredicto.INCOMPLETO and r.evidencia is not None
    assert r.evidencia.bloqueados[0].actor == "Tarea-1 (enviar_correo)"


def test_cuelgue_por_tiempo_virtual(tmp_path: Path) -> None:
    ruta = _escribir(
        tmp_path,
        "latido.py",
        (
            "import asyncio\n"
            "async def main():\n"
            "    while True:\n"
            "        await asyncio.sleep(60)\n"
            "asyncio.run(main())\n"
        ),
    )
    r = explorar_script(ruta, semilla=1, planificaciones=2)
    assert r.veredicto is Veredicto.CUELGUE


def test_error_de_sintaxis(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, "roto.py", "import asyncio\nasync def main(:\n    pass\n")
    r = explorar_script(ruta, semilla=1)
    assert r.veredicto is Veredicto.NO_CARGA and r.evidencia is not None
    assert r.evidencia.ubicacion == "roto.py:2"


def test_salida_acotada_y_argv(tmp_path: Path) -> None:
    ruta = _escribir(
        tmp_path,
        "ruidoso.py",
        (
            "import asyncio, sys\n"
            "async def main():\n"
            "    print(sys.argv[1:])\n"
            "    for _ in range(10000):\n"
            "        print('x' * 100)\n"
            "    assert False, 'fin'\n"
            "asyncio.run(main())\n"
        ),
    )
    r = explorar_script(ruta, semilla=1, argv=["--uno", "2"])
    assert r.evidencia is not None and r.evidencia.salida is not None
    assert r.evidencia.salida.startswith("['--uno', '2']")
    assert len(r.evidencia.salida) < 20_000


# ------------------------------------------------------------ API de los jueces
def _fabrica(archivo: Path, **kwargs: object):
    espacio: dict[str, object] = {"__name__": "alumno", "__file__": str(archivo)}
    exec(compile(archivo.read_text(encoding="utf-8"), str(archivo), "exec"), espacio)
    return lambda: espacio["main"](**kwargs)  # type: ignore[operator]


_TRABAJO = """
import asyncio, time

async def uno(i, demora):
    await asyncio.sleep(demora)
    return i

async def main(n=3, demora=10, en_paralelo=True, bloqueante=False):
    if bloqueante:
        time.sleep(demora)
    if en_paralelo:
        return await asyncio.gather(*(uno(i, demora) for i in range(n)))
    return [await uno(i, demora) for i in range(n)]
"""


def test_explorar_mide_en_tiempo_virtual(tmp_path: Path) -> None:
    archivo = _escribir(tmp_path, "trabajo.py", _TRABAJO)
    inicio = time.perf_counter()
    bien = explorar(
        _fabrica(archivo),
        planificaciones=20,
        semilla=3,
        archivos_alumno=[archivo],
        minimo_tareas=3,
        duracion_maxima=10,
        duracion_minima=10,
    )
    assert bien.aprobado
    lento = explorar(
        _fabrica(archivo, en_paralelo=False),
        planificaciones=5,
        semilla=3,
        archivos_alumno=[archivo],
        duracion_maxima=10,
    )
    assert lento.veredicto is Veredicto.CUELGUE and lento.evidencia is not None
    assert lento.evidencia.obtenido == "30 s"
    assert time.perf_counter() - inicio < 10


def test_explorar_sin_concurrencia(tmp_path: Path) -> None:
    archivo = _escribir(tmp_path, "trabajo.py", _TRABAJO)
    pocas = explorar(
        _fabrica(archivo, en_paralelo=False),
        planificaciones=5,
        semilla=3,
        archivos_alumno=[archivo],
        minimo_tareas=3,
    )
    assert pocas.veredicto is Veredicto.SIN_CONCURRENCIA
    rapido = explorar(
        _fabrica(archivo, demora=0),
        planificaciones=5,
        semilla=3,
        archivos_alumno=[archivo],
        duracion_minima=10,
    )
    assert rapido.veredicto is Veredicto.SIN_CONCURRENCIA


def test_explorar_bloqueo(tmp_path: Path) -> None:
    archivo = _escribir(tmp_path, "trabajo.py", _TRABAJO)
    r = explorar(
        _fabrica(archivo, bloqueante=True), planificaciones=5, semilla=3, archivos_alumno=[archivo]
    )
    assert r.veredicto is Veredicto.BUCLE_BLOQUEADO
    permitido = explorar(
        _fabrica(archivo, bloqueante=True),
        planificaciones=5,
        semilla=3,
        archivos_alumno=[archivo],
        permitir_bloqueos=True,
    )
    assert permitido.aprobado


def test_explorar_deja_pasar_el_veredicto_del_juez(tmp_path: Path) -> None:
    archivo = _escribir(tmp_path, "trabajo.py", _TRABAJO)
    crear = _fabrica(archivo)

    async def escenario() -> None:
        resultado = await crear()
        if resultado != [0, 1, 2]:
            raise AssertionError("inalcanzable")
        from verificador.veredictos import Evidencia

        raise FalloVeredicto(Veredicto.INCOMPLETO, Evidencia(resumen="el juez dice que no"))

    r = explorar(escenario, planificaciones=5, semilla=1, archivos_alumno=[archivo])
    assert r.veredicto is Veredicto.INCOMPLETO and r.evidencia is not None
    assert r.evidencia.resumen == "el juez dice que no"


def test_explorar_relanza_lo_que_no_es_del_alumno(tmp_path: Path) -> None:
    archivo = _escribir(tmp_path, "trabajo.py", _TRABAJO)

    async def escenario() -> None:
        raise KeyError("fallo del juez")

    with pytest.raises(KeyError):
        explorar(
            escenario, planificaciones=2, semilla=1, archivos_alumno=[archivo], propagar_ajenas=True
        )
    r = explorar(escenario, planificaciones=2, semilla=1, archivos_alumno=[archivo])
    assert r.veredicto is Veredicto.ERROR_INTERNO


# ------------------------------------------- fidelidad: órdenes que asyncio garantiza
_ORDENES = """
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    vistos = []
    for i in range(6):
        loop.call_soon(vistos.append, ("soon", i))
    async def tarea(i):
        vistos.append(("tarea", i))
    for i in range(6):
        asyncio.create_task(tarea(i))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert vistos == [("soon", i) for i in range(6)] + [("tarea", i) for i in range(6)], vistos
    candado, despertados = asyncio.Lock(), []
    async def con_candado(i):
        async with candado:
            despertados.append(i)
            await asyncio.sleep(0.1)
    await candado.acquire()
    espera = [asyncio.create_task(con_candado(i)) for i in range(5)]
    await asyncio.sleep(0.5)
    candado.release()
    await asyncio.gather(*espera)
    assert despertados == list(range(5)), despertados
    cola, recibidos = asyncio.Queue(), []
    async def consumidor(i):
        recibidos.append((i, await cola.get()))
    consumidores = [asyncio.create_task(consumidor(i)) for i in range(4)]
    await asyncio.sleep(0.2)
    for x in "abcd":
        cola.put_nowait(x)
    await asyncio.gather(*consumidores)
    assert recibidos == list(zip(range(4), "abcd")), recibidos

asyncio.run(main())
"""


@pytest.mark.parametrize("estrategia", ["aleatoria", "pct", "mixta"])
def test_se_respetan_los_ordenes_que_asyncio_garantiza(tmp_path: Path, estrategia: str) -> None:
    ruta = _escribir(tmp_path, "ordenes.py", _ORDENES)
    r = explorar_script(
        ruta, semilla=7, estrategia=estrategia, planificaciones=30, retraso_maximo=1.0
    )
    assert r.aprobado, r.evidencia.resumen if r.evidencia else ""


# ---------------------------------------------- retraso adversario (issue 9)
_SLEEP_POR_JOIN = """
import asyncio

resultado = {}

async def calcular():
    await asyncio.sleep(1)
    resultado["valor"] = 42

async def main(modo):
    resultado.clear()  # el módulo se carga una vez para todas las planificaciones
    if modo == "sleep":
        asyncio.create_task(calcular())
        await asyncio.sleep(1.1)  # «ya habrá terminado»
    elif modo == "await":
        await asyncio.create_task(calcular())
    elif modo == "gather":
        await asyncio.gather(calcular(), asyncio.sleep(0.5))
    elif modo == "evento":
        listo = asyncio.Event()
        async def avisar():
            await calcular()
            listo.set()
        tarea = asyncio.create_task(avisar())
        await listo.wait()
        await tarea
    else:
        cola = asyncio.Queue()
        async def productor():
            await calcular()
            await cola.put(resultado["valor"])
        tarea = asyncio.create_task(productor())
        assert await cola.get() == 42
        await tarea
    assert resultado.get("valor") == 42, "el resultado aún no estaba"
"""


def test_un_sleep_en_lugar_de_esperar_falla_con_retraso(tmp_path: Path) -> None:
    archivo = _escribir(tmp_path, "espera.py", _SLEEP_POR_JOIN)
    sin_retraso = explorar(
        _fabrica(archivo, modo="sleep"), planificaciones=30, semilla=1, archivos_alumno=[archivo]
    )
    assert sin_retraso.aprobado  # la latencia normal (≤ 10 ms) no llega a 0.1 s
    r = explorar(
        _fabrica(archivo, modo="sleep"),
        planificaciones=30,
        semilla=1,
        archivos_alumno=[archivo],
        retraso_maximo=0.5,
    )
    # main comprueba el resultado con la tarea a medias: lo usa antes de que esté hecho
    assert r.veredicto is Veredicto.INCOMPLETO and r.evidencia is not None
    retraso = r.evidencia.detalles["retraso_s"]
    assert 0.1 < retraso <= 0.5
    assert "solo funciona si ninguna tarea se retrasa más de" in r.evidencia.resumen


@pytest.mark.parametrize("modo", ["await", "gather", "evento", "cola"])
def test_un_programa_que_espera_de_verdad_no_se_ve_afectado(tmp_path: Path, modo: str) -> None:
    archivo = _escribir(tmp_path, "espera.py", _SLEEP_POR_JOIN)
    r = explorar(
        _fabrica(archivo, modo=modo),
        planificaciones=40,
        semilla=2,
        archivos_alumno=[archivo],
        retraso_maximo=5.0,
    )
    assert r.aprobado, r.evidencia.resumen if r.evidencia else ""


def test_el_retraso_se_repite_con_la_semilla(tmp_path: Path) -> None:
    archivo = _escribir(tmp_path, "espera.py", _SLEEP_POR_JOIN)
    planes = {
        repr(
            explorar(
                _fabrica(archivo, modo="sleep"),
                planificaciones=30,
                semilla=9,
                archivos_alumno=[archivo],
                retraso_maximo=0.5,
            ).evidencia.detalles["plan"]  # type: ignore[union-attr]
        )
        for _ in range(3)
    }
    assert len(planes) == 1


# ----------------------------------------- get_event_loop y conteo de tareas en explorar
def test_get_event_loop_y_wait_en_explorar() -> None:
    r = explorar_script(CORPUS / "bien_get_event_loop.py", semilla=3, planificaciones=20)
    assert r.aprobado, r.evidencia.resumen if r.evidencia else ""
    # Las cuatro del programa y la de primer nivel de run_until_complete.
    assert r.estadisticas["tareas_max"] == 5


def test_sin_main_las_tareas_se_cuentan_bien(tmp_path: Path) -> None:
    archivo = _escribir(
        tmp_path,
        "sin_main.py",
        "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n",
    )
    espacio: dict[str, object] = {}
    exec(compile(archivo.read_text(encoding="utf-8"), str(archivo), "exec"), espacio)

    async def escenario() -> None:
        await espacio["main"]()  # type: ignore[operator]

    r = explorar(escenario, planificaciones=3, semilla=1, archivos_alumno=[archivo], minimo_tareas=1)
    assert r.veredicto is Veredicto.SIN_CONCURRENCIA and r.evidencia is not None
    assert r.evidencia.obtenido == "0"
