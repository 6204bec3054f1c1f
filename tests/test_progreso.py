"""Regla de puntos y progreso en SQLite: daños, concurrencia, exportar e importar."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from verificador.casos import FuenteCatalogo, Reto, cargar_catalogo
from verificador.progreso import (
    VERSION_ESQUEMA,
    ErrorProgreso,
    Progreso,
    tiempo_dedicado,
)
from verificador.puntuacion import Estado, Evento, coste_pendiente, puntuar

# -- la regla de puntos -------------------------------------------------------------------


def _t(segundo: int) -> str:
    return f"2026-01-01T10:00:{segundo:02d}.000000+00:00"


def test_sin_eventos_pendiente():
    cuenta = puntuar(100, [])
    assert (cuenta.estado, cuenta.puntos, cuenta.intentos) == (Estado.PENDIENTE, 0, 0)


def test_aprobado_sin_pistas_da_todo():
    eventos = [Evento("intento", _t(1), "carrera"), Evento("intento", _t(2), "aprobado")]
    cuenta = puntuar(100, eventos)
    assert (cuenta.estado, cuenta.puntos, cuenta.intentos) == (Estado.RESUELTO, 100, 2)


def test_pistas_antes_restan_y_despues_no():
    eventos = [
        Evento("pista", _t(1), coste=10),
        Evento("intento", _t(2), "carrera"),
        Evento("pista", _t(3), coste=20),
        Evento("intento", _t(4), "aprobado"),
        Evento("pista", _t(5), coste=30),
        Evento("intento", _t(6), "aprobado"),
    ]
    cuenta = puntuar(100, eventos)
    assert (cuenta.estado, cuenta.puntos, cuenta.pistas, cuenta.coste_pistas) == (
        Estado.RESUELTO, 70, 3, 30)
    assert cuenta.momento_aprobado == _t(4)


def test_nunca_negativo():
    eventos = [Evento("pista", _t(1), coste=80), Evento("pista", _t(2), coste=80),
               Evento("intento", _t(3), "aprobado")]
    assert puntuar(100, eventos).puntos == 0


def test_rendirse_antes_de_aprobar_es_para_siempre():
    eventos = [Evento("rendicion", _t(1)), Evento("intento", _t(2), "aprobado")]
    cuenta = puntuar(100, eventos)
    assert (cuenta.estado, cuenta.puntos) == (Estado.RENDIDO, 0)


def test_rendirse_despues_de_aprobar_no_quita_nada():
    eventos = [Evento("intento", _t(1), "aprobado"), Evento("rendicion", _t(2))]
    cuenta = puntuar(100, eventos)
    assert (cuenta.estado, cuenta.puntos) == (Estado.RESUELTO, 100)


def test_fallos_tras_aprobar_no_quitan_puntos():
    eventos = [Evento("intento", _t(1), "aprobado"), Evento("intento", _t(2), "carrera")]
    assert puntuar(100, eventos).puntos == 100


def test_intentado_sin_aprobar():
    assert puntuar(100, [Evento("intento", _t(1), "interbloqueo")]).estado is Estado.INTENTADO
    assert puntuar(100, [Evento("pista", _t(1), coste=5)]).estado is Estado.INTENTADO


def test_el_orden_de_llegada_no_importa():
    eventos = [Evento("intento", _t(3), "aprobado"), Evento("pista", _t(1), coste=15),
               Evento("pista", _t(5), coste=40)]
    assert puntuar(100, eventos) == puntuar(100, list(reversed(eventos)))
    assert puntuar(100, eventos).puntos == 85


def test_coste_pendiente():
    assert coste_pendiente(puntuar(100, []), 20) == 20
    assert coste_pendiente(puntuar(100, [Evento("intento", _t(1), "aprobado")]), 20) == 0
    assert coste_pendiente(puntuar(100, [Evento("rendicion", _t(1))]), 20) == 0


def test_tipo_desconocido():
    with pytest.raises(ValueError, match="tipo de evento desconocido"):
        puntuar(100, [Evento("soborno", _t(1))])


# -- progreso en SQLite -------------------------------------------------------------------


@pytest.fixture
def retos(catalogo_falso: Path) -> tuple[Reto, ...]:
    fuente = FuenteCatalogo(catalogo_falso / "retos", catalogo_falso / "soluciones", "prueba")
    return cargar_catalogo(fuente).retos


def test_registrar_y_puntuar(tmp_path, retos):
    reto = retos[0]
    with Progreso(tmp_path / "p.sqlite3") as progreso:
        assert progreso.revelar_pista(reto, 0) is True
        assert progreso.revelar_pista(reto, 0) is False  # la misma pista no se cobra dos veces
        assert progreso.registrar_intento(reto, veredicto="carrera", semilla=1, repeticiones=2,
                                          duracion_s=0.5) == 0
        assert progreso.registrar_intento(reto, veredicto="aprobado", semilla=2, repeticiones=2,
                                          duracion_s=0.5) == 90
        assert progreso.registrar_intento(reto, veredicto="aprobado", semilla=3, repeticiones=2,
                                          duracion_s=0.5) == 0
        assert progreso.pistas_reveladas(reto) == [0]
        cuenta = progreso.puntuacion(reto)
        assert (cuenta.estado, cuenta.puntos, cuenta.intentos) == (Estado.RESUELTO, 90, 3)
        registros = progreso.registros(reto.nombre)
        assert [r.tipo for r in registros] == ["pista", "intento", "intento", "intento"]
        assert registros[2].semilla == 2
        assert registros[2].puntos == 90
    conexion = sqlite3.connect(tmp_path / "p.sqlite3")
    try:
        assert conexion.execute("PRAGMA user_version").fetchone()[0] == VERSION_ESQUEMA
        assert conexion.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conexion.close()


@pytest.mark.parametrize(
    "contenido",
    [b"esto no es una base de datos" * 50, b"SQLite format 3\x00" + b"\xff" * 600],
    ids=["texto", "cabecera-rota"],
)
def test_archivo_danado_se_aparta_sin_borrar(tmp_path, contenido):
    ruta = tmp_path / ".verificador" / "progreso.sqlite3"
    ruta.parent.mkdir()
    ruta.write_bytes(contenido)
    with pytest.raises(ErrorProgreso, match=r"^el archivo de progreso .*progreso\.sqlite3 está "
                       r"dañado o no es una base SQLite \(.*\); lo he apartado como "
                       r".*progreso\.sqlite3\.dañado-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d sin borrar "
                       r"nada\. Vuelve a ejecutar la orden"):
        Progreso(ruta)
    apartados = list(ruta.parent.glob("progreso.sqlite3.dañado-*"))
    assert len(apartados) == 1
    assert apartados[0].read_bytes() == contenido
    assert not ruta.exists()
    with Progreso(ruta) as progreso:  # la siguiente vez empieza de cero
        assert progreso.registros() == []


def test_esquema_mas_nuevo_se_rechaza_sin_tocarlo(tmp_path):
    ruta = tmp_path / "p.sqlite3"
    conexion = sqlite3.connect(ruta)
    conexion.execute(f"PRAGMA user_version = {VERSION_ESQUEMA + 1}")
    conexion.close()
    with pytest.raises(ErrorProgreso, match=r"versión más nueva de verificador .*actualiza"):
        Progreso(ruta)
    assert ruta.exists()
    assert not list(tmp_path.glob("*dañado*"))


def _escritor(ruta: str, catalogo: str, n: int) -> None:
    fuente = FuenteCatalogo(Path(catalogo) / "retos", Path(catalogo) / "soluciones", "prueba")
    reto = cargar_catalogo(fuente).retos[0]
    for i in range(n):
        with Progreso(Path(ruta)) as progreso:
            progreso.registrar_intento(reto, veredicto="carrera", semilla=i, repeticiones=1,
                                       duracion_s=0.01)


def test_escritores_concurrentes_no_pierden_ni_corrompen(tmp_path, catalogo_falso, retos):
    ruta = tmp_path / "p.sqlite3"
    contexto = multiprocessing.get_context("spawn")
    procesos = [contexto.Process(target=_escritor, args=(str(ruta), str(catalogo_falso), 25))
                for _ in range(4)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join(60)
    assert [p.exitcode for p in procesos] == [0, 0, 0, 0]
    with Progreso(ruta) as progreso:
        assert len(progreso.registros()) == 100
        assert progreso.puntuacion(retos[0]).intentos == 100


def test_exportar_importar_fusiona_sin_duplicados(tmp_path, retos):
    uno, dos = retos
    with Progreso(tmp_path / "a.sqlite3") as a:
        a.revelar_pista(uno, 0)
        a.registrar_intento(uno, veredicto="aprobado", semilla=5, repeticiones=2, duracion_s=1)
        assert a.exportar(tmp_path / "a.json") == 2
    datos = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert datos["formato"] == "verificador-progreso"
    assert len(datos["eventos"]) == 2
    with Progreso(tmp_path / "b.sqlite3") as b:
        b.registrar_intento(dos, veredicto="carrera", semilla=1, repeticiones=2, duracion_s=1)
        assert b.importar(tmp_path / "a.json") == 2
        assert b.importar(tmp_path / "a.json") == 0  # idempotente
        assert len(b.registros()) == 3
        assert b.puntuacion(uno).puntos == 90
        assert b.puntuacion(dos).estado is Estado.INTENTADO


def test_importar_la_pista_mas_temprana_gana(tmp_path, retos):
    reto = retos[0]
    with Progreso(tmp_path / "a.sqlite3") as a:
        a.revelar_pista(reto, 0)
        a.exportar(tmp_path / "a.json")
    with Progreso(tmp_path / "b.sqlite3") as b:
        b.registrar_intento(reto, veredicto="aprobado", semilla=1, repeticiones=1, duracion_s=1)
        b.revelar_pista(reto, 0)  # en b, la pista llegó después de aprobar: gratis
        assert b.puntuacion(reto).puntos == 100
        b.importar(tmp_path / "a.json")  # en a se reveló antes del aprobado de b
        assert b.puntuacion(reto).puntos == 90
        assert len(b.registros()) == 2


@pytest.mark.parametrize(
    ("contenido", "mensaje"),
    [
        ("{", r"^.*x\.json no es un JSON válido"),
        ('{"formato": "otro"}',
         r"no es un progreso exportado con `verificar progreso --exportar`$"),
        ('{"formato": "verificador-progreso", "version": 99, "eventos": []}',
         r"versión más nueva"),
        ('{"formato": "verificador-progreso", "version": 1, "eventos": [{"tipo": "intento"}]}',
         r"^el evento 1 de .*x\.json está mal formado; no he importado nada$"),
    ],
    ids=["json-roto", "otro-formato", "version", "evento-roto"],
)
def test_importar_archivo_malo(tmp_path, contenido, mensaje):
    (tmp_path / "x.json").write_text(contenido, encoding="utf-8")
    with Progreso(tmp_path / "p.sqlite3") as progreso, pytest.raises(ErrorProgreso, match=mensaje):
        progreso.importar(tmp_path / "x.json")


def test_tiempo_dedicado_descarta_descansos():
    momentos = ["2026-01-01T10:00:00+00:00", "2026-01-01T10:05:00+00:00",
                "2026-01-01T15:00:00+00:00", "2026-01-01T15:01:00+00:00"]
    assert tiempo_dedicado(momentos) == 6 * 60
    assert tiempo_dedicado([]) == 0
