"""Un veredicto dice qué probó: los parámetros de cada repetición llegan del juez al
informe (`InformeReto.parametros`), a `verificar reto N --formato json` y al progreso
(columna `parametros`, esquema 2, con migración de las bases de la versión 1).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from verificador.casos import FuenteCatalogo, Reto, cargar_catalogo
from verificador.cli import verificar
from verificador.ejecucion.reto import parametros_del_informe
from verificador.intercambio import leer_exportacion
from verificador.progreso import VERSION_ESQUEMA, ErrorProgreso, Progreso

RAIZ = Path(__file__).resolve().parent.parent

# El esquema 1 tal cual se publicó (sin `parametros`): las bases viejas se migran.
ESQUEMA_1 = """
CREATE TABLE eventos (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uid          TEXT NOT NULL UNIQUE,
    momento      TEXT NOT NULL,
    reto         TEXT NOT NULL,
    numero       INTEGER NOT NULL,
    tipo         TEXT NOT NULL CHECK (tipo IN ('intento', 'pista', 'rendicion')),
    veredicto    TEXT,
    semilla      INTEGER,
    repeticiones INTEGER,
    duracion_s   REAL,
    puntos       INTEGER,
    indice       INTEGER,
    coste        INTEGER
);
"""

PROBADOS = [{"repeticion": 1, "semilla": 11, "n_hilos": 3, "depositos": 40},
            {"repeticion": 2, "semilla": 12, "n_hilos": 2, "depositos": 17}]


@pytest.fixture
def retos(catalogo_falso: Path) -> tuple[Reto, ...]:
    fuente = FuenteCatalogo(catalogo_falso / "retos", catalogo_falso / "soluciones", "prueba")
    return cargar_catalogo(fuente).retos


def _base_version_1(ruta: Path, reto: Reto) -> None:
    conexion = sqlite3.connect(ruta)
    conexion.executescript(ESQUEMA_1)
    conexion.execute(
        "INSERT INTO eventos (uid, momento, reto, numero, tipo, veredicto, semilla, repeticiones,"
        " duracion_s, puntos) VALUES ('viejo', '2026-01-01T10:00:00.000000+00:00', ?, ?, "
        "'intento', 'aprobado', 7, 2, 1.5, ?)", (reto.nombre, reto.numero, reto.puntos))
    conexion.execute("PRAGMA user_version = 1")
    conexion.commit()
    conexion.close()


def test_parametros_del_informe_solo_toma_objetos() -> None:
    assert parametros_del_informe(None) == []
    assert parametros_del_informe({"parametros": "no es una lista"}) == []
    assert parametros_del_informe({"parametros": [PROBADOS[0], 3, "x", PROBADOS[1]]}) == PROBADOS


def test_un_intento_guarda_sus_parametros(tmp_path, retos) -> None:
    reto = retos[0]
    with Progreso(tmp_path / "p.sqlite3") as progreso:
        progreso.registrar_intento(reto, veredicto="aprobado", semilla=5, repeticiones=2,
                                   duracion_s=0.3, parametros=PROBADOS)
        progreso.registrar_intento(reto, veredicto="carrera", semilla=6, repeticiones=2,
                                   duracion_s=0.3)
        aprobado, sin_parametros = progreso.registros(reto.nombre)
    assert aprobado.parametros_probados() == PROBADOS
    assert sin_parametros.parametros is None and sin_parametros.parametros_probados() == []


def test_una_base_de_la_version_1_se_migra_sin_perder_nada(tmp_path, retos) -> None:
    reto = retos[0]
    ruta = tmp_path / "p.sqlite3"
    _base_version_1(ruta, reto)
    with Progreso(ruta) as progreso:
        (viejo,) = progreso.registros(reto.nombre)
        assert (viejo.uid, viejo.veredicto, viejo.semilla, viejo.puntos) == (
            "viejo", "aprobado", 7, reto.puntos)
        assert viejo.parametros_probados() == []
        # El aprobado viejo sigue contando: un segundo aprobado no da puntos otra vez.
        assert progreso.registrar_intento(reto, veredicto="aprobado", semilla=8, repeticiones=2,
                                          duracion_s=0.2, parametros=PROBADOS) == 0
        nuevo = progreso.registros(reto.nombre)[-1]
        assert nuevo.parametros_probados() == PROBADOS
    conexion = sqlite3.connect(ruta)
    try:
        assert conexion.execute("PRAGMA user_version").fetchone()[0] == VERSION_ESQUEMA == 2
    finally:
        conexion.close()
    with Progreso(ruta) as progreso:  # abrir otra vez una base ya migrada no cambia nada
        assert len(progreso.registros()) == 2


def test_una_base_vieja_en_solo_lectura_se_lee_sin_migrar(tmp_path, retos) -> None:
    reto = retos[0]
    ruta = tmp_path / "p.sqlite3"
    _base_version_1(ruta, reto)
    progreso = Progreso.__new__(Progreso)  # como la deja `_abrir_solo_lectura`
    progreso._conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        (viejo,) = progreso.registros()
        assert viejo.uid == "viejo" and viejo.parametros is None
    finally:
        progreso._conexion.close()


def test_exportar_e_importar_conservan_los_parametros(tmp_path, retos) -> None:
    reto = retos[0]
    with Progreso(tmp_path / "a.sqlite3") as origen:
        origen.registrar_intento(reto, veredicto="aprobado", semilla=5, repeticiones=2,
                                 duracion_s=0.3, parametros=PROBADOS)
        origen.exportar(tmp_path / "exportado.json")
    with Progreso(tmp_path / "b.sqlite3") as destino:
        assert destino.importar(tmp_path / "exportado.json", retos) == 1
        (registro,) = destino.registros()
    assert registro.parametros_probados() == PROBADOS
    # Un export de antes (sin la clave) se importa; uno con parametros que no son una
    # lista JSON no se importa.
    datos = json.loads((tmp_path / "exportado.json").read_text(encoding="utf-8"))
    del datos["eventos"][0]["parametros"]
    (tmp_path / "viejo.json").write_text(json.dumps(datos), encoding="utf-8")
    assert leer_exportacion(tmp_path / "viejo.json", retos)[0].parametros is None
    datos["eventos"][0]["parametros"] = "{no es json"
    (tmp_path / "malo.json").write_text(json.dumps(datos), encoding="utf-8")
    with pytest.raises(ErrorProgreso, match=r"^el evento 1 de .* está mal formado \(campo "
                       r"parametros\); no he importado nada$"):
        leer_exportacion(tmp_path / "malo.json", retos)


def test_verificar_reto_json_y_progreso_dicen_que_probo_cada_repeticion(
        runner, tmp_path, monkeypatch) -> None:
    """De punta a punta con el juez real del reto 2 y su solución."""
    monkeypatch.delenv("VERIFICADOR_RETOS", raising=False)
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(verificar, ["iniciar", "taller"]).exit_code == 0
    taller = tmp_path / "taller"
    monkeypatch.chdir(taller)
    nombre = "02_saldo_que_se_evapora"
    for archivo in (RAIZ / "soluciones" / nombre).iterdir():
        shutil.copy(archivo, taller / "retos" / nombre / archivo.name)
    resultado = runner.invoke(verificar, ["reto", "2", "--semilla", "9", "--formato", "json"])
    assert resultado.exit_code == 0, (resultado.stdout, resultado.stderr)
    salida = json.loads(resultado.stdout)
    assert salida["veredicto"] == "aprobado"
    parametros = salida["parametros"]
    assert [p["repeticion"] for p in parametros] == list(range(1, salida["repeticiones"] + 1))
    assert len({p["semilla"] for p in parametros}) == len(parametros)
    for p in parametros:
        assert {"n_hilos", "depositos", "cantidad"} <= set(p)
    with Progreso(taller / ".verificador" / "progreso.sqlite3") as progreso:
        (intento,) = progreso.registros(nombre)
    assert intento.parametros_probados() == parametros


def test_calificar_json_muestra_al_docente_lo_que_probo_cada_caso(retos) -> None:
    from verificador.aula.calificador import _caso_juzgado
    from verificador.ejecucion import InformeReto
    from verificador.veredictos import Veredicto

    informe = InformeReto(veredicto=Veredicto.APROBADO, evidencia=None, repeticiones=2,
                          repeticiones_pedidas=2, planificaciones=60, semilla=7,
                          semilla_repeticion=None, duracion_s=1.0, salida="",
                          parametros=PROBADOS)
    assert informe.a_dict()["parametros"] == PROBADOS
    caso = _caso_juzgado(retos[0], 7, informe).a_dict()
    assert caso["veredicto"] == "aprobado" and caso["parametros"] == PROBADOS
