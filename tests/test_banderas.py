"""Flags are not races in CPython: a blind store of a constant racing with reads.

A store of a literal is one atomic bytecode under the GIL and a poller sees the
old value or the new one (and everything written before it), so the stop flag
and the "ready" flag of tutorials are correct programs. A check-then-act on a
flag reads before it stores, and stays a race.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verificador.motor import explorar_script
from verificador.motor.instrucciones import almacena_constante, lee_en_bucle
from verificador.veredictos import Veredicto


def _almacenes(fuente: str) -> list[tuple[str, bool]]:
    """Each store instruction of the function `f` in `fuente`, in order: (name, stores a constant?)."""
    import dis

    espacio: dict[str, object] = {}
    exec(textwrap.dedent(fuente), espacio)
    codigo = espacio["f"].__code__  # type: ignore[attr-defined]
    return [
        (ins.opname, almacena_constante(codigo, ins.offset))
        for ins in dis.get_instructions(codigo) if ins.opname in ("STORE_GLOBAL", "STORE_ATTR", "STORE_SUBSCR")
    ]


def test_reconoce_los_almacenes_de_constantes() -> None:
    vistos = _almacenes("""
        def f(obj, d, k, v):
            global a, b
            a = False
            b = v
            obj.listo = True
            obj.valor = v
            d["fin"] = None
            d[k] = 3
            d[k] = v
            obj.x.y = True
    """)
    assert vistos == [
        ("STORE_GLOBAL", True),  # a = False
        ("STORE_GLOBAL", False),  # b = v
        ("STORE_ATTR", True),  # obj.listo = True
        ("STORE_ATTR", False),  # obj.valor = v
        ("STORE_SUBSCR", True),  # d["fin"] = None
        ("STORE_SUBSCR", True),  # d[k] = 3
        ("STORE_SUBSCR", False),  # d[k] = v
        ("STORE_ATTR", False),  # obj.x.y = True: the object is an expression, not a simple load
    ]


def test_reconoce_las_lecturas_dentro_de_un_bucle() -> None:
    import dis

    espacio: dict[str, object] = {}
    exec(textwrap.dedent("""
        def f():
            while not listo:
                pass
            for i in range(3):
                print(i, bandera)
            assert config["url"]
    """), espacio)
    codigo = espacio["f"].__code__  # type: ignore[attr-defined]
    vistos = [(ins.argval, lee_en_bucle(codigo, ins.offset))
              for ins in dis.get_instructions(codigo) if ins.opname == "LOAD_GLOBAL"]
    # the `while` condition is read twice from 3.11 on (before the loop and at its end)
    assert {nombre for nombre, en_bucle in vistos if en_bucle} == {"listo", "range", "print", "bandera"}
    assert ("config", False) in vistos


def _explorar(tmp_path: Path, codigo: str, semilla: int) -> Veredicto:
    ruta = tmp_path / "prog.py"
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return explorar_script(ruta, planificaciones=60, semilla=semilla).veredicto


BANDERA_GLOBAL = """
    import threading, time
    seguir = True
    latidos = []
    def latir():
        while seguir:
            latidos.append(1)
            time.sleep(0.05)
    t = threading.Thread(target=latir)
    t.start()
    time.sleep(0.3)
    seguir = False
    t.join()
"""

BANDERA_ATRIBUTO = """
    import threading, time
    class Vigia:
        def __init__(self):
            self.activo = True
        def vigilar(self):
            while self.activo:
                time.sleep(0.01)
    v = Vigia()
    t = threading.Thread(target=v.vigilar)
    t.start()
    time.sleep(0.05)
    v.activo = False
    t.join()
"""

PUBLICAR = """
    import threading
    config = {}
    listo = False
    def cargar():
        global listo
        config["url"] = "http://ejemplo"
        listo = True
    def usar():
        while not listo:
            pass
        assert config["url"] == "http://ejemplo"
    hs = [threading.Thread(target=usar), threading.Thread(target=cargar)]
    for h in hs: h.start()
    for h in hs: h.join()
"""

COMPROBAR_Y_MARCAR = """
    import threading
    inicializado = False
    conexiones = []
    def iniciar():
        global inicializado
        if not inicializado:
            conexiones.append("conexión")
            inicializado = True
    hs = [threading.Thread(target=iniciar) for _ in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
    print(conexiones)
"""

CONTADOR_CON_BANDERA = """
    import threading
    fin = False
    total = 0
    def sumar():
        global total
        for _ in range(3):
            total += 1
    hs = [threading.Thread(target=sumar) for _ in range(2)]
    for h in hs: h.start()
    fin = True
    for h in hs: h.join()
    print(total)
"""


@pytest.mark.parametrize("semilla", [1, 2])
@pytest.mark.parametrize("codigo", [BANDERA_GLOBAL, BANDERA_ATRIBUTO, PUBLICAR],
                         ids=["global", "atributo", "publicar"])
def test_una_bandera_no_es_una_carrera(tmp_path: Path, codigo: str, semilla: int) -> None:
    assert _explorar(tmp_path, codigo, semilla) is Veredicto.APROBADO


@pytest.mark.parametrize("semilla", [1, 2])
@pytest.mark.parametrize("codigo", [COMPROBAR_Y_MARCAR, CONTADOR_CON_BANDERA], ids=["comprobar_y_marcar", "contador"])
def test_las_carreras_de_verdad_siguen(tmp_path: Path, codigo: str, semilla: int) -> None:
    assert _explorar(tmp_path, codigo, semilla) is Veredicto.CARRERA
