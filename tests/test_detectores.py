"""Detectores que no necesitan suerte, y el cierre de un script (join implícito, `incompleto`).

Los programas van por `explorar_script` con pocas planificaciones a propósito:
lo que se comprueba aquí lo ve el detector en las primeras ejecuciones, sea
cual sea el orden, así que no depende de cuántas planificaciones quepan.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verificador.motor import explorar_script
from verificador.motor.cierre import anuncia_fin
from verificador.veredictos import Veredicto


RAIZ_CORPUS = Path(__file__).parent / "corpus_real"


def _programa(tmp_path: Path, codigo: str) -> Path:
    ruta = tmp_path / "prog.py"
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return ruta


BONO = """
    import threading
    puntos = 0
    candado = threading.Lock()
    def jugar(rondas, bono):
        global puntos
        for _ in range(rondas):
            with candado:
                puntos += 1
        if bono:
            puntos += bono
    hs = [threading.Thread(target=jugar, args=(300, 5 if i == {quien} else 0)) for i in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
"""


@pytest.mark.parametrize("quien", [0, 1])
@pytest.mark.parametrize("semilla", [0, 1, 2])
def test_una_sola_actualizacion_sin_candado_es_carrera_en_cualquier_orden(
        tmp_path: Path, semilla: int, quien: int) -> None:
    r = explorar_script(_programa(tmp_path, BONO.replace("{quien}", str(quien))), semilla=semilla,
                        planificaciones=1)
    assert r.veredicto is Veredicto.CARRERA
    assert r.evidencia is not None and r.evidencia.detalles["tipo"] == "candados_inconsistentes"
    assert "" in r.evidencia.detalles["candados"]  # one of the two accesses held no lock
    assert r.evidencia.ubicacion in ("prog.py:9", "prog.py:11")


def test_candados_distintos_para_el_mismo_dato_son_carrera(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading
        total = 0
        a, b = threading.Lock(), threading.Lock()
        def sumar(candado):
            global total
            for _ in range(20):
                with candado:
                    total += 1
        hs = [threading.Thread(target=sumar, args=(c,)) for c in (a, b)]
        for h in hs: h.start()
        for h in hs: h.join()
    """), planificaciones=1)
    assert r.veredicto is Veredicto.CARRERA
    assert r.evidencia is not None and r.evidencia.detalles["tipo"] == "candados_inconsistentes"


def test_sin_candado_tras_join_no_es_carrera(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading
        total = 0
        candado = threading.Lock()
        def sumar():
            global total
            for _ in range(20):
                with candado:
                    total += 1
        hs = [threading.Thread(target=sumar) for _ in range(2)]
        for h in hs: h.start()
        for h in hs: h.join()
        total += 100
        assert total == 140
    """), planificaciones=20)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


def test_lista_mas_igual_no_es_carrera_pero_lista_igual_lista_mas_si(tmp_path: Path) -> None:
    plantilla = """
        import threading
        lista = []
        def f():
            global lista
            for j in range(10):
                lista {op}
        hs = [threading.Thread(target=f) for _ in range(3)]
        for h in hs: h.start()
        for h in hs: h.join()
    """
    en_sitio = explorar_script(_programa(tmp_path, plantilla.replace("{op}", "+= [j]")), planificaciones=20)
    assert en_sitio.veredicto is Veredicto.APROBADO, en_sitio.evidencia
    nueva = explorar_script(_programa(tmp_path, plantilla.replace("{op}", "= lista + [j]")), planificaciones=3)
    assert nueva.veredicto is Veredicto.CARRERA


def test_lista_mas_igual_en_un_atributo_no_es_carrera(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading
        class Registro:
            def __init__(self):
                self.items = []
        reg = Registro()
        def f():
            for j in range(10):
                reg.items += [j]
        hs = [threading.Thread(target=f) for _ in range(3)]
        for h in hs: h.start()
        for h in hs: h.join()
        assert len(reg.items) == 30
    """), planificaciones=20)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


def test_join_implicito_al_salir_no_es_incompleto(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading
        def trabajador(n):
            for paso in range(3):
                print(f"trabajador {n}, paso {paso}")
        for i in range(3):
            threading.Thread(target=trabajador, args=(i,)).start()
    """), planificaciones=30)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


def test_tras_el_final_del_principal_se_sigue_explorando(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading
        datos = {"a": 1}
        def leer(clave):
            print("leyendo", clave)
            print(datos[clave])
        threading.Thread(target=leer, args=("a",)).start()
        threading.Thread(target=leer, args=("b",)).start()
    """), planificaciones=5)
    assert r.veredicto is Veredicto.EXCEPCION
    assert r.evidencia is not None and "KeyError" in r.evidencia.resumen


def test_usar_resultados_sin_esperar_es_incompleto_y_nombra_la_linea(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading
        resultados = []
        def cuadrado(n):
            resultados.append(n * n)
        for i in range(3):
            threading.Thread(target=cuadrado, args=(i,)).start()
        print(resultados)
    """), planificaciones=5)
    assert r.veredicto is Veredicto.INCOMPLETO
    assert r.evidencia is not None and r.evidencia.ubicacion == "prog.py:8"


def test_esperar_con_un_sondeo_hasta_tenerlo_todo_no_es_incompleto(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading, time
        resultados = []
        def cuadrado(n):
            resultados.append(n * n)
        for i in range(3):
            threading.Thread(target=cuadrado, args=(i,), daemon=True).start()
        while len(resultados) < 3:
            time.sleep(0.01)
        print(sorted(resultados))
    """), planificaciones=30)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


def test_anunciar_el_fin_antes_de_tiempo_es_incompleto(tmp_path: Path) -> None:
    r = explorar_script(_programa(tmp_path, """
        import threading
        def tarea(n):
            print("procesando", n)
        for i in range(2):
            threading.Thread(target=tarea, args=(i,)).start()
        print("Todo terminado")
    """), planificaciones=5)
    assert r.veredicto is Veredicto.INCOMPLETO
    assert r.evidencia is not None and r.evidencia.ubicacion == "prog.py:7"


@pytest.mark.parametrize(("texto", "anuncia"), [
    ("Todas las solicitudes completadas", True),
    ("All work completed", True),
    ("Done.", True),
    ("Main    : all done", False),  # habla del principal, no del trabajo
    ("Esperando a que terminen", False),
    ("Procesando solicitud 3", False),
])
def test_que_cuenta_como_anuncio_de_fin(texto: str, anuncia: bool) -> None:
    assert anuncia_fin(texto) is anuncia


AVISO_PERDIDO = """
    import threading
    cv = threading.Condition()
    listo = False
    datos = []
    def esperar():
        if not listo:
            with cv:
                cv.wait()
    def preparar():
        global listo
        for i in range(60):
            datos.append(i)
        with cv:
            listo = True
            cv.notify()
    hs = [threading.Thread(target=esperar), threading.Thread(target=preparar)]
    for h in hs: h.start()
    for h in hs: h.join()
"""


@pytest.mark.parametrize("semilla", [0, 1, 2, 3])
def test_aviso_perdido_tras_una_preparacion_larga_se_encuentra_siempre(tmp_path: Path, semilla: int) -> None:
    # Three schedules from the strategy are not enough by luck; the targeted
    # preemption right after the read of `listo` is.
    r = explorar_script(_programa(tmp_path, AVISO_PERDIDO), semilla=semilla, planificaciones=3)
    assert r.veredicto is Veredicto.INTERBLOQUEO, r.evidencia
    assert r.evidencia is not None and r.evidencia.bloqueados


def test_las_expropiaciones_dirigidas_no_marcan_un_aviso_bien_hecho(tmp_path: Path) -> None:
    bien = AVISO_PERDIDO.replace("""        if not listo:
            with cv:
                cv.wait()""", """        with cv:
            while not listo:
                cv.wait()""")
    r = explorar_script(_programa(tmp_path, bien), planificaciones=3)
    assert r.veredicto is Veredicto.APROBADO, r.evidencia


@pytest.mark.parametrize(("escritura", "otra"), [
    ('globals()["puntos"] += 1', "puntos += 1"),
    ('vars(marcador)["puntos"] += 1', "marcador.puntos += 1"),
])
def test_escribir_por_globals_o_vars_es_el_mismo_dato(tmp_path: Path, escritura: str, otra: str) -> None:
    """`globals()["x"]` es la global `x`, y `vars(obj)["x"]`, el atributo `obj.x`: un hilo
    por cada camino y ningún candado es una carrera en cualquier orden; con un candado
    común, no."""
    plantilla = """
        import threading
        class Marcador: pass
        marcador = Marcador()
        marcador.puntos = 0
        puntos = 0
        candado = {candado}
        def uno():
            global puntos
            with candado:
                {escritura}
        def otro():
            global puntos
            with candado:
                {otra}
        hs = [threading.Thread(target=uno), threading.Thread(target=otro)]
        for h in hs: h.start()
        for h in hs: h.join()
    """
    for candado, esperado in (("__import__('contextlib').nullcontext()", Veredicto.CARRERA),
                              ("threading.Lock()", Veredicto.APROBADO)):
        ruta = _programa(tmp_path, plantilla.format(candado=candado, escritura=escritura, otra=otra))
        resultado = explorar_script(ruta, planificaciones=3, semilla=0)
        assert resultado.veredicto is esperado, (candado, resultado.evidencia)


def test_hilos_daemon_interbloqueados_que_main_deja_atras_son_interbloqueo(tmp_path: Path) -> None:
    """Dos hilos daemon con los candados cruzados, y main que deja de esperarlos
    (`join(timeout=...)`) y comprueba el resultado: el fallo es el interbloqueo,
    no una cuenta que no cuadra."""
    r = explorar_script(_programa(tmp_path, """
        import threading, time
        a, b = threading.Lock(), threading.Lock()
        hechos = []
        def uno():
            with a:
                time.sleep(0.1)
                with b:
                    hechos.append(1)
        def otro():
            with b:
                time.sleep(0.1)
                with a:
                    hechos.append(2)
        hs = [threading.Thread(target=f, daemon=True) for f in (uno, otro)]
        for h in hs: h.start()
        for h in hs: h.join(timeout=1)
        assert len(hechos) == 2, hechos
    """), planificaciones=3, semilla=0)
    assert r.veredicto is Veredicto.INTERBLOQUEO, r.evidencia


def test_la_salida_de_la_evidencia_no_trae_el_aborto_del_motor() -> None:
    """Al deshacer una ejecución que falló, un trabajador de ThreadPoolExecutor registra la
    excepción interna del motor («Exception in worker»): eso no es salida del programa.
    En un proceso aparte, como `verificar explorar` (pytest captura `logging` por su cuenta)."""
    import json
    import subprocess
    import sys

    programa = RAIZ_CORPUS / "hilos" / "futuros_callbacks_leidos_tras_wait.py"
    hecho = subprocess.run([sys.executable, "-m", "verificador.explorador", str(programa), "--semilla", "1"],
                           capture_output=True, text=True, timeout=300, check=False)
    datos = json.loads(hecho.stdout)
    assert datos["veredicto"] == "carrera", hecho.stderr[-2000:]
    salida = (datos.get("evidencia") or {}).get("salida") or ""
    assert "Exception in worker" not in salida, salida
    assert "verificador" not in salida, salida
