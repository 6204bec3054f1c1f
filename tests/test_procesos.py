"""La maquinaria de procesos: cada tipo de fallo con un programa que falla y otro que no.

Los programas están en tests/programas_procesos/. El programa del alumno corre
siempre en procesos hijos (conductor + spawn), así que estas pruebas llaman a
`Procesos` directamente, sin el protocolo completo de `verificar reto`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from verificador.juez.alumno import Alumno
from verificador.juez.procesos import Procesos
from verificador.procesos import diagnostico, ejecutar, ejecutor
from verificador.procesos.estado import pids_del_grupo
from verificador.veredictos import FalloVeredicto, Veredicto

PROGRAMAS = Path(__file__).resolve().parent / "programas_procesos"


def juez(programa: str, semilla: int = 1) -> Procesos:
    return Procesos(Alumno(PROGRAMAS, [programa], semilla))


def fallo(accion) -> FalloVeredicto:  # type: ignore[no-untyped-def]
    with pytest.raises(FalloVeredicto) as info:
        accion()
    return info.value


def sin_restos(procesos: Procesos) -> None:
    """Ningún proceso de ninguna ejecución sigue vivo (ni zombi) en su grupo."""
    for ejecucion in procesos.ejecuciones:
        principal = [p for p in ejecucion.procesos if p.rol == "principal"]
        assert principal, "el conductor no dejó registro"
        assert pids_del_grupo(principal[0].pid) == []
        for proceso in ejecucion.procesos:
            assert (
                not Path(f"/proc/{proceso.pid}").exists() or _grupo(proceso.pid) != principal[0].pid
            )


def _grupo(pid: int) -> int:
    try:
        texto = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return -1
    return int(texto[texto.rindex(")") + 2 :].split()[2])


# --- carrera: Value sin candado ----------------------------------------------


@pytest.mark.parametrize("semilla", [1, 2, 3])
def test_value_sin_candado_pierde_incrementos(semilla: int) -> None:
    p = juez("contador_sin_candado.py", semilla)
    ejecucion = p.ejecutar({"n_procesos": 3, "veces": 30}, minimo_procesos=3)
    assert ejecucion.valor < 90
    error = fallo(lambda: p.exigir(ejecucion.valor == 90, "Se perdieron incrementos"))
    assert error.veredicto is Veredicto.CARRERA
    assert error.evidencia.detalles["semilla_perturbacion"] == semilla
    pasos = error.evidencia.linea_tiempo
    assert len(pasos) == 3
    assert {(x.archivo, x.codigo) for x in pasos} == {
        ("contador_sin_candado.py", "contador.value += 1")
    }
    assert pasos[0].actor == pasos[2].actor != pasos[1].actor
    sin_restos(p)


@pytest.mark.parametrize("programa", ["contador_con_candado.py", "contador_candado_aparte.py"])
def test_value_con_candado_no_pierde_nada(programa: str) -> None:
    for semilla in (1, 2, 3):
        p = juez(programa, semilla)
        ejecucion = p.ejecutar({"n_procesos": 3, "veces": 30}, minimo_procesos=3)
        assert ejecucion.valor == 90
        assert ejecucion.procesos_del_alumno == 3
        p.comprobar_concurrencia()


def test_raw_value_tambien_se_perturba() -> None:
    """RawValue (o Value con lock=False): sin candado compartido pierde; con él, no."""
    for semilla in (1, 2):
        p = juez("contador_crudo.py", semilla)
        roto = p.ejecutar({"n_procesos": 3, "veces": 30}, minimo_procesos=3)
        assert roto.valor < 90
        assert roto.carreras
        bien = p.ejecutar({"n_procesos": 3, "veces": 30, "con_candado": True}, minimo_procesos=3)
        assert bien.valor == 90
        assert not bien.carreras


def test_sin_semilla_no_hay_perturbacion() -> None:
    """Sin perturbación (la base del comprobador ingenuo) el mismo programa suele cuadrar."""
    ejecucion = ejecutar(
        PROGRAMAS / "contador_sin_candado.py",
        parametros={"n_procesos": 2, "veces": 5},
        semilla=None,
    )
    assert ejecucion.resultado is not None
    assert ejecucion.resultado["estado"] == "ok"


# --- excepcion: spawn, pickle, hijos ------------------------------------------


def test_pool_sin_guardia_falla_como_en_windows() -> None:
    p = juez("pool_sin_guardia.py")
    error = fallo(lambda: p.ejecutar({"numeros": [1, 2, 3]}))
    assert error.veredicto is Veredicto.EXCEPCION
    assert "__main__" in error.evidencia.resumen
    assert "spawn" in error.evidencia.explicacion
    assert error.evidencia.ubicacion == "pool_sin_guardia.py:10"
    assert "bootstrapping" in (error.evidencia.obtenido or "")
    assert "multiprocessing/" not in (error.evidencia.traza or "")
    sin_restos(p)


def test_pool_con_guardia_funciona() -> None:
    p = juez("pool_con_guardia.py")
    assert p.ejecutar({"numeros": [3, 4]}).valor == [9, 16]
    salida = p.ejecutar(modo="script", minimo_procesos=1).salida
    assert salida.strip() == "[1, 4, 9, 16, 25]"
    p.comprobar_concurrencia()


def test_lambda_en_pool() -> None:
    p = juez("pool_lambda.py")
    error = fallo(lambda: p.ejecutar({"numeros": [1, 2]}))
    assert error.veredicto is Veredicto.EXCEPCION
    assert "lambda" in error.evidencia.resumen
    assert error.evidencia.ubicacion == "pool_lambda.py:7"
    assert "conductor.py" not in (error.evidencia.traza or "")


def test_excepcion_en_un_hijo() -> None:
    p = juez("hijo_excepcion.py")
    error = fallo(lambda: p.ejecutar({"n_procesos": 3}))
    assert error.veredicto is Veredicto.EXCEPCION
    assert "ValueError: lote 2 defectuoso" in error.evidencia.resumen
    assert error.evidencia.ubicacion == "hijo_excepcion.py:7"


def test_hijo_muerto_explica_el_cuelgue() -> None:
    p = juez("consumidor_muere.py")
    error = fallo(lambda: p.ejecutar({"valor": 0}, quietud_s=0.8))
    assert error.veredicto is Veredicto.EXCEPCION
    assert "ZeroDivisionError" in error.evidencia.resumen
    assert "esperándolo" in error.evidencia.resumen
    assert error.evidencia.ubicacion == "consumidor_muere.py:7"
    principal = [b for b in error.evidencia.bloqueados if b.actor.startswith("programa")]
    assert principal[0].codigo == "resultado = salida.get()"
    assert juez("consumidor_muere.py").ejecutar({"valor": 5}).valor == 2.0


def test_sintaxis_rota_no_carga() -> None:
    error = fallo(lambda: juez("sintaxis_rota.py").ejecutar())
    assert error.veredicto is Veredicto.NO_CARGA
    assert error.evidencia.ubicacion == "sintaxis_rota.py:4"


# --- cuelgue: colas, centinelas, bucles ---------------------------------------

LOTES_GRANDES = [list(range(12000)), list(range(9000))]


def test_join_antes_de_vaciar_la_cola_se_cuelga() -> None:
    p = juez("cola_join_antes.py")
    error = fallo(lambda: p.ejecutar({"lotes": LOTES_GRANDES}, tiempo_limite_s=10, quietud_s=0.8))
    assert error.veredicto is Veredicto.CUELGUE
    assert "parado" in error.evidencia.resumen  # cortado por el detector de «nadie avanza»
    bloqueados = {b.actor.split(" (")[0]: b for b in error.evidencia.bloqueados}
    principal = bloqueados["programa principal"]
    assert (principal.archivo, principal.linea, principal.codigo) == (
        "cola_join_antes.py",
        14,
        "proceso.join()",
    )
    assert "join" in principal.espera
    assert "tubo" in bloqueados["Process-1"].espera
    sin_restos(p)


def test_vaciar_antes_de_join_termina() -> None:
    p = juez("cola_bien.py")
    ejecucion = p.ejecutar({"lotes": LOTES_GRANDES}, quietud_s=0.8)
    assert ejecucion.valor == [[n * n for n in lote] for lote in LOTES_GRANDES]


def test_centinela_olvidado() -> None:
    p = juez("centinela_olvidado.py")
    error = fallo(lambda: p.ejecutar({"valores": [1, 2, 3]}, quietud_s=0.8))
    assert error.veredicto is Veredicto.CUELGUE
    esperas = {b.actor.split(" (")[0]: b for b in error.evidencia.bloqueados}
    assert "Queue (get)" in esperas["Process-1"].espera
    assert esperas["Process-1"].codigo == "elemento = cola.get()"
    assert esperas["programa principal"].codigo == "total = salida.get()"
    sin_restos(p)
    assert (
        juez("centinela_olvidado.py").ejecutar({"valores": [1, 2, 3], "centinela": True}).valor == 6
    )


def test_bucle_infinito_agota_el_tiempo_y_no_deja_restos() -> None:
    p = juez("bucle_infinito.py")
    error = fallo(lambda: p.ejecutar(tiempo_limite_s=8, quietud_s=0.5))
    # Gasta CPU: solo lo para el reloj efectivo (8 s de avance). Con la máquina tan
    # cargada que en 6 x 8 s de pared no llega a avanzarlos, no se inventa un cuelgue.
    assert error.veredicto in (Veredicto.CUELGUE, Veredicto.PRESUPUESTO_AGOTADO)
    if error.veredicto is Veredicto.CUELGUE:
        assert "8 s" in error.evidencia.resumen
    else:
        assert "demasiado cargada" in error.evidencia.resumen
    vivos = [p for p in error.evidencia.detalles["procesos"] if p["vivo"]]
    assert len(vivos) == 3
    sin_restos(p)


def test_salida_sin_fin_se_acota() -> None:
    p = juez("salida_infinita.py")
    error = fallo(lambda: p.ejecutar(tiempo_limite_s=5))
    assert error.veredicto is Veredicto.CUELGUE
    ejecucion = p.ultima
    assert ejecucion is not None
    assert len(ejecucion.salida) < 70_000
    assert "descartados" in ejecucion.salida
    sin_restos(p)


# --- incompleto: Manager, join, apply_async ------------------------------------


def test_lista_normal_no_vuelve() -> None:
    p = juez("lista_normal.py")
    assert p.ejecutar({"lotes": [[1, 2], [3]]}, minimo_procesos=2).valor == []
    assert p.ejecutar({"lotes": [[1, 2], [3]], "manager": True}).valor == [1, 2, 3]


def test_sin_join_lee_antes_de_tiempo() -> None:
    p = juez("sin_join.py")
    assert p.ejecutar({"n_procesos": 2, "veces": 50}).valor < 100
    assert p.ejecutar({"n_procesos": 2, "veces": 50, "esperar": True}).valor == 100


def test_apply_async_sin_get_pierde_resultados() -> None:
    p = juez("apply_async.py")
    assert p.ejecutar({"numeros": [1, 2, 3, 4]}).valor != [1, 4, 9, 16]
    assert p.ejecutar({"numeros": [1, 2, 3, 4], "recoger": True}).valor == [1, 4, 9, 16]


# --- sin_concurrencia ------------------------------------------------------------------


def test_sin_procesos_es_sin_concurrencia() -> None:
    p = juez("sin_procesos.py")
    assert p.ejecutar({"numeros": [2]}, minimo_procesos=1).valor == [4]
    error = fallo(p.comprobar_concurrencia)
    assert error.veredicto is Veredicto.SIN_CONCURRENCIA


def test_trampa_no_tapa_otro_fallo() -> None:
    """Procesos que no llegaron a trabajar por un error: gana el veredicto del error."""
    p = juez("apply_async.py")
    ejecucion = p.ejecutar({"numeros": [1, 2]}, minimo_procesos=2)
    error = fallo(
        lambda: p.exigir(
            ejecucion.valor == [1, 4], "Faltan resultados", veredicto=Veredicto.INCOMPLETO
        )
    )
    assert error.veredicto is Veredicto.INCOMPLETO
    p.comprobar_concurrencia()  # ya falló: no hay un segundo veredicto


# --- limpieza cuando el juez muere -----------------------------------------------

_LANZADOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from verificador.procesos import ejecutar
    ejecutar(Path(sys.argv[1]), parametros={"archivo_grupo": sys.argv[2]}, tiempo_limite_s=60)
    """
)


@pytest.mark.parametrize("senal", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "sigkill"])
def test_juez_interrumpido_no_deja_procesos(senal: int, tmp_path: Path) -> None:
    """Ctrl-C: el ejecutor mata y recoge el grupo. SIGKILL (el padre mata al juez sin
    avisar): el vigía de cada hijo lo termina al quedarse huérfano. Los zombis que
    quedan son de quien los adopta (aquí este proceso, «subreaper»), que los recoge."""
    ejecutor._subreaper()
    archivo_grupo = tmp_path / "grupo"
    juez_proc = subprocess.Popen(
        [sys.executable, "-c", _LANZADOR, str(PROGRAMAS / "bucle_infinito.py"), str(archivo_grupo)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        limite = time.monotonic() + 30
        # The launcher creates the file and then writes the number: wait for the number.
        while time.monotonic() < limite and not (
                archivo_grupo.exists() and archivo_grupo.read_text().strip().isdigit()):
            time.sleep(0.05)
        grupo = int(archivo_grupo.read_text())
        limite = time.monotonic() + 30
        while len(pids_del_grupo(grupo)) < 4 and time.monotonic() < limite:
            time.sleep(0.05)  # conductor, rastreador de recursos y dos hijos girando
        assert len(pids_del_grupo(grupo)) >= 4
        os.kill(juez_proc.pid, senal)
        juez_proc.wait(timeout=30)
        limite = time.monotonic() + 10
        while pids_del_grupo(grupo) and time.monotonic() < limite:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(-grupo, os.WNOHANG)
            time.sleep(0.05)
        assert pids_del_grupo(grupo) == []
    finally:
        if juez_proc.poll() is None:
            juez_proc.kill()
            juez_proc.wait()


# --- diagnóstico ----------------------------------------------------------------


def test_parsear_pilas_de_faulthandler() -> None:
    texto = (
        "Thread 0x00007f0000000001 (most recent call first):\n"
        '  File "/usr/lib/python3.11/multiprocessing/queues.py", line 250 in _feed\n'
        '  File "/usr/lib/python3.11/threading.py", line 975 in run\n'
        "\n"
        "Current thread 0x00007f0000000002 (most recent call first):\n"
        '  File "/tmp/a.py", line 7 in main\n'
    )
    hilos = diagnostico.parsear_pilas(texto)
    assert [[m.funcion for m in h] for h in hilos] == [["_feed", "run"], ["main"]]
    assert hilos[1][0] == diagnostico.Marco("/tmp/a.py", 7, "main")


def test_recortar_traza_deja_solo_al_alumno() -> None:
    traza = (
        "Traceback (most recent call last):\n"
        '  File "/x/verificador/procesos/conductor.py", line 9, in ejecutar\n'
        "    valor = funcion()\n"
        '  File "/alumno/a.py", line 3, in main\n'
        "    return 1 / 0\n"
        "ZeroDivisionError: division by zero\n"
    )
    recortada = diagnostico.recortar_traza(traza, ["/alumno/a.py"])
    assert recortada.splitlines() == [
        "Traceback (most recent call last):",
        '  File "/alumno/a.py", line 3, in main',
        "    return 1 / 0",
        "ZeroDivisionError: division by zero",
    ]
    assert diagnostico.ubicacion(traza, ["/alumno/a.py"]) == "a.py:3"


def test_superficie_publica() -> None:
    import verificador.juez.procesos as fixture
    import verificador.procesos as paquete

    assert paquete.__all__ == ["Ejecucion", "EstadoProceso", "ejecutar", "explorar_script"]
    assert fixture.__all__ == ["Procesos", "procesos"]


def test_errores_conocidos() -> None:
    lambda_rota = "ZeroDivisionError in <lambda>"
    assert diagnostico.error_conocido(lambda_rota) is None
    pickle_313 = "AttributeError: Can't get local object 'main.<locals>.<lambda>'"
    assert "lambda" in (diagnostico.error_conocido(pickle_313) or ("",))[0]
    fork = "RuntimeError: context has already been set"
    assert "método de arranque" in (diagnostico.error_conocido(fork) or ("",))[0]


# --- verificar explorar con procesos ------------------------------------------------


def test_explorar_elige_el_motor_de_procesos() -> None:
    from verificador.programas import usa_procesos

    assert usa_procesos("import multiprocessing\n")
    assert usa_procesos("from multiprocessing import Pool\n")
    assert usa_procesos("from concurrent.futures import ProcessPoolExecutor\n")
    assert usa_procesos("import concurrent.futures as cf\ncf.ProcessPoolExecutor()\n")
    assert not usa_procesos("from concurrent.futures import ThreadPoolExecutor\n")
    assert not usa_procesos("import threading\n")
    # de multiprocessing, solo hilos: el motor de hilos
    assert not usa_procesos("from multiprocessing.pool import ThreadPool\n")
    assert not usa_procesos("from multiprocessing.dummy import Pool\n")
    assert not usa_procesos("import multiprocessing.dummy as md\n")
    assert not usa_procesos("from multiprocessing import dummy\n")
    assert usa_procesos("from multiprocessing.pool import Pool, ThreadPool\n")
    assert usa_procesos("from multiprocessing import Pool as ThreadPool\n")


@pytest.mark.parametrize(
    ("programa", "esperado"),
    [
        ("contador_sin_candado.py", Veredicto.CARRERA),
        ("contador_con_candado.py", Veredicto.APROBADO),
        ("cola_join_antes.py", Veredicto.APROBADO),  # 2 lotes pequeños: caben en el tubo
        ("cola_grande_join_antes.py", Veredicto.CUELGUE),
    ],
)
def test_explorar_script(programa: str, esperado: Veredicto) -> None:
    from verificador.procesos import explorar_script

    resultado = explorar_script(PROGRAMAS / programa, semilla=3)
    assert resultado.veredicto is esperado, resultado.evidencia
    assert resultado.estadisticas["motor"] == "procesos"
    if esperado is Veredicto.CARRERA:
        assert resultado.evidencia is not None and resultado.evidencia.linea_tiempo


def test_espera_con_plazo_no_es_quietud() -> None:
    """select con plazo: espera que termina sola; read de un tubo sin datos: no."""
    from verificador.procesos.estado import espera_con_plazo

    con_plazo = subprocess.Popen([sys.executable, "-c", "import select; select.select([], [], [], 30)"])
    sin_plazo = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        for _ in range(200):
            if Path(f"/proc/{con_plazo.pid}/syscall").read_text().startswith(
                ("23 ", "270 ")
            ) and Path(f"/proc/{sin_plazo.pid}/syscall").read_text().startswith("0 "):
                break
            time.sleep(0.05)
        if os.uname().machine == "x86_64":
            assert espera_con_plazo(con_plazo.pid)
        assert not espera_con_plazo(sin_plazo.pid)
    finally:
        con_plazo.kill()
        sin_plazo.kill()
        con_plazo.wait()
        sin_plazo.wait()
        assert sin_plazo.stdin is not None
        sin_plazo.stdin.close()


def test_archivo_vacio_no_carga(tmp_path: Path) -> None:
    (tmp_path / "vacio.py").write_text("\n", encoding="utf-8")
    p = Procesos(Alumno(tmp_path, ["vacio.py"], 1))
    error = fallo(lambda: p.ejecutar({}))
    assert error.veredicto is Veredicto.NO_CARGA
    assert "vacío" in error.evidencia.resumen


def test_una_comprobacion_que_falla_tras_leer_y_escribir_sin_candado_a_la_vez_es_carrera() -> None:
    """Con la máquina cargada, dos procesos pueden pisarse fuera de la espera de la
    perturbación: no queda anotada la actualización perdida, pero sí que ambos leyeron y
    escribieron el dato sin candado (`rmw-<pid>`). Si además pudieron estar vivos a la vez
    y una comprobación del principal falla, es `carrera`; si el programa esperó el fin de
    uno antes de lanzar el otro, no. Cuenta el orden del programa, no la hora: aquí el
    primero acaba antes de que empiece el segundo en las dos ejecuciones."""
    from verificador.procesos import sin_llegar
    from verificador.procesos.estado import EstadoProceso

    def ejecucion(solapados: bool) -> ejecutor.Ejecucion:
        antes = frozenset() if solapados else frozenset({11})
        return ejecutor.Ejecucion(
            archivo="/x/prog.py", parametros={}, semilla=1, duracion_s=1.0, colgado=False,
            fatal=None, codigo_salida=0, salida="", errores="",
            resultado={"estado": "excepcion", "tipo": "AssertionError", "traza": ""},
            sin_candado=[{"archivo": "/x/prog.py", "linea": 7, "pid": 11},
                         {"archivo": "/x/prog.py", "linea": 7, "pid": 12}],
            procesos=[EstadoProceso(pid=11, rol="hijo", inicio_t=1.0, fin_t=1.5),
                      EstadoProceso(pid=12, rol="hijo", inicio_t=2.0, fin_t=3.0, antes=antes)],
        )

    fallo = sin_llegar.sin_candado(ejecucion(solapados=True))
    assert fallo is not None
    assert fallo[0] is Veredicto.CARRERA
    assert sin_llegar.sin_candado(ejecucion(solapados=False)) is None
