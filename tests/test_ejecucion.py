"""Pruebas de verificador.ejecucion.aislado: límites, salida acotada, grupo de procesos."""

from __future__ import annotations

import os
import signal
import sys
import textwrap
import time
from pathlib import Path

import pytest

from verificador.ejecucion import ejecutar_aislado
from verificador.ejecucion.aislado import _miembros_vivos, _SalidaAcotada, entorno_hijo

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="usa /proc")


def _programa(tmp_path: Path, codigo: str) -> list[str]:
    ruta = tmp_path / "programa.py"
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return [sys.executable, str(ruta)]


def _vivo(pid: int) -> bool:
    """¿Existe `pid` y no es un zombi?"""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2 :].split()[0] != b"Z"


def _esperar_muerte(pid: int, limite_s: float = 3.0) -> bool:
    fin = time.monotonic() + limite_s
    while _vivo(pid) and time.monotonic() < fin:
        time.sleep(0.02)
    return not _vivo(pid)


# Un nieto que duerme para siempre y escribe su pid en un archivo.
_NIETO = """
import os, subprocess, sys, time
nieto = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1000)"])
with open({archivo!r}, "w") as f:
    f.write(str(nieto.pid))
"""


def test_codigo_salida_salida_y_entorno(tmp_path: Path) -> None:
    argv = _programa(
        tmp_path,
        """
        import os, sys
        print("hola", os.environ["PYTHONHASHSEED"], os.environ["EXTRA"])
        print("ñandú", file=sys.stderr)
        print(repr(sys.stdin.read()))
        sys.exit(3)
        """,
    )
    ejecucion = ejecutar_aislado(argv, env={"EXTRA": "x"}, tiempo_limite_s=30)
    assert ejecucion.codigo_salida == 3
    assert ejecucion.senal is None
    assert not ejecucion.tiempo_agotado
    assert "hola 0 x" in ejecucion.salida
    assert "ñandú" in ejecucion.salida
    assert "''" in ejecucion.salida  # stdin es /dev/null: lee vacío, no se queda esperando


def test_entorno_limpio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p no:verificador")
    monkeypatch.setenv("PYTHONWARNINGS", "error")
    monkeypatch.setenv("VERIFICADOR_INFORME", "/tmp/falso.json")
    entorno = entorno_hijo({"A": "1"})
    assert "PYTEST_ADDOPTS" not in entorno
    assert "PYTHONWARNINGS" not in entorno
    assert "VERIFICADOR_INFORME" not in entorno
    assert entorno["PYTHONHASHSEED"] == "0"
    assert entorno["PYTHONDONTWRITEBYTECODE"] == "1"
    assert entorno["PYTHONIOENCODING"] == "utf-8"
    assert entorno["A"] == "1"


def test_eventos_por_su_tuberia(tmp_path: Path) -> None:
    argv = _programa(
        tmp_path,
        """
        import json, os
        fd = int(os.environ["VERIFICADOR_EVENTOS_FD"])
        for i in range(3):
            os.write(fd, (json.dumps({"evento": "paso", "i": i}) + "\\n").encode())
        os.write(fd, b"esto no es json\\n")
        print("fin")
        """,
    )
    vistos = []
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=30, al_evento=vistos.append)
    assert ejecucion.codigo_salida == 0
    assert [e["i"] for e in ejecucion.eventos] == [0, 1, 2]
    assert vistos == ejecucion.eventos
    assert "fin" in ejecucion.salida


def test_limites_de_recursos(tmp_path: Path) -> None:
    argv = _programa(
        tmp_path,
        """
        import resource
        print("core", resource.getrlimit(resource.RLIMIT_CORE))
        print("as", resource.getrlimit(resource.RLIMIT_AS))
        """,
    )
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=30, limites={"memoria_bytes": 3 * 1024**3})
    assert "core (0, 0)" in ejecucion.salida
    assert f"as ({3 * 1024**3}, {3 * 1024**3})" in ejecucion.salida


def test_tiempo_agotado_mata_al_grupo_entero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # El camino sin caja (el nieto escribe su pid fuera); la caja, en test_fallas.py.
    monkeypatch.setenv("VERIFICADOR_AISLAMIENTO", "grupo")
    archivo = tmp_path / "nieto.pid"
    argv = _programa(
        tmp_path,
        _NIETO.format(archivo=str(archivo)) + "\nprint('listo', flush=True)\ntime.sleep(1000)\n",
    )
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=1.5)
    assert ejecucion.tiempo_agotado
    assert ejecucion.codigo_salida is None
    assert "listo" in ejecucion.salida
    nieto = int(archivo.read_text())
    assert _esperar_muerte(nieto)
    assert _miembros_vivos(ejecucion.pid) == []


def test_al_terminar_bien_tampoco_sobreviven_nietos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # El camino sin caja (el nieto escribe su pid fuera); la caja, en test_fallas.py.
    monkeypatch.setenv("VERIFICADOR_AISLAMIENTO", "grupo")
    archivo = tmp_path / "nieto.pid"
    argv = _programa(tmp_path, _NIETO.format(archivo=str(archivo)))
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=30)
    assert ejecucion.codigo_salida == 0
    assert not ejecucion.tiempo_agotado
    assert ejecucion.duracion_s < 25  # no esperó al nieto, que tiene la salida abierta
    assert _esperar_muerte(int(archivo.read_text()))


def test_muerte_por_senal(tmp_path: Path) -> None:
    argv = _programa(tmp_path, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n")
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=30)
    assert ejecucion.senal == signal.SIGKILL
    assert ejecucion.codigo_salida is None
    assert ejecucion.nombre_senal == "SIGKILL"


def test_salida_enorme_acotada(tmp_path: Path) -> None:
    argv = _programa(
        tmp_path,
        """
        import sys
        bloque = "x" * 1023 + "\\n"
        for _ in range(50 * 1024):
            sys.stdout.write(bloque)
        print("ULTIMA LINEA")
        """,
    )
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=60, limite_salida_bytes=4096)
    assert ejecucion.codigo_salida == 0
    assert not ejecucion.inundacion
    assert ejecucion.bytes_salida >= 50 * 1024 * 1024
    assert ejecucion.salida_truncada
    assert len(ejecucion.salida) < 64 * 1024
    assert "se omitieron" in ejecucion.salida
    assert ejecucion.salida.rstrip().endswith("ULTIMA LINEA")


def test_salida_sin_fin_se_corta(tmp_path: Path) -> None:
    argv = _programa(tmp_path, "while True:\n    print('x' * 1000)\n")
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=60, limite_flujo_bytes=2 * 1024 * 1024)
    assert ejecucion.inundacion
    assert not ejecucion.tiempo_agotado
    assert ejecucion.codigo_salida is None
    assert _miembros_vivos(ejecucion.pid) == []


def test_ctrl_c_en_el_padre_mata_y_recoge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # El camino sin caja (el nieto escribe su pid fuera); la caja, en test_fallas.py.
    monkeypatch.setenv("VERIFICADOR_AISLAMIENTO", "grupo")
    archivo = tmp_path / "nieto.pid"
    argv = _programa(
        tmp_path,
        _NIETO.format(archivo=str(archivo))
        + textwrap.dedent(
            """
            import json
            os.write(int(os.environ["VERIFICADOR_EVENTOS_FD"]), b'{"evento": "listo"}\\n')
            time.sleep(1000)
            """
        ),
    )

    def interrumpir(evento: dict[str, object]) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ejecutar_aislado(argv, tiempo_limite_s=60, al_evento=interrumpir)
    assert _esperar_muerte(int(archivo.read_text()))


def test_el_evento_puede_ampliar_el_limite(tmp_path: Path) -> None:
    argv = _programa(
        tmp_path,
        """
        import os, time
        os.write(int(os.environ["VERIFICADOR_EVENTOS_FD"]), b'{"evento": "inicio"}\\n')
        time.sleep(1.5)
        print("terminé")
        """,
    )
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=1.0, al_evento=lambda e: 30.0)
    assert not ejecucion.tiempo_agotado
    assert ejecucion.codigo_salida == 0
    assert ejecucion.limite_s == 30.0


def test_salida_acotada_cuenta_lo_omitido() -> None:
    salida = _SalidaAcotada(limite=5, cola=3)
    for trozo in (b"abc", b"defgh", b"ijklmn"):
        salida.agregar(trozo)
    assert salida.total == 14
    assert salida.truncada
    texto = salida.texto()
    assert texto.startswith("abcde")
    assert texto.endswith("lmn")
    assert "se omitieron 6 bytes" in texto
    pequena = _SalidaAcotada(limite=10, cola=10)
    pequena.agregar(b"hola")
    assert pequena.texto() == "hola"
    assert not pequena.truncada


def test_pid_del_grupo_no_queda(tmp_path: Path) -> None:
    argv = _programa(tmp_path, "print(1)\n")
    ejecucion = ejecutar_aislado(argv, tiempo_limite_s=30)
    assert ejecucion.codigo_salida == 0
    with pytest.raises(ProcessLookupError):
        os.killpg(ejecucion.pid, 0)


# ------------------------------------------------------------ explorar_aislado
_EXPLORADOR_FALSO = """
import json, os, sys
from verificador.juez.canal import Emisor
# argv: -m verificador.explorador RUTA --semilla S ... [-- args]; informe por el canal firmado
emisor = Emisor.desde_entorno()
args = sys.argv[1:]
assert args[:2] == ["-m", "verificador.explorador"], args
ruta = args[2]
resto = args[args.index("--") + 1 :] if "--" in args else []
modo = open(ruta).read().strip()
if modo == "colgarse":
    import time
    time.sleep(1000)
if modo == "salir":
    os._exit(0)
datos = {
    "veredicto": "carrera",
    "aprobado": False,
    "planificaciones": int(args[args.index("--planificaciones") + 1]),
    "semilla": int(args[args.index("--semilla") + 1]),
    "duracion_s": 0.5,
    "estrategia": args[args.index("--estrategia") + 1],
    "repetir": "verificar explorar x.py --semilla 3",
    "evidencia": {"resumen": "Se perdió un depósito", "linea_tiempo": [
        {"actor": "Hilo-1", "archivo": "x.py", "linea": 3, "codigo": "saldo += 1"}]},
    "estadisticas": {"argumentos": resto},
}
emisor.enviar({**datos, "codigo_salida": 1})
sys.exit(1)
"""


@pytest.fixture
def python_falso(tmp_path: Path) -> str:
    """Un "intérprete" que hace de `python -m verificador.explorador` según el contrato."""
    guion = tmp_path / "explorador_falso.py"
    guion.write_text(_EXPLORADOR_FALSO, encoding="utf-8")
    lanzador = tmp_path / "python-falso"
    lanzador.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{guion}" "$@"\n', encoding="utf-8")
    lanzador.chmod(0o755)
    return str(lanzador)


def test_explorar_aislado_lee_el_resultado(tmp_path: Path, python_falso: str) -> None:
    from verificador.ejecucion import explorar_aislado

    programa = tmp_path / "x.py"
    programa.write_text("normal\n")
    resultado = explorar_aislado(
        programa,
        ["--n", "3"],
        semilla=3,
        planificaciones=50,
        estrategia="pct",
        tiempo_limite_s=30,
        python=python_falso,
    )
    assert resultado.veredicto.value == "carrera"
    assert (resultado.planificaciones, resultado.semilla, resultado.estrategia) == (50, 3, "pct")
    assert resultado.evidencia is not None
    assert resultado.evidencia.linea_tiempo[0].actor == "Hilo-1"
    assert resultado.estadisticas == {"argumentos": ["--n", "3"]}


@pytest.mark.parametrize(("modo", "veredicto"), [("colgarse", "cuelgue"), ("salir", "excepcion")])
def test_explorar_aislado_sin_informe(
    tmp_path: Path, python_falso: str, modo: str, veredicto: str
) -> None:
    from verificador.ejecucion import explorar_aislado

    programa = tmp_path / "x.py"
    programa.write_text(modo + "\n")
    resultado = explorar_aislado(programa, semilla=9, tiempo_limite_s=1.5, python=python_falso)
    assert resultado.veredicto.value == veredicto
    assert resultado.semilla == 9
    assert not resultado.aprobado
