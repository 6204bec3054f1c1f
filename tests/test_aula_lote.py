"""Un lote de verdad: entregas buenas, rotas, colgadas, tramposas, no espacios y zips maliciosos.

Usa una copia del reto 5 (asyncio) con una repetición y 4 s de límite (el catálogo del
docente puede ser cualquiera: `--retos`), para que el lote tarde segundos.
Comprueba el contrato de `calificar`: cada veredicto es el que da
`comprobar_reto` al mismo intento con la misma semilla, lo que trae una
entrega fuera de sus archivos de intento no cambia nada, y el lote no se para.
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from verificador.aula import calificar, semilla_caso
from verificador.casos import cargar_catalogo, catalogo_incluido, resolver_catalogo
from verificador.cli import verificar
from verificador.ejecucion import comprobar_reto
from verificador.espacio import iniciar
from verificador.progreso import Progreso

INCLUIDO = cargar_catalogo(catalogo_incluido())
RETO = INCLUIDO.obtener(5)
ARCHIVO = RETO.archivos[0]
SEMILLA = 1234
COLGADO = "while True:\n    pass\n"


@pytest.fixture(scope="module")
def catalogo_rapido(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("catalogo")
    shutil.copytree(RETO.directorio, base / "retos" / RETO.nombre)
    shutil.copytree(INCLUIDO.solucion(RETO), base / "soluciones" / RETO.nombre)
    toml = base / "retos" / RETO.nombre / "reto.toml"
    texto = toml.read_text(encoding="utf-8")
    texto = texto.replace(f"repeticiones = {RETO.repeticiones}", "repeticiones = 1")
    texto = texto.replace(f"tiempo_limite_s = {RETO.tiempo_limite_s:g}", "tiempo_limite_s = 4")
    toml.write_text(texto, encoding="utf-8")
    return base


def _espacio(carpeta: Path, catalogo, banco: str | None) -> Path:
    iniciar(carpeta, catalogo)
    if banco is not None:
        (carpeta / "retos" / RETO.nombre / ARCHIVO).write_text(banco, encoding="utf-8")
    return carpeta


@pytest.fixture(scope="module")
def lote(catalogo_rapido, tmp_path_factory):
    catalogo = cargar_catalogo(resolver_catalogo(str(catalogo_rapido)))
    entregas = tmp_path_factory.mktemp("entregas")
    solucion = (INCLUIDO.solucion(RETO) / ARCHIVO).read_text(encoding="utf-8")
    # Un intento que aún falla (con algún cambio: los originales tal cual son «sin intentar»).
    roto = (RETO.directorio / ARCHIVO).read_text(encoding="utf-8") + "\n# mi intento\n"
    _espacio(entregas / "bueno", catalogo, solucion)
    _espacio(entregas / "roto", catalogo, roto)
    _espacio(entregas / "colgado", catalogo, COLGADO)
    _espacio(entregas / "importa_verificador", catalogo,
             "import verificador.juez.plugin\n" + solucion)
    # Edita el juez y los puntos en su copia: no se leen.
    juez = _espacio(entregas / "edita_juez", catalogo, roto)
    (juez / "retos" / RETO.nombre / "test_juez.py").write_text("def test_x():\n    pass\n")
    (juez / "retos" / RETO.nombre / "conftest.py").write_text("import pytest\n")
    toml = juez / "retos" / RETO.nombre / "reto.toml"  # `iniciar` ya no lo copia: se añade
    original = catalogo_rapido / "retos" / RETO.nombre / "reto.toml"
    toml.write_text(original.read_text(encoding="utf-8").replace("puntos = 100", "puntos = 9999"))
    # Falsifica el progreso: pista gratis (coste 0) y un "aprobado" con muchos puntos... tarde.
    falso = _espacio(entregas / "falsifica_progreso", catalogo, solucion)
    with Progreso.del_espacio(falso / ".verificador") as progreso:
        progreso.revelar_pista(catalogo.obtener(5), 0)
        progreso.registrar_intento(catalogo.obtener(5), veredicto="carrera", semilla=1,
                                   repeticiones=1, duracion_s=1.0)
        progreso.registrar_intento(catalogo.obtener(5), veredicto="aprobado", semilla=1,
                                   repeticiones=1, duracion_s=1.0)
    conexion = sqlite3.connect(falso / ".verificador" / "progreso.sqlite3")
    conexion.execute("UPDATE eventos SET coste = 0, puntos = 5000")
    conexion.commit()
    conexion.close()
    (entregas / "sin_espacio").mkdir()
    (entregas / "sin_espacio" / ARCHIVO).write_text(solucion)
    with zipfile.ZipFile(entregas / "zip_bueno.zip", "w") as z:
        raiz = entregas / "bueno"
        for ruta in raiz.rglob("*"):
            if ruta.is_file():
                z.write(ruta, "mi-taller/" + ruta.relative_to(raiz).as_posix())
    with zipfile.ZipFile(entregas / "malicioso.zip", "w") as z:
        z.writestr("verificador.toml", "")
        z.writestr("../../../../tmp/pwned_verificador.py", "x = 1\n")
    salida = tmp_path_factory.mktemp("salida")
    from click.testing import CliRunner

    resultado = CliRunner().invoke(verificar, [
        "calificar", str(entregas), "--retos", str(catalogo_rapido), "--semilla", str(SEMILLA),
        "--trabajos", "2", "--formato", "json", "--salida", str(salida),
    ])
    assert resultado.exit_code == 0, (resultado.stdout, resultado.stderr)
    datos = json.loads(resultado.stdout)
    return {"datos": datos, "catalogo": catalogo, "entregas": entregas, "salida": salida,
            "solucion": solucion, "roto": roto}


def _caso(datos, alumno):
    fila = next(a for a in datos["alumnos"] if a["alumno"] == alumno)
    return fila, fila["casos"][0]


@pytest.mark.parametrize(
    ("alumno", "situacion", "veredicto", "puntos"),
    [
        ("bueno", "valida", "aprobado", 100),
        ("zip_bueno", "valida", "aprobado", 100),
        ("roto", "valida", "incompleto", 0),
        ("colgado", "valida", "cuelgue", 0),
        ("importa_verificador", "valida", "trampa", 0),
        ("edita_juez", "valida", "incompleto", 0),
        ("sin_espacio", "no_es_espacio", "sin_entrega", 0),
        ("malicioso", "zip_peligroso", "sin_entrega", 0),
    ],
)
def test_veredicto_de_cada_entrega(lote, alumno, situacion, veredicto, puntos):
    fila, caso = _caso(lote["datos"], alumno)
    assert fila["situacion"] == situacion
    assert caso["veredicto"] == veredicto, caso
    assert caso["puntos"] == puntos and fila["puntos"] == puntos


def test_trampa_senala_archivo_y_linea(lote):
    _, caso = _caso(lote["datos"], "importa_verificador")
    assert caso["evidencia"]["ubicacion"] == f"{ARCHIVO}:1"
    assert "verificador" in caso["resumen"]


def test_progreso_falsificado_solo_resta(lote):
    fila, caso = _caso(lote["datos"], "falsifica_progreso")
    coste = lote["catalogo"].obtener(5).pistas[0].coste
    assert caso["veredicto"] == "aprobado"
    assert caso["puntos"] == 100 - coste  # el coste del catálogo, no el 0 falsificado
    assert fila["pistas"] == 1 and fila["intentos_fallidos"] == 1
    assert fila["puntos"] <= 100


def test_zip_malicioso_no_escribe_fuera():
    assert not Path("/tmp/pwned_verificador.py").exists()


def test_igual_que_comprobar_reto_solo(lote, tmp_path):
    """Cada veredicto ejecutado es el de `comprobar_reto` con el mismo intento y semilla."""
    reto = lote["catalogo"].obtener(5)
    semilla = semilla_caso(SEMILLA, reto)
    intentos = {"bueno": lote["solucion"], "roto": lote["roto"], "colgado": COLGADO,
                "edita_juez": lote["roto"]}
    for alumno, codigo in intentos.items():
        carpeta = tmp_path / alumno
        carpeta.mkdir()
        (carpeta / ARCHIVO).write_text(codigo, encoding="utf-8")
        solo = comprobar_reto(reto.juez, carpeta, reto.archivos, semilla=semilla,
                              repeticiones=reto.repeticiones,
                              tiempo_limite_s=reto.tiempo_limite_s)
        _, caso = _caso(lote["datos"], alumno)
        assert caso["semilla"] == semilla
        assert caso["veredicto"] == solo.veredicto.value, alumno


def test_misma_semilla_mismos_veredictos_con_un_trabajo(lote):
    otra = calificar(lote["entregas"], lote["catalogo"], semilla=SEMILLA, trabajos=1)
    antes = {a["alumno"]: (a["puesto"], [c["veredicto"] for c in a["casos"]], a["puntos"])
             for a in lote["datos"]["alumnos"]}
    ahora = {a.alumno: (a.puesto, [c.veredicto for c in a.casos], a.puntos)
             for a in otra.alumnos}
    assert ahora == antes


def test_salidas_escritas_y_legibles(lote):
    salida = lote["salida"]
    assert (salida / "calificaciones.csv").read_text(encoding="utf-8").count("\n") == 10
    junit = (salida / "junit.xml").read_text(encoding="utf-8")
    assert 'type="cuelgue"' in junit and 'type="trampa"' in junit
    gradescope = json.loads((salida / "gradescope" / "bueno" / "results.json").read_text())
    assert gradescope["score"] == 100 == gradescope["max_score"]
    classroom = json.loads(base64.b64decode((salida / "classroom" / "roto.b64").read_text()))
    assert classroom["status"] == "fail" and classroom["tests"][0]["status"] == "fail"
    assert (salida / "clasificacion.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")


def test_una_sola_entrega_es_el_propio_espacio(lote, tmp_path):
    """GitHub Classroom / Gradescope: ENTREGAS/ es el repositorio del alumno."""
    from click.testing import CliRunner

    repo = tmp_path / "repo-ana"
    shutil.copytree(lote["entregas"] / "roto", repo)
    salida = tmp_path / "salida"
    resultado = CliRunner().invoke(verificar, [
        "calificar", str(repo), "--retos", str(lote["catalogo"].directorio.parent),
        "--semilla", str(SEMILLA), "--salida", str(salida), "--formatos", "classroom,gradescope",
    ])
    assert resultado.exit_code == 0, resultado.stderr
    datos = json.loads(base64.b64decode((salida / "classroom.b64").read_text()))
    assert datos["max_score"] == RETO.puntos and datos["status"] == "fail"
    assert json.loads((salida / "results.json").read_text())["score"] == 0
    assert "repo-ana" in resultado.stdout


@pytest.mark.parametrize(
    ("argumentos", "mensaje"),
    [
        (["calificar", "/no/existe"], "la carpeta de entregas '/no/existe' no existe"),
        (["calificar", ".", "--formatos", "csv"], "--formatos necesita --salida"),
        (["calificar", ".", "--salida", "x", "--formatos", "pdf"], "valor 'pdf' inválido"),
        (["calificar", ".", "--trabajos", "0"], "valor '0' inválido para '--trabajos'"),
    ],
)
def test_errores_de_uso(argumentos, mensaje):
    from click.testing import CliRunner

    resultado = CliRunner().invoke(verificar, argumentos)
    assert resultado.exit_code == 2
    assert resultado.stderr.startswith("Error: ") and mensaje in resultado.stderr
    assert resultado.stderr.count("\n") == 1
