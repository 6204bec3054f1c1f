"""Pruebas del motor de hilos: veredictos, estructura de la evidencia y determinismo.

Se comprueba la estructura (el enum del veredicto, los hilos bloqueados, el
entrelazado reducido), no el texto impreso. El corpus de tests/corpus_hilos/
tiene programas con errores clásicos (cada uno con el veredicto que merece) y
programas correctos que usan cada primitiva (que nunca deben marcarse).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from verificador import analisis
from verificador.motor import explorar, explorar_script, planificador
from verificador.motor.detectores import DetectorOrdenCandados
from verificador.veredictos import Veredicto

CORPUS = Path(__file__).parent / "corpus_hilos"

ESPERADOS = {
    "atomicidad_lista.py": Veredicto.CARRERA,
    "autobloqueo.py": Veredicto.INTERBLOQUEO,
    "aviso_perdido.py": Veredicto.INTERBLOQUEO,
    "deposito_largo.py": Veredicto.CARRERA,
    "lectura_rota.py": Veredicto.CARRERA,
    "orden_violado.py": Veredicto.CARRERA,
    "perdida_con_funcion.py": Veredicto.CARRERA,
    "sin_join.py": Veredicto.INCOMPLETO,
    "transferencia_orden.py": Veredicto.INTERBLOQUEO,
    "filosofos.py": Veredicto.INTERBLOQUEO,
    "if_en_vez_de_while.py": Veredicto.EXCEPCION,
    "inicializacion_doble.py": Veredicto.CARRERA,
    "espera_activa.py": Veredicto.CUELGUE,
}
ERRORES = sorted((CORPUS / "errores").glob("*.py"))
CORRECTOS = sorted((CORPUS / "correctos").glob("*.py"))


def test_el_corpus_de_errores_esta_completo() -> None:
    assert {p.name for p in ERRORES} == set(ESPERADOS)


@pytest.mark.parametrize("semilla", [0, 1, 2])
@pytest.mark.parametrize("ruta", ERRORES, ids=[p.stem for p in ERRORES])
def test_cada_error_se_encuentra_con_su_veredicto(ruta: Path, semilla: int) -> None:
    resultado = explorar_script(ruta, semilla=semilla)
    assert resultado.veredicto is ESPERADOS[ruta.name], resultado.evidencia


@pytest.mark.parametrize("semilla", [0, 1])
@pytest.mark.parametrize("ruta", CORRECTOS, ids=[p.stem for p in CORRECTOS])
def test_un_programa_correcto_nunca_se_marca(ruta: Path, semilla: int) -> None:
    resultado = explorar_script(ruta, semilla=semilla, planificaciones=60)
    assert resultado.veredicto is Veredicto.APROBADO, resultado.evidencia
    assert resultado.planificaciones >= 1


def _escribir(tmp_path: Path, codigo: str, nombre: str = "prog.py") -> Path:
    ruta = tmp_path / nombre
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return ruta


CONTADOR = """
    import threading
    saldo = 0
    def depositar():
        global saldo
        for _ in range(100):
            saldo += 1
    hs = [threading.Thread(target=depositar) for _ in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
    assert saldo == 200, saldo
"""


def test_una_semilla_da_siempre_la_misma_traza(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, CONTADOR)
    trazas = set()
    for _ in range(10):
        r = explorar_script(ruta, semilla=1234)
        assert r.evidencia is not None
        pasos = tuple((p.actor, p.linea, p.accion) for p in r.evidencia.linea_tiempo)
        trazas.add((r.veredicto, r.planificaciones, pasos, str(r.evidencia.detalles["desvios"])))
    assert len(trazas) == 1


def test_la_perdida_se_reduce_a_un_cambio_de_contexto_y_se_explica(tmp_path: Path) -> None:
    r = explorar_script(_escribir(tmp_path, CONTADOR), semilla=7)
    assert r.veredicto is Veredicto.CARRERA
    ev = r.evidencia
    assert ev is not None
    assert ev.cambios_de_contexto is not None and ev.cambios_de_contexto <= 2
    assert any("valor viejo" in p.accion and "se pierde" in p.accion for p in ev.linea_tiempo)
    assert ev.traza is not None and "prog.py" in ev.traza
    assert "verificador" not in ev.traza.split("\n", 1)[1]


def test_el_interbloqueo_dice_quien_espera_a_quien() -> None:
    r = explorar_script(CORPUS / "errores" / "transferencia_orden.py", semilla=3)
    assert r.veredicto is Veredicto.INTERBLOQUEO
    assert r.evidencia is not None
    bloqueados = {b.actor: b for b in r.evidencia.bloqueados}
    hilos = [b for b in bloqueados.values() if b.actor.startswith("Thread-")]
    assert len(hilos) == 2
    assert {b.tenido_por for b in hilos} == {b.actor for b in hilos}
    assert all(b.linea == 15 and "with self.lock" in b.codigo for b in hilos)


def test_el_autobloqueo_se_nombra_como_tal() -> None:
    r = explorar_script(CORPUS / "errores" / "autobloqueo.py", semilla=0)
    assert r.veredicto is Veredicto.INTERBLOQUEO
    assert r.evidencia is not None
    propios = [b for b in r.evidencia.bloqueados if b.tenido_por == b.actor]
    assert len(propios) == 1
    assert "ya tiene él mismo" in r.evidencia.resumen


def test_el_tiempo_es_virtual(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import threading, time
        def lento(): time.sleep(10)
        inicio = time.monotonic()
        hs = [threading.Thread(target=lento) for _ in range(3)]
        for h in hs: h.start()
        for h in hs: h.join()
        transcurrido = time.monotonic() - inicio
        assert 10 <= transcurrido < 11, transcurrido
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=20)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia
    assert 10 <= r.estadisticas["tiempo_virtual_s"] < 11


def test_carrera_de_datos_aunque_el_resultado_cuadre(tmp_path: Path) -> None:
    # a single read of a flag whose value is used (a sleep standing in for a
    # join) is a race; a polling read of it is not (tests/test_banderas.py)
    ruta = _escribir(tmp_path, """
        import threading, time
        listo = False
        def trabajar():
            global listo
            listo = True
        h = threading.Thread(target=trabajar)
        h.start()
        time.sleep(1)
        print(listo)
        h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=20)
    assert r.veredicto is Veredicto.CARRERA
    assert r.evidencia is not None and r.evidencia.detalles.get("tipo") == "carrera_de_datos"
    assert {p.actor for p in r.evidencia.linea_tiempo} == {"MainThread", "Thread-1 (trabajar)"}


def test_una_inversion_protegida_por_otro_candado_no_es_interbloqueo() -> None:
    detector = DetectorOrdenCandados()
    detector.adquirir([1, 2], 3, 0, "A", [1, 0], "x.py", 1, "")
    detector.adquirir([1, 3], 2, 1, "B", [0, 1], "x.py", 2, "")
    assert detector.inversion() is None
    sin_puerta = DetectorOrdenCandados()
    sin_puerta.adquirir([2], 3, 0, "A", [1, 0], "x.py", 1, "")
    sin_puerta.adquirir([3], 2, 1, "B", [0, 1], "x.py", 2, "")
    assert sin_puerta.inversion() is not None
    assert len(sin_puerta.inversion() or ()) == 2
    ordenada = DetectorOrdenCandados()
    ordenada.adquirir([2], 3, 0, "A", [1, 0], "x.py", 1, "")
    ordenada.adquirir([3], 2, 1, "B", [2, 1], "x.py", 2, "")  # B started after A finished
    assert ordenada.inversion() is None


def test_un_bucle_sin_fin_es_un_cuelgue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planificador, "LIMITE_PASOS", 20_000)
    ruta = _escribir(tmp_path, """
        import threading
        parar = False
        def girar():
            while not parar:
                pass
        h = threading.Thread(target=girar, daemon=True)
        h.start()
        h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=5)
    assert r.veredicto is Veredicto.CUELGUE
    assert r.evidencia is not None and "prog.py:5" in r.evidencia.resumen


def test_una_excepcion_en_un_hilo_es_excepcion(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import threading
        def fallar(): {}["no-existe"]
        h = threading.Thread(target=fallar)
        h.start(); h.join()
    """)
    r = explorar_script(ruta, semilla=0)
    assert r.veredicto is Veredicto.EXCEPCION
    assert r.evidencia is not None and r.evidencia.traza is not None
    assert "KeyError" in r.evidencia.traza and "prog.py" in r.evidencia.traza


def test_explorar_un_escenario_invocable(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import threading
        total = []
        def main(n):
            hs = [threading.Thread(target=total.append, args=(i,)) for i in range(n)]
            for h in hs: h.start()
            return len(total)
    """, "mod.py")
    codigo = compile(ruta.read_text(), str(ruta), "exec")

    def escenario() -> None:
        ns: dict[str, object] = {"__name__": "mod"}
        exec(codigo, ns)
        assert ns["main"](3) == 3  # type: ignore[operator]

    r = explorar(escenario, archivos_alumno=[ruta], semilla=5)
    assert r.veredicto in (Veredicto.CARRERA, Veredicto.INCOMPLETO)
    assert r.estadisticas["hilos_creados"] == 3


def test_los_puntos_de_planificacion_caen_entre_leer_y_escribir() -> None:
    codigo = compile("def f():\n    global saldo\n    saldo += 1\n", "x.py", "exec").co_consts[0]
    puntos = analisis.analizar(codigo).puntos
    tipos = [(p.tipo, p.nombre) for p in puntos.values() if p.categoria == "global"]
    assert tipos == [(analisis.LECTURA, "saldo"), (analisis.ESCRITURA, "saldo")]


def test_un_atributo_se_resuelve_a_su_objeto() -> None:
    codigo = compile("def f(self):\n    self.saldo = self.saldo - 1\n", "x.py", "exec").co_consts[0]
    puntos = [p for p in analisis.analizar(codigo).puntos.values() if p.categoria == "atributo"]
    assert [(p.tipo, p.objeto) for p in puntos] == [
        (analisis.LECTURA, ("fast", "self")), (analisis.ESCRITURA, ("fast", "self"))]


def test_estrategia_desconocida() -> None:
    with pytest.raises(ValueError, match="estrategia desconocida"):
        explorar(lambda: None, archivos_alumno=[], estrategia="magia")


@pytest.mark.parametrize("estrategia", ["aleatoria", "exhaustiva"])
def test_las_otras_estrategias_tambien_encuentran_la_carrera(tmp_path: Path, estrategia: str) -> None:
    ruta = _escribir(tmp_path, """
        import threading
        x = 0
        def inc():
            global x
            v = x
            x = v + 1
        hs = [threading.Thread(target=inc) for _ in range(2)]
        for h in hs: h.start()
        for h in hs: h.join()
        assert x == 2, x
    """)
    r = explorar_script(ruta, semilla=3, estrategia=estrategia)
    assert r.veredicto is Veredicto.CARRERA


def test_un_bloqueo_fuera_de_las_primitivas_es_no_modelado_con_su_linea(tmp_path: Path) -> None:
    # Leer de una tubería en la que nadie escribe: el motor no puede dirigir esa espera.
    # (`_thread.allocate_lock()` del alumno ya es un candado controlado: ver el test siguiente.)
    ruta = _escribir(tmp_path, """
        import os, threading
        lectura, escritura = os.pipe()
        os.set_blocking(lectura, True)
        def esperar():
            os.read(lectura, 1)
        h = threading.Thread(target=esperar)
        h.start(); h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.NO_MODELADO
    assert r.evidencia is not None and r.evidencia.ubicacion == "prog.py:6"
    assert r.planificaciones == 1


RED_ENTRE_HILOS = """
    import socket, threading, time
    a, b = socket.socketpair()
    a.settimeout(0.5)
    def contestar():
        time.sleep(ESPERA)
        b.send(b"x")
    h = threading.Thread(target=contestar)
    h.start()
    try:
        assert a.recv(1) == b"x"
    finally:
        h.join()
        a.close(); b.close()
"""


@pytest.mark.parametrize("semilla", [0, 1])
def test_la_red_entre_hilos_del_mismo_programa_se_modela(tmp_path: Path, semilla: int) -> None:
    # main espera en recv() con plazo; el otro hilo envía el byte. Bajo el motor, main espera
    # a su manera (motor.red) y el otro hilo corre: antes, main esperaba con el turno, el plazo
    # real vencía y salía `no_modelado` (o `excepcion`, antes aún).
    ruta = _escribir(tmp_path, RED_ENTRE_HILOS.replace("ESPERA", "0.1"))
    r = explorar_script(ruta, semilla=semilla, planificaciones=20)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


def test_un_plazo_de_red_que_vence_en_tiempo_virtual_es_una_excepcion(tmp_path: Path) -> None:
    # El otro hilo tarda 1 s en contestar y main espera como mucho 0,5 s: en CPython,
    # TimeoutError siempre.
    ruta = _escribir(tmp_path, RED_ENTRE_HILOS.replace("ESPERA", "1.0"))
    r = explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.EXCEPCION, r.evidencia
    assert r.evidencia is not None and "TimeoutError" in r.evidencia.resumen


def test_dos_hilos_que_esperan_a_que_hable_el_otro_no_acaban_nunca(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import socket, threading
        a, b = socket.socketpair()
        def otro():
            b.recv(1)
            b.send(b"y")
        with a, b:
            h = threading.Thread(target=otro)
            h.start()
            a.recv(1)
            a.send(b"x")
            h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.CUELGUE, r.evidencia
    assert r.evidencia is not None
    assert {b.espera for b in r.evidencia.bloqueados} == {"espera en recv() de un socket"}


def test_un_plazo_de_red_vencido_sin_nadie_mas_es_una_excepcion(tmp_path: Path) -> None:
    # Solo, nadie podía contestar: el plazo habría vencido igual en CPython.
    ruta = _escribir(tmp_path, """
        import socket
        a, b = socket.socketpair()
        a.settimeout(0.2)
        with a, b:
            a.recv(1)
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.EXCEPCION


@pytest.mark.parametrize("semilla", [0, 1, 2])
def test_un_sondeo_sin_dormir_bajo_candado_ve_la_seccion_critica_recien_acabada(tmp_path: Path,
                                                                                  semilla: int) -> None:
    # main gira con `with candado:` sin dormir; cada hilo suma con el candado ANTES de anotar
    # su trabajo. Si el último pierde la CPU justo al salir de su sección crítica, main ve el
    # contador completo y anuncia antes de tiempo. Antes: `cuelgue` (los que dormían no se
    # despertaban nunca: las lecturas mudas no dejaban pasar el tiempo), y luego ningún orden
    # lo mostraba (el cambio por justicia caía siempre dentro de la sección de main).
    ruta = _escribir(tmp_path, """
        import threading, time
        hechas = 0
        candado = threading.Lock()
        anotadas = []
        def trabajar(i):
            global hechas
            time.sleep(3)
            with candado:
                hechas += 1
            anotadas.append(i)
        hilos = [threading.Thread(target=trabajar, args=(i,)) for i in range(4)]
        for h in hilos: h.start()
        while True:
            with candado:
                if hechas == 4:
                    break
        assert len(anotadas) == 4, anotadas
        for h in hilos: h.join()
    """)
    r = explorar_script(ruta, semilla=semilla, planificaciones=20)
    assert r.veredicto in (Veredicto.CARRERA, Veredicto.INCOMPLETO), r.veredicto


def test_un_candado_de_bajo_nivel_del_alumno_esta_controlado(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import threading, _thread
        real = _thread.allocate_lock()
        real.acquire()
        def esperar():
            real.acquire()
        h = threading.Thread(target=esperar)
        h.start(); h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.INTERBLOQUEO


def test_un_bucle_que_inunda_la_salida_es_un_cuelgue(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, """
        import threading
        def hablar():
            while True:
                print("x" * 1000)
        h = threading.Thread(target=hablar)
        h.start(); h.join()
    """)
    r = explorar_script(ruta, semilla=0, planificaciones=3)
    assert r.veredicto is Veredicto.CUELGUE
    assert r.evidencia is not None and r.evidencia.salida is not None
    assert len(r.evidencia.salida) <= 64 * 1024


CONTADOR_EN_CIERRE = """
import threading

def contar():
    total = 0
    candado = threading.Lock()
    def trabajo():
        nonlocal total
        for _ in range(100):
            {cuerpo}
    ts = [threading.Thread(target=trabajo) for _ in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    return total

r = contar()
assert r == 300, r
"""


@pytest.mark.parametrize(("cuerpo", "esperado"), [
    ("with candado:\n                total += 1", Veredicto.APROBADO),
    ("candado.acquire(); total += 1; candado.release()", Veredicto.APROBADO),
    ("total += 1", Veredicto.CARRERA),
])
def test_un_contador_en_un_cierre_con_candado_no_pierde_nada(tmp_path: Path, cuerpo: str,
                                                               esperado: Veredicto) -> None:
    """`nonlocal total` bajo un candado: en 3.10 el trazador reescribe las celdas del marco
    al volver de cada llamada de rastreo; un cambio de hilo dentro de ella deshacía los
    incrementos de los demás y salía `carrera` en un programa correcto."""
    ruta = _escribir(tmp_path, CONTADOR_EN_CIERRE.format(cuerpo=cuerpo))
    for semilla in (0, 1):
        resultado = explorar_script(ruta, semilla=semilla)
        assert resultado.veredicto is esperado, (semilla, resultado.evidencia)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="3.12+ no rastrea con sys.settrace: reanudar un "
                    "generador sin puntos de planificación no cuesta nada")
def test_el_tamano_de_la_exploracion_cuenta_las_llamadas_del_alumno(tmp_path: Path) -> None:
    # 300 000 reanudaciones de un generador en una planificación de pocas decenas de pasos: contada
    # solo por pasos parecía corta y se exploraban 1000 planificaciones (unos 4 minutos)
    ruta = _escribir(tmp_path, """
        import threading
        res = []
        def calcular():
            res.append(sum(k * k for k in range(100_000)))
        hilos = [threading.Thread(target=calcular) for _ in range(3)]
        for h in hilos:
            h.start()
        for h in hilos:
            h.join()
        assert len(res) == 3
    """)
    r = explorar_script(ruta, semilla=1)
    assert r.veredicto is Veredicto.APROBADO
    assert 3 <= r.planificaciones <= 10, r.planificaciones


_SONDEO_CON_CANDADO = """
    import threading, time
    hechas = 0
    candado = threading.Lock()
    salida = []
    def trabajar():
        global hechas
        time.sleep(2.0005)  # never at the same virtual instant as one of main's polls
        with candado:
            hechas += 1
        print("completada")
        salida.append("completada")
    def main(sondeo):
        threading.Thread(target=trabajar).start()
        while True:
            with candado:
                if hechas == 1:
                    break
            time.sleep(sondeo)
        salida.append("anuncio")
        return list(salida)
"""


def test_con_retraso_un_durmiente_puede_despertar_antes_que_el_hilo_listo(tmp_path: Path) -> None:
    """Adversarial timing: the worker counts, loses the CPU before its print, and main's
    polling sleep ends meanwhile: it announces too early. Without the delay no schedule
    can show it (virtual time only moves when nobody can run)."""
    from verificador.motor.exploracion import Explorador

    ruta = _escribir(tmp_path, _SONDEO_CON_CANDADO, "mod.py")
    codigo = compile(ruta.read_text(), str(ruta), "exec")

    def escenario() -> None:
        ns: dict[str, object] = {"__name__": "mod"}
        exec(codigo, ns)
        assert ns["main"](0.003) == ["completada", "anuncio"]  # type: ignore[operator]

    sin_retraso = Explorador([ruta]).explorar(escenario, planificaciones=20, semilla=3)
    assert sin_retraso.veredicto is Veredicto.APROBADO, sin_retraso.evidencia
    exp = Explorador([ruta])
    exp.plan.retraso_s = 1.0
    con_retraso = exp.explorar(escenario, planificaciones=20, semilla=3)
    assert con_retraso.veredicto.es_fallo_del_alumno, con_retraso.veredicto
    assert con_retraso.evidencia is not None and "anuncio" in con_retraso.evidencia.resumen


def test_sleep_0_en_bucle_deja_pasar_el_tiempo(tmp_path: Path) -> None:
    """`time.sleep(0)` costs real time like a clock read: a lone thread polling with it lets
    the sleeping worker's deadline arrive after a few dozen rounds, not RACHA_SOLA points."""
    ruta = _escribir(tmp_path, """
        import threading, time
        hecho = threading.Event()
        def trabajar():
            time.sleep(5)
            hecho.set()
        t = threading.Thread(target=trabajar)
        t.start()
        vueltas = 0
        while not hecho.is_set():
            vueltas += 1
            time.sleep(0)
        t.join()
        assert vueltas < 200, vueltas
    """)
    r = explorar_script(ruta, planificaciones=5, semilla=1)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia
