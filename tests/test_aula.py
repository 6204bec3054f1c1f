"""El aula sin ejecutar jueces: clasificación, formatos de salida, zips y progreso declarado."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import verificador.aula as aula
from verificador.aula.declaracion import leer_declaracion
from verificador.aula.entregas import abrir_entrega, descubrir_entregas
from verificador.aula.formatos import (
    a_classroom,
    a_csv,
    a_gradescope,
    a_json,
    a_junit,
    escribir_salidas,
)
from verificador.aula.html import a_html
from verificador.aula.modelo import (
    SIN_ENTREGA,
    Calificacion,
    ResultadoAlumno,
    ResultadoCaso,
    RetoCalificado,
    Situacion,
)
from verificador.casos import cargar_catalogo, catalogo_incluido
from verificador.progreso import Progreso
from verificador.veredictos import Evidencia

CATALOGO = cargar_catalogo(catalogo_incluido())
RETOS = [RetoCalificado(1, "01_uno", "Uno", 50), RetoCalificado(2, "02_dos", "Dos <b>", 100)]


def _caso(numero, veredicto, puntos=0, **extra):
    puntos_reto = 50 if numero == 1 else 100
    return ResultadoCaso(numero=numero, nombre=f"0{numero}_{'uno' if numero == 1 else 'dos'}",
                         puntos_reto=puntos_reto, veredicto=veredicto, puntos=puntos,
                         semilla=7, **extra)


def _alumno(nombre, casos, pistas=0, fallidos=0, situacion=Situacion.VALIDA):
    return ResultadoAlumno(alumno=nombre, origen=nombre, situacion=situacion, casos=casos,
                           pistas=pistas, fallidos=fallidos)


def calificacion_ejemplo() -> Calificacion:
    alumnos = [
        _alumno("=cmd", [_caso(1, "aprobado", 50), _caso(2, "carrera",
                evidencia=Evidencia(resumen="Se perdieron depósitos", esperado="10",
                                    obtenido="7\x00"))]),
        _alumno("ana", [_caso(1, "aprobado", 50), _caso(2, "aprobado", 80, descuento=20)],
                pistas=1),
        _alumno("beto", [_caso(1, "aprobado", 50), _caso(2, "aprobado", 80)], pistas=1),
        _alumno("carla", [_caso(1, "aprobado", 50), _caso(2, "aprobado", 100)], fallidos=3),
        _alumno("dani", [_caso(1, "trampa"), _caso(2, "error_interno")]),
        _alumno("eva", [_caso(1, SIN_ENTREGA), _caso(2, SIN_ENTREGA)],
                situacion=Situacion.ZIP_PELIGROSO),
    ]
    return Calificacion(retos=list(RETOS), alumnos=aula.clasificar(alumnos), semilla=11,
                        momento="2025-05-01T10:00:00+00:00", trabajos=2, duracion_s=3.0,
                        catalogo="/cat")


# -- clasificación ---------------------------------------------------------------------------


def test_regla_de_clasificacion_y_empates():
    c = calificacion_ejemplo()
    orden = [(a.puesto, a.alumno) for a in c.alumnos]
    # carla 150 > ana = beto (130, 1 pista: empate, mismo puesto) > =cmd 50 > dani 0 (lo
    # intentó) > eva 0 (su entrega no se pudo abrir: sin trabajo)
    assert orden == [(1, "carla"), (2, "ana"), (2, "beto"), (4, "=cmd"), (5, "dani"), (6, "eva")]


def test_sin_intentar_va_detras_de_quien_lo_intento():
    from verificador.aula.modelo import SIN_INTENTAR, EstadoCaso

    vacio = _alumno("aaa-vacio", [_caso(1, SIN_INTENTAR), _caso(2, SIN_INTENTAR)])
    fallo = _alumno("zzz-fallo", [_caso(1, "carrera"), _caso(2, SIN_INTENTAR)], pistas=3,
                    fallidos=7)
    nada = _alumno("mmm-nada", [_caso(1, SIN_ENTREGA), _caso(2, SIN_ENTREGA)])
    assert [(x.alumno, x.puesto) for x in aula.clasificar([vacio, fallo, nada])] == [
        ("zzz-fallo", 1), ("aaa-vacio", 2), ("mmm-nada", 2)]
    assert vacio.sin_trabajo and nada.sin_trabajo and not fallo.sin_trabajo
    assert fallo.caso(1).estado is EstadoCaso.CON_FALLO
    assert fallo.caso(2).estado is EstadoCaso.SIN_INTENTAR
    assert vacio.caso(1).resumen == "Sin intentar: los archivos son los originales del caso."


@pytest.mark.parametrize(("veredicto", "estado"), [
    ("aprobado", "aprobado"), ("carrera", "con_fallo"), ("bucle_bloqueado", "con_fallo"),
    ("sin_concurrencia", "sin_concurrencia"), ("trampa", "trampa"),
    ("presupuesto_agotado", "no_concluyente"), ("no_modelado", "no_concluyente"),
    ("error_interno", "no_concluyente"), ("sin_intentar", "sin_intentar"),
    ("sin_entrega", "sin_entrega")])
def test_estado_de_cada_veredicto(veredicto, estado):
    assert _caso(1, veredicto).estado.value == estado


def test_desempata_por_pistas_y_luego_por_fallidos():
    a = _alumno("a", [_caso(1, "aprobado", 50)], pistas=2, fallidos=0)
    b = _alumno("b", [_caso(1, "aprobado", 50)], pistas=1, fallidos=9)
    c = _alumno("c", [_caso(1, "aprobado", 50)], pistas=1, fallidos=2)
    assert [(x.alumno, x.puesto) for x in aula.clasificar([a, b, c])] == [
        ("c", 1), ("b", 2), ("a", 3)]


# -- formatos -------------------------------------------------------------------------------


def test_csv_una_fila_por_alumno_una_columna_por_caso_y_total():
    filas = list(csv.DictReader(io.StringIO(a_csv(calificacion_ejemplo()))))
    assert list(filas[0]) == ["puesto", "alumno", "puntos", "aprobados", "con_fallo",
                              "sin_intentar", "pistas", "intentos_fallidos", "situacion",
                              "01_uno", "02_dos", "total", "01_uno_estado", "02_dos_estado"]
    por_alumno = {f["alumno"]: f for f in filas}
    assert por_alumno["ana"]["02_dos"] == "80" and por_alumno["ana"]["total"] == "130"
    assert por_alumno["ana"]["puesto"] == por_alumno["beto"]["puesto"] == "2"
    assert por_alumno["eva"]["situacion"] == "zip_peligroso"
    assert "'=cmd" in por_alumno  # sin fórmulas en la hoja de cálculo


def test_json_con_los_campos_documentados():
    datos = json.loads(a_json(calificacion_ejemplo()))
    assert {"version", "momento", "semilla", "puntos_maximos", "retos", "alumnos"} <= set(datos)
    assert datos["puntos_maximos"] == 150
    ana = next(a for a in datos["alumnos"] if a["alumno"] == "ana")
    assert {"puesto", "situacion", "puntos", "pistas", "intentos_fallidos", "casos"} <= set(ana)
    caso = ana["casos"][1]
    assert caso["veredicto"] == "aprobado" and caso["descuento_pistas"] == 20
    assert caso["repetir"] == "verificar reto 2 --semilla 7"


def test_junit_xml_valido_con_fallos_errores_y_omitidos():
    raiz = ET.fromstring(a_junit(calificacion_ejemplo()))
    assert raiz.tag == "testsuites"
    suites = {s.get("name"): s for s in raiz.iter("testsuite")}
    assert suites["=cmd"].get("failures") == "1"
    fallo = suites["=cmd"].find("testcase[@name='02_dos']/failure")
    assert fallo is not None and fallo.get("type") == "carrera"
    assert "Obtenido: 7?" in fallo.text  # el carácter de control no rompe el XML
    assert suites["dani"].get("errors") == "1" and suites["dani"].get("failures") == "1"
    assert suites["eva"].get("skipped") == "2"
    assert int(raiz.get("tests")) == 12
    propiedades = {p.get("name"): p.get("value") for p in suites["ana"].iter("property")}
    assert propiedades["puntos"] == "130" and propiedades["puesto"] == "2"


def test_gradescope_results_json():
    c = calificacion_ejemplo()
    ana = next(a for a in c.alumnos if a.alumno == "ana")
    datos = json.loads(a_gradescope(c, ana))
    assert datos["score"] == 130 and datos["max_score"] == 150
    assert [t["status"] for t in datos["tests"]] == ["passed", "passed"]
    for prueba in datos["tests"]:
        assert {"name", "score", "max_score", "status", "output"} <= set(prueba)
    assert sum(t["score"] for t in datos["tests"]) == datos["score"]
    tablero = {e["name"]: e for e in datos["leaderboard"]}
    assert tablero["Puntos"] == {"name": "Puntos", "value": 130, "order": "desc"}
    assert tablero["Pistas"]["order"] == "asc"


def test_classroom_base64():
    c = calificacion_ejemplo()
    por_nombre = {a.alumno: a for a in c.alumnos}
    datos = json.loads(base64.b64decode(a_classroom(c, por_nombre["=cmd"])).decode("utf-8"))
    assert datos["version"] == 1 and datos["max_score"] == 150 and datos["status"] == "fail"
    assert [t["status"] for t in datos["tests"]] == ["pass", "fail"]
    assert all({"name", "status", "score", "message", "test_code"} <= set(t)
               for t in datos["tests"])
    assert datos["tests"][1]["test_code"] == "verificar reto 2 --semilla 7"
    completo = json.loads(base64.b64decode(a_classroom(c, por_nombre["carla"])))
    assert completo["status"] == "pass"
    assert json.loads(base64.b64decode(a_classroom(c, por_nombre["dani"])))["status"] == "error"


def test_html_autocontenido_y_escapado():
    pagina = a_html(calificacion_ejemplo())
    assert "http://" not in pagina and "https://" not in pagina and "<script" not in pagina
    assert "Dos &lt;b&gt;" in pagina and "Dos <b>" not in pagina
    assert 'aria-label="Oro"' in pagina


def test_escribir_salidas_crea_cada_formato(tmp_path: Path):
    c = calificacion_ejemplo()
    rutas = escribir_salidas(c, tmp_path, aula.FORMATOS)
    nombres = {r.relative_to(tmp_path).as_posix() for r in rutas}
    assert {"calificaciones.csv", "calificaciones.json", "junit.xml", "clasificacion.html",
            "gradescope/ana/results.json", "classroom/ana.b64", "gradescope/cmd/results.json"
            } <= nombres
    assert "results.json" not in nombres  # solo con una entrega


# -- entregas y zips -------------------------------------------------------------------------


def _zip(ruta: Path, entradas: dict[str, bytes], enlaces: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(ruta, "w", zipfile.ZIP_DEFLATED) as z:
        for nombre, datos in entradas.items():
            z.writestr(nombre, datos)
        for nombre in enlaces:
            info = zipfile.ZipInfo(nombre)
            info.external_attr = (0o120777 << 16)
            z.writestr(info, "/etc/passwd")
    return ruta


def test_zip_con_subcarpeta_se_abre(tmp_path: Path):
    origen = _zip(tmp_path / "ana.zip", {"taller/verificador.toml": b"",
                                          "taller/retos/02_x/banco.py": b"x = 1\n",
                                          "taller/otro/grande.bin": b"0" * 10})
    entrega = abrir_entrega(origen, tmp_path / "t")
    assert entrega.alumno == "ana" and entrega.situacion is Situacion.VALIDA
    assert (entrega.raiz / "retos/02_x/banco.py").read_bytes() == b"x = 1\n"
    assert not (entrega.raiz / "otro").exists()  # solo se copia lo que se usa


@pytest.mark.parametrize(
    ("entradas", "enlaces", "situacion", "texto"),
    [
        ({"verificador.toml": b"", "../../fuera.py": b"x"}, (), Situacion.ZIP_PELIGROSO, ".."),
        ({"verificador.toml": b"", "/etc/x.py": b"x"}, (), Situacion.ZIP_PELIGROSO, "absoluta"),
        ({"verificador.toml": b""}, ("retos/02_x/banco.py",), Situacion.ZIP_PELIGROSO,
         "enlace simbólico"),
        ({"verificador.toml": b"", "retos/02_x/b.py": b"\0" * (8 * 1024 * 1024)}, (),
         Situacion.ZIP_PELIGROSO, "bomba"),
        ({"leeme.txt": b"hola"}, (), Situacion.NO_ES_ESPACIO, "verificador.toml"),
        ({"a/verificador.toml": b"", "b/verificador.toml": b""}, (), Situacion.NO_ES_ESPACIO,
         "varios"),
    ],
)
def test_zips_peligrosos_o_raros(tmp_path: Path, entradas, enlaces, situacion, texto):
    entrega = abrir_entrega(_zip(tmp_path / "x.zip", entradas, enlaces), tmp_path / "t")
    assert entrega.situacion is situacion
    assert texto in (entrega.motivo or "")
    assert not (tmp_path.parent / "fuera.py").exists()


def test_zip_danado(tmp_path: Path):
    (tmp_path / "x.zip").write_bytes(b"PK\x03\x04esto no es un zip")
    entrega = abrir_entrega(tmp_path / "x.zip", tmp_path / "t")
    assert entrega.situacion is Situacion.ZIP_INVALIDO


def test_descubrir_ignora_ocultos_y_sueltos(tmp_path: Path):
    (tmp_path / "ana").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "notas.csv").write_text("x")
    _zip(tmp_path / "beto.zip", {"verificador.toml": b""})
    entradas, ignorados = descubrir_entregas(tmp_path)
    assert [e.name for e in entradas] == ["ana", "beto.zip"] and ignorados == ["notas.csv"]


# -- el progreso declarado solo resta --------------------------------------------------------


def _espacio_con_progreso(tmp_path: Path) -> Path:
    raiz = tmp_path / "espacio"
    (raiz / ".verificador").mkdir(parents=True)
    return raiz


def test_declaracion_costes_del_catalogo_y_pistas_tras_aprobar(tmp_path: Path):
    raiz = _espacio_con_progreso(tmp_path)
    reto = CATALOGO.obtener(2)
    with Progreso.del_espacio(raiz / ".verificador") as progreso:
        progreso.registrar_intento(reto, veredicto="carrera", semilla=1, repeticiones=1,
                                   duracion_s=1.0)
        progreso.revelar_pista(reto, 0)
        progreso.registrar_intento(reto, veredicto="aprobado", semilla=1, repeticiones=1,
                                   duracion_s=1.0)
        progreso.revelar_pista(reto, 1)  # tras aprobar: gratis según la regla
    # Falsificación: costes a 0 y una pista repetida. Los costes salen del catálogo.
    conexion = sqlite3.connect(raiz / ".verificador" / "progreso.sqlite3")
    conexion.execute("UPDATE eventos SET coste = 0, puntos = 99999")
    conexion.commit()
    conexion.close()
    declaracion = leer_declaracion(raiz, CATALOGO.retos, tmp_path / "t")
    assert declaracion.estado == "leido"
    eventos = declaracion.eventos[reto.nombre]
    assert [e.coste for e in eventos if e.tipo == "pista"] == [
        reto.pistas[0].coste, reto.pistas[1].coste]


@pytest.mark.parametrize("contenido", [b"esto no es sqlite", b""])
def test_declaracion_ilegible_se_ignora(tmp_path: Path, contenido):
    raiz = _espacio_con_progreso(tmp_path)
    (raiz / ".verificador" / "progreso.sqlite3").write_bytes(contenido)
    declaracion = leer_declaracion(raiz, CATALOGO.retos, tmp_path / "t")
    assert declaracion.estado == "ilegible" and declaracion.eventos == {}
    assert (raiz / ".verificador" / "progreso.sqlite3").read_bytes() == contenido  # intacta


def test_superficie_publica():
    assert set(aula.__all__) == {
        "FORMATOS", "SIN_ENTREGA", "Avance", "Calificacion", "ErrorCalificar", "ResultadoAlumno",
        "ResultadoCaso", "RetoCalificado", "Situacion", "calificar", "clasificar",
        "clave_clasificacion", "escribir_salidas", "juzgar_caso", "semilla_caso"}
    assert aula.FORMATOS == ("csv", "json", "junit", "gradescope", "classroom", "html", "github",
                             "prairielearn")


def test_calificar_entrega_sin_tocar_va_ultima_y_no_se_juzga(runner, tmp_path, catalogo_falso):
    """Una entrega con los originales tal cual: «sin intentar», detrás de quien falló."""
    from conftest import CONTADOR_ROTO

    from verificador.casos import FuenteCatalogo, cargar_catalogo
    from verificador.cli import verificar
    from verificador.espacio import iniciar

    catalogo = cargar_catalogo(FuenteCatalogo(catalogo_falso / "retos",
                                              catalogo_falso / "soluciones", "prueba"))
    entregas = tmp_path / "entregas"
    iniciar(entregas / "aaa-vacio", catalogo)
    iniciar(entregas / "zzz-lo-intento", catalogo)
    (entregas / "zzz-lo-intento" / "retos" / "01_suma_perdida" / "contador.py").write_text(
        CONTADOR_ROTO + "\n# mi intento\n", encoding="utf-8")
    salida = tmp_path / "salida"
    resultado = runner.invoke(verificar, [
        "calificar", str(entregas), "--retos", str(catalogo_falso), "--semilla", "3",
        "--formato", "json", "--salida", str(salida)])
    assert resultado.exit_code == 0, (resultado.stdout, resultado.stderr)
    datos = json.loads(resultado.stdout)
    assert [(a["alumno"], a["puesto"], a["sin_trabajo"]) for a in datos["alumnos"]] == [
        ("zzz-lo-intento", 1, False), ("aaa-vacio", 2, True)]
    intento, vacio = datos["alumnos"]
    assert [c["estado"] for c in intento["casos"]] == ["con_fallo", "sin_intentar"]
    assert [c["estado"] for c in vacio["casos"]] == ["sin_intentar", "sin_intentar"]
    assert vacio["casos"][0]["semilla"] is None  # no se juzgó: no hay nada que repetir
    filas = {f["alumno"]: f for f in csv.DictReader(
        io.StringIO((salida / "calificaciones.csv").read_text(encoding="utf-8")))}
    assert filas["aaa-vacio"]["01_suma_perdida_estado"] == "sin_intentar"
    assert filas["zzz-lo-intento"]["01_suma_perdida_estado"] == "con_fallo"
    pagina = (salida / "clasificacion.html").read_text(encoding="utf-8")
    assert 'class="sin-trabajo" data-alumno="aaa-vacio"' in pagina
    assert 'class="marca vacio" title="sin intentar: ' in pagina


def test_en_serie_no_es_trampa_ni_en_html_ni_en_la_terminal():
    from rich.console import Console

    from verificador.informe import Pintor
    from verificador.informe_aula import PintorAula

    honesto = _alumno("honesto", [_caso(1, "sin_concurrencia"), _caso(2, "presupuesto_agotado")])
    c = Calificacion(retos=list(RETOS), alumnos=aula.clasificar([honesto]), semilla=1,
                     momento="2025-05-01T10:00:00+00:00", trabajos=1, duracion_s=1.0,
                     catalogo="/cat")
    pagina = a_html(c)
    assert 'class="marca serie" title="en serie (sin concurrencia)' in pagina
    assert 'class="marca duda" title="no concluyente' in pagina
    assert "marca trampa" not in pagina.split("<footer>")[0]
    salida = io.StringIO()
    PintorAula(Pintor(Console(file=salida, width=100, color_system=None))).clasificacion(c)
    texto = salida.getvalue()
    fila = next(linea for linea in texto.splitlines() if "honesto" in linea)
    assert "≡" in fila and "?" in fila and "T" not in fila.replace("honesto", "")
    assert "≡ sin concurrencia (en serie)" in texto and "○ sin intentar" in texto


# -- plataformas: GitHub Actions y PrairieLearn ----------------------------------------------

# Los campos documentados de results.json del calificador externo de PrairieLearn.
CAMPOS_PRAIRIELEARN = {"gradable", "score", "message", "output", "tests"}
CAMPOS_PRUEBA_PRAIRIELEARN = {"name", "description", "points", "max_points", "message", "output"}


def test_prairielearn_results_json():
    from verificador.aula.plataformas import a_prairielearn

    c = calificacion_ejemplo()
    por_nombre = {a.alumno: a for a in c.alumnos}
    datos = json.loads(a_prairielearn(c, por_nombre["ana"]))
    assert set(datos) == CAMPOS_PRAIRIELEARN
    assert datos["gradable"] is True and datos["score"] == round(130 / 150, 4)
    assert isinstance(datos["message"], str) and "130 de 150 puntos" in datos["message"]
    for prueba in datos["tests"]:
        assert set(prueba) == CAMPOS_PRUEBA_PRAIRIELEARN
        assert 0 <= prueba["points"] <= prueba["max_points"]
    assert sum(t["points"] for t in datos["tests"]) == 130
    roto = json.loads(a_prairielearn(c, por_nombre["eva"]))  # zip peligroso
    assert roto["gradable"] is False and roto["score"] == 0.0
    interno = json.loads(a_prairielearn(c, por_nombre["dani"]))  # error_interno: no cuenta
    assert interno["gradable"] is False
    fallo = json.loads(a_prairielearn(c, por_nombre["=cmd"]))
    assert fallo["gradable"] is True and 0 < fallo["score"] < 1
    assert "Para repetirlo: verificar reto 2 --semilla 7" in fallo["tests"][1]["output"]


# `::nivel propiedad=valor,...::mensaje`, con el escape de los workflow commands de Actions.
ANOTACION = re.compile(r"^::(error|warning|notice) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)::(.*)$")


def test_anotaciones_de_github_actions():
    from verificador.aula.plataformas import anotaciones_github

    c = calificacion_ejemplo()
    solo = Calificacion(retos=c.retos, alumnos=[a for a in c.alumnos if a.alumno == "=cmd"],
                        semilla=11, momento=c.momento, trabajos=1, duracion_s=1.0, catalogo="/c")
    lineas = anotaciones_github(solo, {1: "uno.py", 2: "dos.py"}).splitlines()
    assert len(lineas) == 1  # el reto 1 está aprobado: no se anota
    coincide = ANOTACION.match(lineas[0])
    assert coincide is not None, lineas[0]
    nivel, propiedades, mensaje = coincide.groups()
    props = dict(p.split("=", 1) for p in propiedades.split(","))
    assert nivel == "error"
    assert props["file"] == "retos/02_dos/dos.py" and "line" not in props
    assert props["title"].startswith("Reto 2%3A Dos")  # «:» escapado en una propiedad
    assert mensaje == ("Se perdieron depósitos%0AEsperado: 10%0AObtenido: 7?%0APara repetirlo: "
                       "verificar reto 2 --semilla 7")
    todos = anotaciones_github(c).splitlines()
    assert any(l.startswith("::error file=dani/retos/01_uno/,title=") for l in todos)  # trampa
    assert all(ANOTACION.match(l) for l in todos)


def test_resumen_de_github_en_markdown():
    from verificador.aula.plataformas import resumen_github

    texto = resumen_github(calificacion_ejemplo())
    assert texto.startswith("## verificador: calificación\n")
    assert "| | Reto | Estado | Puntos | Qué pasó |" in texto
    assert "| ❌ | 2. Dos &lt;b&gt; |" not in texto  # Markdown, no HTML: sin escapar de más
    assert "| ⛔ | 1. Uno | trampa | 0/50 |" in texto
    assert "`verificar reto 2 --semilla 7`" in texto


def test_calificar_con_formato_github_escribe_el_resumen(runner, tmp_path, catalogo_falso,
                                                         monkeypatch):
    from verificador.casos import FuenteCatalogo, cargar_catalogo
    from verificador.cli import verificar
    from verificador.espacio import iniciar

    catalogo = cargar_catalogo(FuenteCatalogo(catalogo_falso / "retos",
                                              catalogo_falso / "soluciones", "prueba"))
    repo = tmp_path / "repo"
    iniciar(repo, catalogo)
    (repo / "retos" / "01_suma_perdida" / "contador.py").write_text(
        "def main(n_hilos=3):\n    return 5\n", encoding="utf-8")
    resumen = tmp_path / "resumen.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(resumen))
    resultado = runner.invoke(verificar, ["calificar", str(repo), "--retos", str(catalogo_falso),
                                          "--semilla", "2", "--formato", "github",
                                          "--reto", "1"])
    assert resultado.exit_code == 0, (resultado.stdout, resultado.stderr)
    lineas = resultado.stdout.splitlines()
    assert len(lineas) == 1 and ANOTACION.match(lineas[0])
    assert lineas[0].startswith("::error file=retos/01_suma_perdida/contador.py,title=Reto 1%3A")
    texto = resumen.read_text(encoding="utf-8")
    assert "**0 de 100 puntos** · 0 de 1 retos aprobados" in texto  # solo el reto 1
    assert "| ❌ | 1. Reto de prueba 1 | con fallo | 0/100 |" in texto


def test_escribir_salidas_de_plataformas(tmp_path: Path):
    c = calificacion_ejemplo()
    rutas = escribir_salidas(c, tmp_path, ("github", "prairielearn"))
    nombres = {r.relative_to(tmp_path).as_posix() for r in rutas}
    assert {"github/resumen.md", "github/anotaciones.txt", "prairielearn/ana/results.json"
            } <= nombres


def test_los_ejemplos_de_la_documentacion_tienen_los_campos_que_se_escriben():
    """docs/plataformas.md: el results.json de PrairieLearn y la anotación del ejemplo."""
    raiz = Path(__file__).resolve().parent.parent
    texto = (raiz / "docs" / "plataformas.md").read_text(encoding="utf-8")
    bloques = re.findall(r"```json\n(.*?)```", texto, re.S)
    ejemplo = json.loads(bloques[0])
    assert set(ejemplo) == CAMPOS_PRAIRIELEARN
    assert all(set(t) == CAMPOS_PRUEBA_PRAIRIELEARN for t in ejemplo["tests"])
    assert isinstance(ejemplo["gradable"], bool) and 0 <= ejemplo["score"] <= 1
    anotacion = next(l.strip() for l in texto.splitlines() if l.strip().startswith("::error"))
    assert ANOTACION.match(anotacion)
    flujo = (raiz / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    assert "verificar calificar . --formato github" in flujo
