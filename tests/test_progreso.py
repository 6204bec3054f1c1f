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
         r"^el evento 1 de .*x\.json está mal formado \(campo veredicto\); no he importado nada$"),
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


# -- nunca se pierde: copia verificada, disco lleno, solo lectura, importar validado ---------


def _intento(progreso: Progreso, reto: Reto, veredicto: str = "aprobado") -> int:
    return progreso.registrar_intento(reto, veredicto=veredicto, semilla=1, repeticiones=1,
                                      duracion_s=0.1)


def test_borrada_mientras_esta_abierta_se_repone_de_la_copia(tmp_path, retos, capsys):
    ruta = tmp_path / "p.sqlite3"
    with Progreso(ruta) as progreso:
        assert _intento(progreso, retos[0]) == 100
        for sufijo in ("", "-wal", "-shm"):
            ruta.with_name(ruta.name + sufijo).unlink(missing_ok=True)
        # La orden sigue: antes se escribía en el archivo ya borrado y se perdía todo.
        assert _intento(progreso, retos[1], "carrera") == 0
    assert "lo he recuperado de la copia de seguridad" in capsys.readouterr().err
    with Progreso(ruta) as progreso:
        assert progreso.puntuacion(retos[0]).puntos == 100
        assert progreso.puntuacion(retos[1]).intentos == 1


def test_borrada_entre_ordenes_se_repone_con_un_aviso(tmp_path, retos, capsys):
    ruta = tmp_path / "p.sqlite3"
    with Progreso(ruta) as progreso:
        _intento(progreso, retos[0])
    ruta.unlink()
    with Progreso(ruta) as progreso:
        assert progreso.puntuacion(retos[0]).puntos == 100
    aviso = capsys.readouterr().err.strip().splitlines()
    assert len(aviso) == 1 and aviso[0].startswith("Aviso: faltaba ")


def test_danada_se_aparta_y_se_repone_de_la_copia(tmp_path, retos, capsys):
    ruta = tmp_path / "p.sqlite3"
    with Progreso(ruta) as progreso:
        _intento(progreso, retos[0])
    ruta.write_bytes(b"esto no es sqlite" * 100)
    with Progreso(ruta) as progreso:
        assert progreso.puntuacion(retos[0]).puntos == 100
    assert "estaba dañado" in capsys.readouterr().err
    assert list(tmp_path.glob("p.sqlite3.dañado-*"))


def test_disco_lleno_no_es_dano_y_el_intento_devuelve_sus_puntos(tmp_path, retos, capsys):
    ruta = tmp_path / "p.sqlite3"
    with Progreso(ruta) as progreso:
        _intento(progreso, retos[1], "carrera")
        paginas = progreso._conexion.execute("PRAGMA page_count").fetchone()[0]
        # SQLite devuelve SQLITE_FULL al llegar a max_page_count: el mismo camino que un disco lleno.
        progreso._conexion.execute(f"PRAGMA max_page_count = {paginas}")
        capsys.readouterr()
        for _ in range(200):  # llenar las páginas que quedan (acotado)
            _intento(progreso, retos[1], "carrera")
            if "disco está lleno" in capsys.readouterr().err:
                break
        # Lleno: el aprobado no se guarda, pero devuelve sus puntos (el veredicto se muestra).
        assert _intento(progreso, retos[0]) == 100
        assert "este intento no se ha guardado" in capsys.readouterr().err
    with Progreso(ruta) as progreso:  # nada apartado, lo anterior sigue ahí
        assert progreso.puntuacion(retos[1]).intentos >= 1
        assert progreso.puntuacion(retos[0]).intentos == 0
    assert not list(tmp_path.glob("p.sqlite3.dañado-*"))


def test_solo_lectura_se_lee_y_avisa(tmp_path, retos):
    """En un sistema de archivos de solo lectura (la caja de bwrap): se lee, avisa y no falla."""
    import shutil
    import subprocess
    import sys

    if shutil.which("bwrap") is None:
        pytest.skip("hace falta bubblewrap para montar la carpeta en solo lectura")
    ruta = tmp_path / "p.sqlite3"
    with Progreso(ruta) as progreso:
        _intento(progreso, retos[0])
    codigo = (
        "import sys\nfrom pathlib import Path\nfrom verificador.progreso import Progreso\n"
        "from verificador.casos import FuenteCatalogo, cargar_catalogo\n"
        f"c = cargar_catalogo(FuenteCatalogo(Path({str(retos[0].directorio.parent)!r}), "
        "Path('/nada'), 'x'))\n"
        f"with Progreso(Path({str(ruta)!r})) as p:\n"
        "    print(p.solo_lectura, p.puntuacion(c.retos[0]).puntos)\n"
        "    print(p.registrar_intento(c.retos[1], veredicto='aprobado', semilla=1,"
        " repeticiones=1, duracion_s=0.1))\n"
    )
    salida = subprocess.run(
        ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--",
         sys.executable, "-c", codigo],
        capture_output=True, text=True, check=False, timeout=120,
    )
    if salida.returncode != 0 and "bwrap" in salida.stderr[:200]:
        pytest.skip(f"bwrap no funciona aquí: {salida.stderr[:200]}")
    assert salida.returncode == 0, salida.stderr
    assert salida.stdout.split() == ["True", "100", str(retos[1].puntos)]
    assert "solo lectura" in salida.stderr


@pytest.mark.parametrize(
    ("cambio", "mensaje"),
    [
        ({"coste": -100000}, r"mal formado \(campo coste\)"),
        ({"coste": 1}, r"la pista 1 del reto 01_suma_perdida cuesta 10, no 1"),
        ({"indice": 7}, r"el reto 01_suma_perdida no tiene pista 8"),
        ({"reto": "99_inventado"}, r"el reto '99_inventado' no está en el catálogo"),
        ({"numero": 2}, r"es el número 1, no el 2"),
    ],
    ids=["coste-negativo", "coste-distinto", "pista-inexistente", "reto-inexistente",
         "numero"],
)
def test_importar_valida_contra_el_catalogo(tmp_path, retos, cambio, mensaje):
    origen = tmp_path / "origen.sqlite3"
    with Progreso(origen) as progreso:
        progreso.revelar_pista(retos[0], 0)
        progreso.exportar(tmp_path / "x.json")
    datos = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    datos["eventos"][0].update(cambio)
    (tmp_path / "x.json").write_text(json.dumps(datos), encoding="utf-8")
    with Progreso(tmp_path / "destino.sqlite3") as progreso:
        with pytest.raises(ErrorProgreso, match=mensaje):
            progreso.importar(tmp_path / "x.json", retos)
        assert progreso.registros() == []


def test_importar_puntos_por_encima_del_maximo(tmp_path, retos):
    with Progreso(tmp_path / "o.sqlite3") as progreso:
        _intento(progreso, retos[0])
        progreso.exportar(tmp_path / "x.json")
    datos = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    datos["eventos"][0]["puntos"] = 100100
    (tmp_path / "x.json").write_text(json.dumps(datos), encoding="utf-8")
    with Progreso(tmp_path / "d.sqlite3") as progreso, pytest.raises(
        ErrorProgreso, match=r"100100 puntos, y el reto 01_suma_perdida da como mucho 100"
    ):
        progreso.importar(tmp_path / "x.json", retos)
