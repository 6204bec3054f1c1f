"""Pruebas del plugin de los jueces y de comprobar_reto, de punta a punta (pytest hijo real)."""

from __future__ import annotations

import json
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

import verificador.juez
from verificador.ejecucion import InformeReto, comprobar_reto
from verificador.juez import Alumno, FalloVeredicto, Veredicto, derivar_semilla

JUECES = Path(__file__).parent / "programas_ejecucion"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="usa /proc")

CORRECTO = """
def main(n=10):
    return sum(range(n))


if __name__ == "__main__":
    print(main())
"""


def _alumno(tmp_path: Path, codigo: str, nombre: str = "suma.py") -> Path:
    carpeta = tmp_path / "alumno"
    carpeta.mkdir(exist_ok=True)
    (carpeta / nombre).write_text(textwrap.dedent(codigo), encoding="utf-8")
    return carpeta


def _comprobar(
    tmp_path: Path,
    codigo: str | None,
    *,
    juez: str = "juez_suma.py",
    repeticiones: int = 2,
    tiempo_limite_s: float = 20,
    semilla: int = 7,
    **opciones: Any,
) -> InformeReto:
    carpeta = _alumno(tmp_path, codigo) if codigo is not None else tmp_path / "alumno"
    carpeta.mkdir(exist_ok=True)
    return comprobar_reto(
        JUECES / juez,
        carpeta,
        ["suma.py"],
        semilla=semilla,
        repeticiones=repeticiones,
        tiempo_limite_s=tiempo_limite_s,
        revisar=False,  # aquí se prueba el juez en marcha; la revisión estática, en test_trampas
        **opciones,
    )


def _sin_procesos(pids_archivo: Path) -> None:
    """Los pids escritos en el archivo ya no existen (o son zombis)."""
    for texto in pids_archivo.read_text().split():
        pid = int(texto)
        fin = time.monotonic() + 3
        while time.monotonic() < fin:
            try:
                with open(f"/proc/{pid}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                break
            if stat[stat.rfind(b")") + 2 :].split()[0] == b"Z":
                break
            time.sleep(0.02)
        else:
            pytest.fail(f"el proceso {pid} sigue vivo")


# ------------------------------------------------------------ API pública
def test_superficie_publica() -> None:
    assert sorted(verificador.juez.__all__) == sorted(
        ["Alumno", "Evidencia", "FalloVeredicto", "Veredicto", "derivar_semilla"]
    )


def test_derivar_semilla_estable_y_distinta() -> None:
    # Valor fijado: si cambia, cambian todas las semillas publicadas a los alumnos.
    assert derivar_semilla(1, 2) == derivar_semilla(1, 2) == 9015911681816337610
    assert derivar_semilla(1, 2) != derivar_semilla(1, 3)
    assert derivar_semilla(1, 2) != derivar_semilla(2, 1)
    assert derivar_semilla(1, 1) != derivar_semilla(1, "1")
    assert derivar_semilla(1, "ab", "c") != derivar_semilla(1, "a", "bc")
    assert all(0 <= derivar_semilla(s, i) < 2**63 for s in range(50) for i in range(5))
    with pytest.raises(TypeError):
        derivar_semilla(1, 2.5)  # type: ignore[arg-type]


# ------------------------------------------------------------------ Alumno
def test_cargar_da_un_modulo_nuevo_cada_vez(tmp_path: Path) -> None:
    carpeta = _alumno(
        tmp_path,
        "contador = []\ndef main(n=1):\n    contador.append(n)\n    return len(contador)\n",
    )
    alumno = Alumno(carpeta, ["suma.py"], 3)
    try:
        primero = alumno.cargar()
        assert primero.main() == 1
        assert primero.main() == 2
        segundo = alumno.cargar()
        assert segundo is not primero
        assert segundo.main() == 1  # estado global nuevo
        assert sys.modules["suma"] is segundo
        assert segundo.__file__ == str(carpeta.resolve() / "suma.py")
        assert segundo.main.__code__.co_filename == str(carpeta.resolve() / "suma.py")
        assert str(carpeta.resolve()) in sys.path  # detrás, para los hijos con spawn
    finally:
        alumno.cerrar()
    assert "suma" not in sys.modules
    assert str(carpeta.resolve()) not in sys.path


def test_cargar_reimporta_los_modulos_vecinos(tmp_path: Path) -> None:
    carpeta = _alumno(tmp_path, "import ayudante\ndef main(n=1):\n    return ayudante.sumar()\n")
    (carpeta / "ayudante.py").write_text(
        "total = []\ndef sumar():\n    total.append(1)\n    return len(total)\n"
    )
    alumno = Alumno(carpeta, ["suma.py"], 3)
    try:
        for _ in range(3):
            modulo = alumno.cargar()
            assert modulo.main() == 1  # `ayudante` también empieza de cero
            assert modulo.main() == 2
    finally:
        alumno.cerrar()
    assert "ayudante" not in sys.modules
    assert "suma" not in sys.modules


def test_cargar_recompila_si_cambia_el_archivo(tmp_path: Path) -> None:
    carpeta = _alumno(tmp_path, "def main(n=1):\n    return 1\n")
    alumno = Alumno(carpeta, ["suma.py"], 3)
    try:
        assert alumno.cargar().main() == 1
        (carpeta / "suma.py").write_text("def main(n=1):\n    return 22\n", encoding="utf-8")
        assert alumno.cargar().main() == 22
    finally:
        alumno.cerrar()


def test_rng_sembrado(tmp_path: Path) -> None:
    carpeta = _alumno(tmp_path, CORRECTO)
    a, b = Alumno(carpeta, ["suma.py"], 99), Alumno(carpeta, ["suma.py"], 99)
    assert [a.rng.random() for _ in range(5)] == [b.rng.random() for _ in range(5)]


def test_error_de_sintaxis_con_archivo_y_linea(tmp_path: Path) -> None:
    carpeta = _alumno(tmp_path, "def main(n=1):\n    return (n +\n\nx = 1\n")
    alumno = Alumno(carpeta, ["suma.py"], 3)
    with pytest.raises(FalloVeredicto) as fallo:
        alumno.cargar()
    assert fallo.value.veredicto is Veredicto.NO_CARGA
    assert fallo.value.evidencia.ubicacion is not None
    assert fallo.value.evidencia.ubicacion.startswith("suma.py:")
    assert "sintaxis" in fallo.value.evidencia.resumen


def test_exigir(tmp_path: Path) -> None:
    alumno = Alumno(_alumno(tmp_path, CORRECTO), ["suma.py"], 3)
    alumno.exigir(True, "nada")
    with pytest.raises(FalloVeredicto) as fallo:
        alumno.exigir(
            0, "Faltan depósitos", veredicto=Veredicto.INCOMPLETO, esperado="3", obtenido="2"
        )
    assert fallo.value.veredicto is Veredicto.INCOMPLETO
    assert (fallo.value.evidencia.esperado, fallo.value.evidencia.obtenido) == ("3", "2")


# ------------------------------------------------------- de punta a punta
def test_aprobado_con_eventos_y_planificaciones(tmp_path: Path) -> None:
    eventos: list[dict[str, Any]] = []
    informe = _comprobar(tmp_path, CORRECTO, repeticiones=3, al_progreso=eventos.append)
    assert informe.veredicto is Veredicto.APROBADO, informe.evidencia
    assert informe.repeticiones == informe.repeticiones_pedidas == 3
    assert informe.planificaciones == 9
    assert informe.evidencia is None
    repeticiones = [e for e in eventos if e["evento"] == "repeticion"]
    assert [(e["i"], e["total"], e["veredicto"], e["planificaciones"]) for e in repeticiones] == [
        (1, 3, "aprobado", 3),
        (2, 3, "aprobado", 3),
        (3, 3, "aprobado", 3),
    ]
    assert eventos[0]["evento"] == "inicio"


def test_misma_semilla_mismo_veredicto_y_mismos_sorteos(tmp_path: Path) -> None:
    a = _comprobar(tmp_path, CORRECTO, repeticiones=3, semilla=1234)
    b = _comprobar(tmp_path, CORRECTO, repeticiones=3, semilla=1234)
    c = _comprobar(tmp_path, CORRECTO, repeticiones=3, semilla=4321)

    def sorteos(informe: InformeReto) -> list[str]:
        return [linea for linea in informe.salida.splitlines() if "RNG" in linea]

    assert len(sorteos(a)) == 3
    assert sorteos(a) == sorteos(b)
    assert sorteos(a) != sorteos(c)
    semillas = [int(s.split()[-2]) for s in sorteos(a)]
    assert semillas == [derivar_semilla(1234, i) for i in (1, 2, 3)]


def test_fallo_del_juez_con_evidencia(tmp_path: Path) -> None:
    informe = _comprobar(
        tmp_path, CORRECTO.replace("sum(range(n))", "sum(range(n)) + 1"), semilla=5
    )
    assert informe.veredicto is Veredicto.CARRERA
    assert informe.evidencia is not None
    assert informe.evidencia.resumen == "La suma no es la esperada"
    assert int(informe.evidencia.obtenido) == int(informe.evidencia.esperado) + 1
    assert informe.repeticiones == 1  # -x: para en la primera repetición que falla
    assert informe.semilla_repeticion == derivar_semilla(5, 1)


def test_error_de_sintaxis_es_no_carga(tmp_path: Path) -> None:
    informe = _comprobar(tmp_path, "def main(n=10):\n    return sum(range(n)\n")
    assert informe.veredicto is Veredicto.NO_CARGA
    assert informe.evidencia is not None
    assert informe.evidencia.ubicacion is not None
    assert informe.evidencia.ubicacion.startswith("suma.py:")


def test_falta_el_archivo(tmp_path: Path) -> None:
    informe = _comprobar(tmp_path, None)
    assert informe.veredicto is Veredicto.NO_CARGA
    assert "Falta el archivo suma.py" in informe.evidencia.resumen


def test_error_de_importacion_con_traza_del_alumno(tmp_path: Path) -> None:
    informe = _comprobar(tmp_path, "import modulo_que_no_existe_xyz\n" + CORRECTO)
    assert informe.veredicto is Veredicto.NO_CARGA
    assert informe.evidencia.ubicacion == "suma.py:1"
    assert "ModuleNotFoundError" in informe.evidencia.traza
    assert "verificador" not in informe.evidencia.traza


def test_excepcion_del_alumno_con_traza_recortada(tmp_path: Path) -> None:
    codigo = """
    def ayudante(n):
        return {}[n]


    def main(n=10):
        return ayudante(n)
    """
    informe = _comprobar(tmp_path, codigo)
    assert informe.veredicto is Veredicto.EXCEPCION
    assert informe.evidencia.ubicacion == "suma.py:3"
    traza = informe.evidencia.traza
    assert 'File "suma.py", line 7, in main' in traza
    assert "KeyError" in traza
    assert "verificador" not in traza
    assert "_pytest" not in traza


def test_interfaz_cambiada(tmp_path: Path) -> None:
    sin_main = _comprobar(tmp_path, "def principal(n=10):\n    return sum(range(n))\n")
    assert sin_main.veredicto is Veredicto.EXCEPCION
    assert "`main`" in sin_main.evidencia.resumen
    otra_firma = _comprobar(tmp_path, "def main(m=10):\n    return sum(range(m))\n")
    assert otra_firma.veredicto is Veredicto.EXCEPCION
    assert "main()" in otra_firma.evidencia.resumen


def test_fallo_del_juez_es_error_interno(tmp_path: Path) -> None:
    informe = _comprobar(tmp_path, CORRECTO, juez="juez_roto.py")
    assert informe.veredicto is Veredicto.ERROR_INTERNO
    assert "fallo del verificador: por favor repórtalo" in informe.evidencia.resumen
    assert "ZeroDivisionError" in informe.evidencia.traza


def test_juez_sin_pruebas_no_aprueba(tmp_path: Path) -> None:
    informe = _comprobar(tmp_path, CORRECTO, juez="juez_vacio.py")
    assert informe.veredicto is Veredicto.ERROR_INTERNO


def test_juez_con_dos_pruebas(tmp_path: Path) -> None:
    bien = _comprobar(tmp_path, CORRECTO, juez="juez_dos.py", repeticiones=2)
    assert bien.veredicto is Veredicto.APROBADO
    assert bien.repeticiones == 2
    assert bien.planificaciones == 10
    mal = _comprobar(tmp_path, "def main(n=10):\n    return 6\n", juez="juez_dos.py")
    assert mal.veredicto is Veredicto.CARRERA
    assert mal.prueba is not None
    assert "test_segunda" in mal.prueba


def test_cuelgue_por_tiempo_sin_procesos_sueltos(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = tmp_path / "pids"
    monkeypatch.setenv("PRUEBA_PIDS", str(pids))
    # Sin caja: dentro, los pids son de otro espacio y el archivo no se puede escribir.
    monkeypatch.setenv("VERIFICADOR_AISLAMIENTO", "grupo")
    codigo = """
    import os, subprocess, sys, time


    def main(n=10):
        hijo = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1000)"])
        with open(os.environ["PRUEBA_PIDS"], "w") as f:
            f.write(f"{os.getpid()} {hijo.pid}")
        while True:
            time.sleep(0.05)
    """
    informe = _comprobar(tmp_path, codigo, tiempo_limite_s=1)
    assert informe.veredicto is Veredicto.CUELGUE
    assert informe.evidencia.ubicacion == "suma.py:10"
    _sin_procesos(pids)


def test_cuelgue_que_se_traga_el_aviso_lo_para_el_reloj(tmp_path: Path) -> None:
    codigo = """
    import time


    def main(n=10):
        while True:
            try:
                time.sleep(0.05)
            except BaseException:
                pass
    """
    informe = _comprobar(tmp_path, codigo, repeticiones=1, tiempo_limite_s=1, margen_s=2)
    assert informe.veredicto is Veredicto.CUELGUE
    assert "se mató su grupo de procesos" in informe.evidencia.resumen


def test_hilo_que_no_termina_tras_aprobar(tmp_path: Path) -> None:
    codigo = """
    import threading, time


    def main(n=10):
        threading.Thread(target=time.sleep, args=(1000,)).start()
        return sum(range(n))
    """
    informe = _comprobar(tmp_path, codigo, repeticiones=1, tiempo_limite_s=1, margen_s=4)
    assert informe.veredicto is Veredicto.CUELGUE
    assert "el juez acabó" in informe.evidencia.resumen


@pytest.mark.parametrize(
    "codigo",
    [
        pytest.param("import os\nos._exit(0)\n" + CORRECTO, id="os._exit-al-cargar"),
        pytest.param(
            CORRECTO.replace("return sum", "import os; os._exit(0)\n    return sum"),
            id="os._exit-en-main",
        ),
        pytest.param(
            CORRECTO.replace(
                "return sum",
                "import os, signal; os.kill(os.getpid(), signal.SIGKILL)\n    return sum",
            ),
            id="sigkill",
        ),
    ],
)
def test_terminar_el_proceso_no_aprueba(tmp_path: Path, codigo: str) -> None:
    informe = _comprobar(tmp_path, codigo)
    assert informe.veredicto is Veredicto.EXCEPCION
    assert informe.evidencia is not None
    assert informe.evidencia.resumen


@pytest.mark.parametrize(
    "codigo",
    [
        pytest.param("import sys\nsys.exit(0)\n" + CORRECTO, id="al-cargar"),
        pytest.param(
            CORRECTO.replace("return sum", "import sys; sys.exit()\n    return sum"), id="en-main"
        ),
        pytest.param(
            CORRECTO.replace("return sum", "raise KeyboardInterrupt\n    return sum"),
            id="keyboardinterrupt",
        ),
        pytest.param(
            CORRECTO.replace("return sum", "import pytest; pytest.skip('no')\n    return sum"),
            id="skip",
        ),
        pytest.param(
            CORRECTO.replace("return sum", "import pytest; pytest.exit('fin', 0)\n    return sum"),
            id="pytest-exit",
        ),
    ],
)
def test_salidas_del_alumno_son_excepcion(tmp_path: Path, codigo: str) -> None:
    informe = _comprobar(tmp_path, codigo)
    assert informe.veredicto is Veredicto.EXCEPCION, informe.evidencia


def test_salida_enorme_acotada_y_veredicto(tmp_path: Path) -> None:
    codigo = CORRECTO.replace(
        "return sum",
        "import sys\n    sys.stdout.write(('z' * 1023 + '\\n') * 50 * 1024)\n    return sum",
    )
    informe = _comprobar(tmp_path, codigo, repeticiones=1)
    assert informe.veredicto is Veredicto.APROBADO
    assert informe.ejecucion is not None
    assert informe.ejecucion.bytes_salida >= 50 * 1024 * 1024
    assert len(informe.salida) < 1024 * 1024


def test_conftest_y_pytest_ini_del_alumno_se_ignoran(tmp_path: Path) -> None:
    carpeta = _alumno(tmp_path, "def main(n=10):\n    return -1\n")
    (carpeta / "conftest.py").write_text(
        textwrap.dedent(
            """
            import pytest

            @pytest.hookimpl(hookwrapper=True)
            def pytest_runtest_makereport(item, call):
                resultado = yield
                informe = resultado.get_result()
                informe.outcome = "passed"

            def pytest_collection_modifyitems(items):
                items.clear()
            """
        ),
        encoding="utf-8",
    )
    (carpeta / "pytest.ini").write_text("[pytest]\naddopts = --co -p no:verificador.juez.plugin\n")
    (tmp_path / "conftest.py").write_text((carpeta / "conftest.py").read_text())
    # Como en un clon: el juez en la misma carpeta que los archivos del alumno.
    juez = carpeta / "test_juez.py"
    juez.write_text((JUECES / "juez_suma.py").read_text(encoding="utf-8"), encoding="utf-8")
    informe = comprobar_reto(
        juez, carpeta, ["suma.py"], semilla=1, repeticiones=2, tiempo_limite_s=20
    )
    assert informe.veredicto is Veredicto.CARRERA


def test_los_avisos_no_son_errores_en_los_jueces(tmp_path: Path) -> None:
    codigo = CORRECTO.replace(
        "return sum",
        "import warnings\n    warnings.warn('cuidado', DeprecationWarning)\n    return sum",
    )
    assert _comprobar(tmp_path, codigo).veredicto is Veredicto.APROBADO


def test_informe_json_serializable(tmp_path: Path) -> None:
    informe = _comprobar(tmp_path, "def main(n=10):\n    return 0\n")
    datos = json.loads(json.dumps(informe.a_dict()))
    assert datos["veredicto"] == "carrera"
    assert datos["aprobado"] is False


def test_reloj_vencido_dentro_del_motor_no_es_cuelgue(tmp_path: Path) -> None:
    """The thread engine finds hangs by steps: its running out of wall clock says the machine was slow."""
    codigo = """
    import threading

    total = 0
    candado = threading.Lock()


    def sumar():
        global total
        for _ in range(2_000_000):
            with candado:
                total += 1


    def main():
        hilos = [threading.Thread(target=sumar) for _ in range(2)]
        for h in hilos:
            h.start()
        for h in hilos:
            h.join()
    """
    informe = _comprobar(tmp_path, codigo, juez="juez_motor_largo.py", repeticiones=1,
                         tiempo_limite_s=0.5, margen_s=30)
    assert informe.veredicto is Veredicto.PRESUPUESTO_AGOTADO, informe.evidencia
    assert "no es un veredicto sobre tu programa" in informe.evidencia.explicacion.lower()


def test_reloj_vencido_esperando_al_motor_de_procesos_no_es_cuelgue(tmp_path: Path) -> None:
    """The process engine finds hangs by its own effective clock: the judge's wall clock running
    out while it waits for a live child says the machine was slow, not that the program hangs."""
    codigo = """
    import multiprocessing
    import time


    def trabajar():
        time.sleep(30)


    def main():
        hijo = multiprocessing.Process(target=trabajar)
        hijo.start()
        hijo.join()
    """
    # 30 s: más que el plazo adversario (10 s), así que el juez no acorta ese sueño del hijo
    # (los de hasta 10 s no duermen: ver plazos.sueno_de_hijo).
    informe = _comprobar(tmp_path, codigo, juez="juez_procesos_lento.py", repeticiones=1,
                         tiempo_limite_s=1.5, margen_s=30)
    assert informe.veredicto is Veredicto.PRESUPUESTO_AGOTADO, informe.evidencia
    assert "no es un veredicto sobre tu programa" in informe.evidencia.explicacion.lower()
