"""La orden `verificar` con CliRunner: códigos de salida, mensajes exactos y efectos.

Las pruebas que juzgan de verdad usan el catálogo falso de conftest (jueces
diminutos): prueban el cableado CLI → ejecución aislada → progreso, no la
velocidad de los retos reales.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from verificador import cli
from verificador.casos import cargar_catalogo, catalogo_incluido
from verificador.cli import verificar

INCLUIDO = cargar_catalogo(catalogo_incluido())
IDS = [r.slug for r in INCLUIDO.retos]


def _ok(resultado, codigo=0):
    assert resultado.exit_code == codigo, (resultado.stdout, resultado.stderr)
    return resultado


def _error(resultado, patron: str, codigo: int = 2) -> None:
    """Un error: código, una sola línea en stderr que casa con `patron`, nada en stdout."""
    assert resultado.exit_code == codigo, (resultado.stdout, resultado.stderr)
    lineas = resultado.stderr.splitlines()
    assert len(lineas) == 1, resultado.stderr
    assert lineas[0].startswith("Error: ")
    assert re.match(patron, lineas[0][len("Error: "):]), lineas[0]
    assert resultado.stdout == ""


# -- ayuda y errores de uso ---------------------------------------------------------------


def test_sin_orden_muestra_ayuda_y_por_donde_empezar(runner):
    resultado = _ok(runner.invoke(verificar, []))
    assert resultado.stdout.startswith("Uso: verificar [OPCIONES] [ORDEN] [ARGUMENTOS]...\n")
    assert "\nOpciones:\n" in resultado.stdout
    assert "\nÓrdenes:\n" in resultado.stdout
    assert "Por dónde empezar: `verificar lista`" in resultado.stdout
    assert "verificar iniciar mi-taller" in resultado.stdout


@pytest.mark.parametrize("orden", ["iniciar", "lista", "reto", "pista", "solucion", "progreso",
                                   "reiniciar", "explorar", "calificar", "vigilar", "autor"])
def test_ayuda_en_espanol(runner, orden):
    for opcion in ("-h", "--help"):
        resultado = _ok(runner.invoke(verificar, [orden, opcion]))
        assert "Muestra esta ayuda y sale." in resultado.stdout
        assert resultado.stdout.startswith(f"Uso: verificar {orden} [OPCIONES]")
        assert "\nOpciones:\n" in resultado.stdout
        for ingles in ("Show this message", "Usage:", "Options:", "Commands:", "[OPTIONS]",
                       "COMMAND", "[ARGS]"):
            assert ingles not in resultado.stdout


def test_solucion_con_tilde_es_la_misma_orden(runner, espacio):
    _error(runner.invoke(verificar, ["solución", "1"]),
           r"^aún no has aprobado el reto 1: su solución se muestra al aprobarlo\. "
           r"Si quieres verla ya, `verificar solucion 1 --rendirse`")


@pytest.mark.parametrize(
    ("escrito", "sugerencia"),
    [("solucin", "`solucion`"), ("lsita", "`lista`"), ("reot", "`reto`"),
     ("vijilar", "`vigilar`"), ("SOLUCIÓN", "`solucion`")],
)
def test_errata_en_la_orden_sugiere_la_parecida(runner, espacio, escrito, sugerencia):
    _error(runner.invoke(verificar, [escrito, "1"]),
           rf"^no existe la orden '{escrito}' \(¿quisiste decir {sugerencia}( o `\w+`)?\?\); "
           r"las órdenes son: ")


def test_errata_en_una_suborden_sugiere_la_parecida(runner, espacio):
    _error(runner.invoke(verificar, ["autor", "nuvo"]),
           r"^no existe la orden 'nuvo' \(¿quisiste decir `nuevo`\?\); las órdenes son: "
           r"comprobar, nuevo; mira `verificar autor -h`$")


def test_errata_en_una_opcion_sugiere_la_parecida(runner, espacio):
    _error(runner.invoke(verificar, ["reto", "1", "--semila", "3"]),
           r"^opción desconocida --semila \(¿quisiste decir --semilla\?\); "
           r"mira `verificar reto -h`$")


@pytest.mark.parametrize(
    ("argumentos", "patron"),
    [
        (["volar"], r"^no existe la orden 'volar'; las órdenes son: autor, calificar, explorar, "
                    r"iniciar, lista, pista, progreso, reiniciar, reto, solucion, vigilar; "
                    r"mira `verificar -h`$"),
        (["reto"], r"^falta el argumento N; mira `verificar reto -h`$"),
        (["reto", "abc"], r"^valor 'abc' inválido para 'N': debe ser un entero mayor o igual "
                          r"que 1$"),
        (["reto", "0"], r"^valor '0' inválido para 'N'"),
        (["reto", "1", "--semilla", "-3"], r"^valor '-3' inválido para '--semilla': debe ser "
                                           r"un entero entre 0 y \d+$"),
        (["reto", "1", "--repeticiones", "0"], r"^valor '0' inválido para '--repeticiones'"),
        (["reto", "1", "--formato", "xml"], r"^valor 'xml' inválido para '--formato': debe ser "
                                            r"uno de texto, json$"),
        (["reto", "1", "--volar"], r"^opción desconocida --volar; mira `verificar reto -h`$"),
        (["reto", "1", "2"], r"^sobra el argumento 2; mira `verificar reto -h`$"),
        (["reto", "1", "--semilla"], r"^la opción --semilla necesita un valor"),
    ],
    ids=["orden", "falta-n", "n-texto", "n-cero", "semilla", "repeticiones", "formato",
         "opcion", "sobra", "sin-valor"],
)
def test_errores_de_uso(runner, espacio, argumentos, patron):
    _error(runner.invoke(verificar, argumentos), patron)


@pytest.mark.parametrize(
    "argumentos",
    [["lista"], ["reto", "1"], ["pista", "1", "--si"], ["solucion", "1"], ["progreso"],
     ["reiniciar", "1"]],
    ids=["lista", "reto", "pista", "solucion", "progreso", "reiniciar"],
)
def test_fuera_de_un_espacio(runner, tmp_path, monkeypatch, argumentos):
    monkeypatch.chdir(tmp_path)
    _error(runner.invoke(verificar, argumentos),
           r"^no estás dentro de un espacio de trabajo de verificador \(no hay verificador\.toml "
           r"aquí ni en las carpetas superiores\); crea uno con `verificar iniciar CARPETA`$")


@pytest.mark.parametrize("orden", ["reto", "pista", "solucion", "reiniciar"])
def test_reto_inexistente_da_el_rango(runner, espacio, orden):
    _error(runner.invoke(verificar, [orden, "7"]),
           r"^no existe el reto 7; los retos válidos son del 1 al 2\. Míralos con "
           r"`verificar lista`$")


def test_variable_de_entorno_mala_nombra_su_origen(runner, espacio, monkeypatch, tmp_path):
    monkeypatch.setenv("VERIFICADOR_RETOS", str(tmp_path / "no-existe"))
    _error(runner.invoke(verificar, ["lista"]),
           r"^la ruta de retos '.*no-existe' de la variable VERIFICADOR_RETOS no existe")


def test_opcion_retos_gana_a_la_variable(runner, espacio, monkeypatch, tmp_path, catalogo_falso):
    monkeypatch.setenv("VERIFICADOR_RETOS", str(tmp_path / "no-existe"))
    _ok(runner.invoke(verificar, ["lista", "--retos", str(catalogo_falso)]))


# -- iniciar y lista ----------------------------------------------------------------------


def test_iniciar_y_lista_con_el_catalogo_incluido(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("VERIFICADOR_RETOS", raising=False)
    monkeypatch.chdir(tmp_path)
    resultado = _ok(runner.invoke(verificar, ["iniciar", "mi-taller"]))
    assert f"Espacio de trabajo creado en mi-taller con {len(INCLUIDO.retos)} retos." in \
        resultado.stdout
    assert "cd mi-taller" in resultado.stdout
    for reto in INCLUIDO.retos:
        for archivo in reto.archivos:
            assert (tmp_path / "mi-taller" / "retos" / reto.nombre / archivo).is_file()
    monkeypatch.chdir(tmp_path / "mi-taller" / "retos")  # desde una subcarpeta
    lista = _ok(runner.invoke(verificar, ["lista"]))
    for reto in INCLUIDO.retos:
        assert reto.titulo.split()[0] in lista.stdout
    total = sum(r.puntos for r in INCLUIDO.retos)
    assert f"Total: 0 de {total} puntos · 0 de {len(INCLUIDO.retos)} resueltos" in lista.stdout
    _error(runner.invoke(verificar, ["iniciar", str(tmp_path / "mi-taller")]),
           r"^la carpeta .*mi-taller ya existe y no está vacía")


def test_lista_cabe_en_80_columnas_y_sin_color(runner, espacio):
    resultado = _ok(runner.invoke(verificar, ["lista"]))
    assert "\x1b[" not in resultado.stdout
    assert max(len(linea) for linea in resultado.stdout.splitlines()) <= 80
    assert "Reto de prueba 1" in resultado.stdout
    assert "pendiente" in resultado.stdout
    assert "Total: 0 de 150 puntos · 0 de 2 resueltos" in resultado.stdout


# -- reto: juicio real en un subproceso ---------------------------------------------------


def _arreglar(espacio: Path, catalogo: Path, nombre: str = "01_suma_perdida") -> None:
    solucion = (catalogo / "soluciones" / nombre / "contador.py").read_text(encoding="utf-8")
    (espacio / "retos" / nombre / "contador.py").write_text(solucion, encoding="utf-8")


def _json(resultado) -> dict:
    datos = json.loads(resultado.stdout)  # exactamente un objeto JSON y nada más
    assert isinstance(datos, dict)
    return datos


def test_reto_roto_falla_con_evidencia_y_semilla(runner, espacio):
    resultado = _ok(runner.invoke(verificar, ["reto", "1"]), 1)
    salida = resultado.stdout
    assert "Condición de carrera" in salida
    assert "Faltan sumas" in salida
    assert "Esperado:" in salida
    assert "Obtenido:" in salida
    assert "7" in salida
    semilla = int(salida.split("--semilla ")[1].split()[0])
    assert f"Para repetir exactamente esta comprobación: verificar reto 1 --semilla {semilla}" \
        in salida


def test_reto_json_y_repeticion_exacta(runner, espacio):
    uno = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json",
                                              "--semilla", "4242"]), 1))
    assert {"reto", "aprobado", "veredicto", "puntos", "repeticiones", "duracion_s", "semilla",
            "evidencia"} <= set(uno)
    assert (uno["reto"], uno["aprobado"], uno["veredicto"], uno["puntos"]) == (
        1, False, "carrera", 0)
    assert (uno["semilla"], uno["repeticiones"]) == (4242, 2)
    assert uno["repetir"] == "verificar reto 1 --semilla 4242"
    assert uno["evidencia"]["resumen"] == "Faltan sumas"
    dos = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json",
                                              "--semilla", "4242"]), 1))
    assert dos["evidencia"]["esperado"] == uno["evidencia"]["esperado"]


def test_reto_repeticiones_se_respetan(runner, espacio):
    datos = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json",
                                                "--repeticiones", "5"]), 1))
    assert datos["repeticiones"] == 5
    assert datos["repetir"].endswith("--repeticiones 5")


def test_aprobar_da_puntos_una_sola_vez(runner, espacio, catalogo_falso):
    _arreglar(espacio, catalogo_falso)
    primero = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json"])))
    assert (primero["aprobado"], primero["veredicto"], primero["puntos"]) == (
        True, "aprobado", 100)
    assert primero["evidencia"] is None
    segundo = _ok(runner.invoke(verificar, ["reto", "1"]))
    assert "Aprobado de nuevo" in segundo.stdout
    lista = _ok(runner.invoke(verificar, ["lista"]))
    assert "100/100" in lista.stdout
    assert "resuelto" in lista.stdout
    assert "Total: 100 de 150 puntos · 1 de 2 resueltos" in lista.stdout


def test_texto_al_aprobar(runner, espacio, catalogo_falso):
    _arreglar(espacio, catalogo_falso)
    resultado = _ok(runner.invoke(verificar, ["reto", "1"]))
    assert "¡Resuelto! Ganas 100 de 100 puntos." in resultado.stdout
    assert "verificar solucion 1" in resultado.stdout


def test_error_de_sintaxis_es_no_carga(runner, espacio):
    (espacio / "retos" / "01_suma_perdida" / "contador.py").write_text(
        "def main(:\n", encoding="utf-8")
    datos = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json"]), 1))
    assert datos["veredicto"] == "no_carga"
    assert datos["evidencia"]["ubicacion"].startswith("contador.py:1")


def test_editar_el_juez_del_espacio_no_cambia_nada(runner, espacio):
    trampa = "def test_todo_bien():\n    assert True\n"
    (espacio / "retos" / "01_suma_perdida" / "test_juez.py").write_text(trampa, encoding="utf-8")
    (espacio / "retos" / "01_suma_perdida" / "reto.toml").write_text("roto = [", encoding="utf-8")
    datos = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json"]), 1))
    assert datos["veredicto"] == "carrera"


def test_el_espacio_no_tiene_pistas_ni_costes(runner, espacio, catalogo_falso):
    carpeta = espacio / "retos" / "01_suma_perdida"
    assert sorted(p.name for p in carpeta.iterdir()) == ["caso.md", "contador.py"]
    # Un reto.toml puesto a mano en el espacio no cambia ni las pistas ni su coste.
    (carpeta / "reto.toml").write_text(
        'numero = 1\ntitulo = "x"\ntema = "hilos"\ndificultad = "fácil"\npuntos = 9999\n'
        'archivos = ["contador.py"]\nmotor = "hilos"\nrepeticiones = 1\n'
        'tiempo_limite_s = 5\n[[pistas]]\ntexto = "falsa"\ncoste = 0\n', encoding="utf-8")
    resultado = _ok(runner.invoke(verificar, ["pista", "1", "--si"]))
    assert "falsa" not in resultado.stdout
    assert "Esta pista te costó 10 puntos" in resultado.stdout


def test_ajuste_retos_dentro_del_espacio_se_rechaza(runner, espacio):
    (espacio / "verificador.toml").write_text('retos = "retos"\n', encoding="utf-8")
    _error(runner.invoke(verificar, ["lista"]),
           r"^el ajuste 'retos' de verificador\.toml apunta dentro del propio espacio de "
           r"trabajo; .*catálogo instalado\. Quita ese ajuste")


def test_falta_el_archivo_del_alumno(runner, espacio):
    (espacio / "retos" / "01_suma_perdida" / "contador.py").unlink()
    _error(runner.invoke(verificar, ["reto", "1"]),
           r"^falta el archivo retos/01_suma_perdida/contador\.py del reto 1; recupera la "
           r"versión original con `verificar reiniciar 1`$")


def test_progreso_danado(runner, espacio):
    ruta = espacio / ".verificador" / "progreso.sqlite3"
    ruta.write_bytes(b"basura" * 200)
    _error(runner.invoke(verificar, ["lista"]),
           r"^el archivo de progreso \.verificador/progreso\.sqlite3 está dañado o no es una "
           r"base SQLite .*; lo he apartado como \.verificador/progreso\.sqlite3\.dañado-.* sin "
           r"borrar nada\. Vuelve a ejecutar la orden para empezar un progreso nuevo$")
    apartado = next((espacio / ".verificador").glob("progreso.sqlite3.dañado-*"))
    assert apartado.read_bytes() == b"basura" * 200
    _ok(runner.invoke(verificar, ["lista"]))


# -- pistas, solución, rendirse -----------------------------------------------------------


def test_pista_sin_terminal_pide_si(runner, espacio):
    _error(runner.invoke(verificar, ["pista", "1"]),
           r"^no puedo preguntarte si quieres revelar la pista 1 de 3 del reto 1 \(cuesta 10 "
           r"puntos\): la entrada no es una terminal; confírmalo con `verificar pista 1 --si`$")


def test_pistas_progresivas_y_su_coste(runner, espacio, catalogo_falso):
    primera = _ok(runner.invoke(verificar, ["pista", "1", "--si"]))
    assert "Pista 1 de 3 · reto 1" in primera.stdout
    assert "Pista 1 del reto 1" in primera.stdout
    assert "Esta pista te costó 10 puntos: si apruebas ganarás como máximo 90 de 100." in \
        primera.stdout
    segunda = _ok(runner.invoke(verificar, ["pista", "1", "--si"]))
    assert "Pista 2 de 3" in segunda.stdout
    assert "máximo 70 de 100" in segunda.stdout
    _arreglar(espacio, catalogo_falso)
    assert _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json"])))["puntos"] == 70
    tercera = _ok(runner.invoke(verificar, ["pista", "1", "--si"]))  # tras aprobar: gratis
    assert "Pista 3 de 3" in tercera.stdout
    assert "te costó" not in tercera.stdout
    todas = _ok(runner.invoke(verificar, ["pista", "1", "--si"]))
    assert "Ya viste todas las pistas del reto 1 (3)." in todas.stdout
    progreso = _ok(runner.invoke(verificar, ["progreso"]))
    assert "70 de 150" in progreso.stdout
    assert "3 (te costaron 30 puntos)" in progreso.stdout


def test_pista_interactiva(runner, espacio, monkeypatch):
    monkeypatch.setattr(cli, "_es_interactivo", lambda: True)
    no = _ok(runner.invoke(verificar, ["pista", "2"], input="n\n"))
    assert "¿Revelar la pista 1 de 3 del reto 2? (Cuesta 5 puntos.) [s/N]" in no.stdout
    assert "No se reveló ninguna pista." in no.stdout
    si = _ok(runner.invoke(verificar, ["pista", "2"], input="s\n"))
    assert "Pista 1 del reto 2" in si.stdout


def test_solucion_antes_de_aprobar(runner, espacio):
    _error(runner.invoke(verificar, ["solucion", "1"]),
           r"^aún no has aprobado el reto 1: su solución se muestra al aprobarlo\. Si quieres "
           r"verla ya, `verificar solucion 1 --rendirse` \(el reto quedará en 0 puntos para "
           r"siempre\)$")
    _error(runner.invoke(verificar, ["solucion", "1", "--rendirse"]),
           r"^no puedo preguntarte si quieres rendirte en el reto 1 \(verás la solución y el "
           r"reto quedará en 0 puntos para siempre\): la entrada no es una terminal; "
           r"confírmalo con `verificar solucion 1 --rendirse --si`$")


def test_rendirse_es_para_siempre(runner, espacio, catalogo_falso, monkeypatch):
    monkeypatch.setattr(cli, "_es_interactivo", lambda: True)
    no = _ok(runner.invoke(verificar, ["solucion", "1", "--rendirse"], input="\n"))
    assert "No te has rendido" in no.stdout
    si = _ok(runner.invoke(verificar, ["solucion", "1", "--rendirse"], input="sí\n"))
    assert "total[0] += 1" in si.stdout  # el código de la solución
    assert "candado" in si.stdout  # EXPLICACION.md
    _arreglar(espacio, catalogo_falso)
    datos = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json"])))
    assert (datos["aprobado"], datos["puntos"], datos["estado"]) == (True, 0, "rendido")
    assert "rendido" in _ok(runner.invoke(verificar, ["lista"])).stdout
    _ok(runner.invoke(verificar, ["solucion", "1"]))  # ya se puede ver sin preguntar


def test_solucion_tras_aprobar(runner, espacio, catalogo_falso):
    _arreglar(espacio, catalogo_falso)
    _ok(runner.invoke(verificar, ["reto", "1"]))
    resultado = _ok(runner.invoke(verificar, ["solucion", "1", "--rendirse", "--si"]))
    assert "Solución de referencia · reto 1" in resultado.stdout
    datos = _json(_ok(runner.invoke(verificar, ["reto", "1", "--formato", "json"])))
    assert datos["estado"] == "resuelto"
    assert datos["puntos_acumulados"] == 100


# -- progreso, exportar, importar, reiniciar ----------------------------------------------


def test_progreso_exportar_importar(runner, espacio, tmp_path):
    _ok(runner.invoke(verificar, ["reto", "2"]), 1)
    _ok(runner.invoke(verificar, ["pista", "2", "--si"]))
    resumen = _ok(runner.invoke(verificar, ["progreso"]))
    assert "Intentos" in resumen.stdout
    assert "Siguiente: `verificar reto 1`" in resumen.stdout
    archivo = tmp_path / "mio.json"
    salida = _ok(runner.invoke(verificar, ["progreso", "--exportar", str(archivo)]))
    assert "Exportados 2 eventos" in salida.stdout
    (espacio / ".verificador" / "progreso.sqlite3").rename(tmp_path / "viejo.sqlite3")
    # Y su copia de seguridad, o se repondría sola (verificador.respaldo).
    (espacio / ".verificador" / "progreso.sqlite3.copia").unlink()
    importado = _ok(runner.invoke(verificar, ["progreso", "--importar", str(archivo)]))
    assert "Importados 2 eventos nuevos" in importado.stdout
    otra = _ok(runner.invoke(verificar, ["progreso", "--importar", str(archivo)]))
    assert "Importados 0 eventos nuevos" in otra.stdout
    _error(runner.invoke(verificar, ["progreso", "--exportar", "a", "--importar", "b"]),
           r"^usa --exportar o --importar, no las dos a la vez$")
    (tmp_path / "malo.json").write_text("[]", encoding="utf-8")
    _error(runner.invoke(verificar, ["progreso", "--importar", str(tmp_path / "malo.json")]),
           r"^.*malo\.json no es un progreso exportado con `verificar progreso --exportar`$")


def test_reiniciar(runner, espacio, catalogo_falso):
    intento = espacio / "retos" / "01_suma_perdida" / "contador.py"
    original = intento.read_text(encoding="utf-8")
    nada = _ok(runner.invoke(verificar, ["reiniciar", "1"]))
    assert "Nada que reiniciar" in nada.stdout
    intento.write_text("# mi trabajo\n", encoding="utf-8")
    resultado = _ok(runner.invoke(verificar, ["reiniciar", "1"]))
    assert "Tu intento quedó guardado en .verificador/respaldos/" in resultado.stdout
    assert "Restaurada la versión original de contador.py (reto 1)." in resultado.stdout
    assert intento.read_text(encoding="utf-8") == original
    respaldo = next((espacio / ".verificador" / "respaldos").glob("*/01_suma_perdida/contador.py"))
    assert respaldo.read_text(encoding="utf-8") == "# mi trabajo\n"


# -- cada reto del catálogo incluido ------------------------------------------------------


@pytest.fixture
def taller_incluido(tmp_path, monkeypatch, runner) -> Path:
    monkeypatch.delenv("VERIFICADOR_RETOS", raising=False)
    monkeypatch.chdir(tmp_path)
    _ok(runner.invoke(verificar, ["iniciar", "taller"]))
    monkeypatch.chdir(tmp_path / "taller")
    return tmp_path / "taller"


@pytest.mark.parametrize("reto", INCLUIDO.retos, ids=IDS)
def test_cada_reto_pista_solucion_reiniciar(runner, taller_incluido, reto):
    n = str(reto.numero)
    pista = _ok(runner.invoke(verificar, ["pista", n, "--si"]))
    assert f"Pista 1 de {len(reto.pistas)} · reto {n}" in pista.stdout
    _error(runner.invoke(verificar, ["solucion", n]), rf"^aún no has aprobado el reto {n}:")
    archivo = taller_incluido / "retos" / reto.nombre / reto.archivos[0]
    original = archivo.read_bytes()
    archivo.write_text("# roto a propósito\n", encoding="utf-8")
    _ok(runner.invoke(verificar, ["reiniciar", n]))
    assert archivo.read_bytes() == original
    rendido = _ok(runner.invoke(verificar, ["solucion", n, "--rendirse", "--si"]))
    assert "Solución de referencia" in rendido.stdout


# -- explorar y el módulo ------------------------------------------------------------------


def test_explorar_programa_inexistente(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _error(runner.invoke(verificar, ["explorar", "nada.py"]),
           r"^no existe el programa nada\.py; pasa la ruta de un archivo \.py$")


def test_python_m_verificador(tmp_path):
    resultado = subprocess.run([sys.executable, "-m", "verificador", "reto", "x"],
                               capture_output=True, text=True, cwd=tmp_path, check=False)
    assert resultado.returncode == 2
    assert resultado.stderr == "Error: valor 'x' inválido para 'N': debe ser un entero mayor o " \
        "igual que 1\n"


# -- informe: la evidencia pintada en 80 columnas y sin color ---------------------------


def _pintar(funcion) -> str:
    import io

    from rich.console import Console

    from verificador.informe import Pintor

    salida = io.StringIO()
    funcion(Pintor(Console(file=salida, width=80, color_system=None, highlight=False)))
    texto = salida.getvalue()
    assert "\x1b[" not in texto
    assert max(len(linea) for linea in texto.splitlines()) <= 80
    return texto


def _evidencia(actores: int):
    from verificador.veredictos import Bloqueado, Evidencia, Paso

    pasos = [Paso(f"Hilo-{i % actores + 1}", "banco.py", 10 + i, "saldo += dinero",
                  f"lee saldo = {i}") for i in range(6)]
    bloqueados = [Bloqueado("Hilo-1", "cuenta_b.lock", "Hilo-2", "banco.py", 14, "with b.lock:"),
                  Bloqueado("Hilo-2", "cuenta_a.lock", "Hilo-1", "banco.py", 14, "with a.lock:")]
    return Evidencia(resumen="Se perdió un depósito", explicacion="Dos hilos leyeron lo mismo.",
                     esperado="200", obtenido="100", linea_tiempo=pasos, bloqueados=bloqueados,
                     traza="Traceback\n" + "  linea\n" * 50, salida="hola\n" * 3,
                     cambios_de_contexto=2, ubicacion="banco.py:12")


@pytest.mark.parametrize("actores", [2, 5], ids=["columnas", "lista"])
def test_informe_de_veredicto_con_evidencia(actores):
    from verificador.informe import VistaReto
    from verificador.veredictos import Veredicto

    vista = VistaReto(numero=2, titulo="El saldo", veredicto=Veredicto.INTERBLOQUEO,
                      evidencia=_evidencia(actores), semilla=99, repeticiones=3, duracion_s=0.4,
                      puntos_ganados=0, puntos_reto=100, estado="intentado",
                      repetir="verificar reto 2 --semilla 99", planificaciones=120)
    texto = _pintar(lambda p: p.veredicto(vista))
    assert "Interbloqueo" in texto
    assert "Se perdió un depósito  (banco.py:12)" in texto
    assert "Esperado: 200" in texto
    assert "Obtenido: 100" in texto
    # El título cuenta los cambios de la línea que se pinta (5), no la cifra del motor (2).
    assert "Línea de tiempo (5 cambios de hilo):" in texto
    assert "banco.py:10 saldo += dinero" in texto
    assert "→ lee saldo = 0" in texto
    if actores == 2:
        assert re.search(r"#\s+Hilo-1\s+Hilo-2", texto)
    else:
        assert re.search(r"#\s+Hilo\s+Paso", texto)
    assert "Quién espera a quién:" in texto
    assert re.search(r"│ • Hilo-1 +│\n│ +qué +cuenta_b\.lock +│\n│ +lo tiene +Hilo-2 +│\n"
                     r"│ +dónde +banco\.py:14  with b\.lock: +│", texto)
    assert "Traza (últimas 30 de 51 líneas; entera con --formato json):" in texto
    assert "Salida del programa:" in texto
    assert "3 repeticiones · 120 planificaciones · 0.4 s · semilla 99" in texto
    assert "Para repetir exactamente esta comprobación: verificar reto 2 --semilla 99" in texto


def _vista(veredicto, evidencia, **cambios):
    from verificador.informe import VistaReto

    datos = dict(numero=6, titulo="Archivos", veredicto=veredicto, evidencia=evidencia,
                 semilla=5, repeticiones=1, duracion_s=35.0001, puntos_ganados=0,
                 puntos_reto=100, estado="intentado", repetir="verificar reto 6 --semilla 5",
                 planificaciones=1)
    datos.update(cambios)
    return VistaReto(**datos)


def test_informe_concuerda_en_numero_y_redondea():
    from verificador.veredictos import Evidencia, Veredicto

    evidencia = Evidencia(resumen="Tardó 35.0001 s en vez de 10.0000 s")
    texto = _pintar(lambda p: p.veredicto(_vista(Veredicto.BUCLE_BLOQUEADO, evidencia)))
    assert "Bucle de eventos bloqueado" in texto
    assert "Cuelgue" not in texto
    assert "Tardó 35 s en vez de 10 s" in texto
    assert "1 repetición · 1 planificación · 35.0 s · semilla 5" in texto
    assert "1 planificaciones" not in texto


def test_informe_tareas_de_asyncio_y_nadie_lo_tiene():
    from verificador.veredictos import Bloqueado, Evidencia, Paso, Veredicto

    pasos = [Paso(f"Task-{i % 3 + 1}", "a.py", 3, "await x", "") for i in range(3)]
    evidencia = Evidencia(resumen="Se queda esperando", linea_tiempo=pasos,
                          cambios_de_contexto=0,
                          bloqueados=[Bloqueado("Task-1", "evento listo", None, "a.py", 4)])
    texto = _pintar(lambda p: p.veredicto(_vista(Veredicto.INTERBLOQUEO, evidencia,
                                                 motor="asyncio")))
    assert re.search(r"#\s+Tarea\s+Paso", texto)
    assert "Hilo" not in texto
    assert "Línea de tiempo (2 cambios de tarea):" in texto
    assert "0 cambios" not in texto
    assert "nadie lo tiene" in texto
    assert "lo tiene nadie" not in texto


@pytest.mark.parametrize("veredicto", ["presupuesto_agotado", "no_modelado"])
def test_informe_no_concluyente(veredicto):
    from verificador.veredictos import Evidencia, Veredicto

    v = Veredicto(veredicto)
    texto = _pintar(lambda p: p.veredicto(_vista(v, Evidencia(resumen="x"))))
    assert f"No concluyente: {v.titulo.lower()}" in texto
    assert "no da puntos ni cuenta como intento fallido" in " ".join(texto.replace("│", " ").split())
    assert "¿Atascado?" not in texto


@pytest.mark.parametrize(
    ("resumen", "esperado"),
    [
        ("Error de sintaxis en banco.py, línea 3: invalid syntax.",
         "Error de sintaxis en banco.py, línea 3: sintaxis no válida (Python dice «invalid "
         "syntax»)."),
        ("Error de sintaxis en banco.py, línea 7: expected ':'.",
         "Error de sintaxis en banco.py, línea 7: aquí Python esperaba ':' (Python dice "
         "«expected ':'»)."),
        ("Error de sintaxis en a.py, línea 2: '(' was never closed.",
         "Error de sintaxis en a.py, línea 2: el '(' se abre y nunca se cierra (Python dice "
         "«'(' was never closed»)."),
        ("Error de sintaxis en a.py, línea 2: algo raro.",
         "Error de sintaxis en a.py, línea 2: Python no entiende esta línea (dice «algo "
         "raro»)."),
        ("Failed: Timeout (>30.0s) from pytest-timeout",
         "superó el tiempo límite de 30 s de una repetición (el programa no terminó)"),
    ],
    ids=["invalid", "expected", "never-closed", "desconocido", "timeout"],
)
def test_textos_ajenos_en_espanol(resumen, esperado):
    from verificador.redaccion import redactar
    from verificador.veredictos import Evidencia, Veredicto

    assert redactar(resumen) == esperado
    texto = _pintar(lambda p: p.veredicto(_vista(Veredicto.NO_CARGA, Evidencia(resumen=resumen))))
    assert "pytest-timeout" not in texto
    assert " ".join(esperado.split()) in " ".join(texto.replace("│", " ").split())


def test_error_de_sintaxis_real_llega_en_espanol(runner, espacio):
    (espacio / "retos" / "01_suma_perdida" / "contador.py").write_text(
        "def main(:\n", encoding="utf-8")
    resultado = _ok(runner.invoke(verificar, ["reto", "1"]), 1)
    plano = " ".join(resultado.stdout.replace("│", " ").split())
    assert "El programa no carga" in plano
    assert "(Python dice «" in plano


def test_informe_de_explorar():
    from verificador.veredictos import Resultado, Veredicto

    fallo = Resultado(Veredicto.CARRERA, planificaciones=40, semilla=7, duracion_s=0.2,
                      evidencia=_evidencia(2), estrategia="pct",
                      repetir="verificar explorar p.py --semilla 7")
    texto = _pintar(lambda p: p.explorar("p.py", fallo))
    assert "Condición de carrera" in texto
    assert "40 planificaciones · estrategia pct" in texto
    assert "Para repetirlo: verificar explorar p.py --semilla 7" in texto
    bien = Resultado(Veredicto.APROBADO, planificaciones=40, semilla=7, duracion_s=0.2)
    assert "No se encontró ningún fallo" in _pintar(lambda p: p.explorar("p.py", bien))


@pytest.mark.parametrize(
    ("veredicto", "codigo"),
    [("aprobado", 0), ("carrera", 1), ("interbloqueo", 1), ("error_interno", 3)],
)
def test_explorar_codigos_y_json(runner, tmp_path, monkeypatch, veredicto, codigo):
    """El cableado de `explorar`: argumentos al motor aislado, JSON exacto, código de salida."""
    import verificador.ejecucion
    from verificador.veredictos import Resultado, Veredicto

    llamadas = []

    def falso(ruta, argv, **opciones):
        llamadas.append((ruta, argv, opciones))
        return Resultado(Veredicto(veredicto), planificaciones=30, semilla=opciones["semilla"],
                         duracion_s=0.1)

    monkeypatch.setattr(verificador.ejecucion, "explorar_aislado", falso)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.py").write_text("print(1)\n", encoding="utf-8")
    resultado = runner.invoke(verificar, ["explorar", "p.py", "--semilla", "11",
                                          "--planificaciones", "30", "--estrategia", "pct",
                                          "--formato", "json", "--", "--n", "3"])
    assert resultado.exit_code == codigo, resultado.stderr
    datos = json.loads(resultado.stdout)
    assert (datos["veredicto"], datos["planificaciones"], datos["semilla"]) == (veredicto, 30, 11)
    assert {"evidencia", "duracion_s"} <= set(datos)
    if veredicto != "aprobado":
        assert datos["repetir"] == ("verificar explorar p.py --semilla 11 --planificaciones 30 "
                                    "--estrategia pct -- --n 3")
    assert llamadas == [(Path("p.py"), ["--n", "3"],
                         {"semilla": 11, "planificaciones": 30, "estrategia": "pct"})]


def test_explorar_estrategia_desconocida(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.py").write_text("print(1)\n", encoding="utf-8")
    _error(runner.invoke(verificar, ["explorar", "p.py", "--estrategia", "magia"]),
           r"^valor 'magia' inválido para '--estrategia': debe ser uno de aleatoria, pct, "
           r"exhaustiva$")


PERDIDA = """\
import threading
contador = 0
def sumar():
    global contador
    for _ in range(50):
        contador += 1
hilos = [threading.Thread(target=sumar) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert contador == 100, contador
"""


@pytest.mark.parametrize("con_candado", [False, True], ids=["carrera", "correcto"])
def test_explorar_de_verdad(runner, tmp_path, monkeypatch, con_candado):
    programa = PERDIDA
    if con_candado:
        programa = programa.replace("contador = 0\n", "contador = 0\ncandado = threading.Lock()\n")
        programa = programa.replace("        contador += 1", "        with candado:\n"
                                    "            contador += 1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.py").write_text(programa, encoding="utf-8")
    resultado = runner.invoke(verificar, ["explorar", "p.py", "--formato", "json"])
    datos = json.loads(resultado.stdout)
    if con_candado:
        assert (resultado.exit_code, datos["veredicto"]) == (0, "aprobado"), datos
    else:
        assert (resultado.exit_code, datos["veredicto"]) == (1, "carrera"), datos
        assert datos["repetir"].startswith(f"verificar explorar p.py --semilla {datos['semilla']}")


# -- la evidencia en HTML -------------------------------------------------------------------


def _pasos_carrera():
    from verificador.veredictos import Paso

    return [
        Paso("Hilo-1", "banco.py", 14, "saldo += dinero", "lee saldo = 0; escribe saldo = 9"),
        Paso("Hilo-2", "banco.py", 14, "saldo += dinero", "lee saldo = 9"),
        Paso("Hilo-1", "banco.py", 14, "saldo += dinero", "lee saldo = 9; escribe saldo = 18"),
        Paso("Hilo-2", "banco.py", 14, "saldo += dinero",
             "escribe saldo = 18 usando el valor viejo 9: se pierde lo que escribió Hilo-1"),
        Paso("Hilo-1", "<b>x.py</b>", 3, "print('<script>')", ""),
    ]


def test_paso_roto_senala_el_cambio_que_deja_a_medias():
    from verificador.informe_html import paso_roto
    from verificador.veredictos import Paso

    pasos = _pasos_carrera()
    assert paso_roto(pasos) == (3, 2)  # se rompe en el 4; el culpable: Hilo-2 → Hilo-1
    sin_rotura = [Paso("A", "a.py", 1, "x"), Paso("B", "a.py", 2, "y"), Paso("A", "a.py", 3, "z")]
    assert paso_roto(sin_rotura) == (None, 2)
    assert paso_roto([Paso("A", "a.py", 1, "x")]) == (None, None)


def test_pagina_de_evidencia_autocontenida_con_calles():
    from verificador.informe_html import PaginaEvidencia, a_html
    from verificador.veredictos import Bloqueado, Evidencia, Veredicto

    evidencia = Evidencia(resumen="Se perdió un depósito", esperado="27", obtenido="18",
                          linea_tiempo=_pasos_carrera(), cambios_de_contexto=1,
                          bloqueados=[Bloqueado("Hilo-3", "cuenta.lock", None, "banco.py", 9)])
    pagina = a_html(PaginaEvidencia("Reto 2: El saldo", Veredicto.CARRERA, evidencia, 7,
                                    "verificar reto 2 --semilla 7", "hilos"))
    assert "http://" not in pagina and "https://" not in pagina and "<script" not in pagina
    assert "&lt;script&gt;" in pagina and "&lt;b&gt;x.py&lt;/b&gt;" in pagina
    assert pagina.count('<div class="cab" role="columnheader">Hilo-') == 2  # una calle por hilo
    assert "(5 pasos, 4 cambios de hilo)" in pagina
    assert ('⚡ Cambio de hilo: Hilo-2 se queda a medias y entra Hilo-1' in pagina)
    assert re.search(r'class="celda rota" data-paso="4"', pagina)
    assert '<span class="lee">lee saldo = 9</span>' in pagina
    assert '<span class="escribe">escribe saldo = 18</span> usando el valor viejo 9' in pagina
    assert "nadie lo tiene" in pagina
    assert "verificar reto 2 --semilla 7" in pagina


def test_reto_con_html_escribe_la_pagina_y_no_abre_sin_pantalla(runner, espacio, monkeypatch):
    import webbrowser

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: pytest.fail("no hay navegador"))
    resultado = _ok(runner.invoke(verificar, ["reto", "1", "--semilla", "4", "--html"]), 1)
    ruta = espacio / ".verificador" / "evidencia" / "reto-1-semilla-4.html"
    assert resultado.stderr == "Evidencia en HTML: .verificador/evidencia/reto-1-semilla-4.html\n"
    pagina = ruta.read_text(encoding="utf-8")
    assert "Reto 1: Reto de prueba 1" in pagina and "Faltan sumas" in pagina
    otra = espacio / "otra.html"
    _ok(runner.invoke(verificar, ["reto", "1", "--semilla", "4", "--html", str(otra)]), 1)
    assert otra.is_file()


def test_html_se_abre_si_hay_pantalla_y_no_en_ci(runner, espacio, monkeypatch):
    import webbrowser

    abiertas: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda uri, *a, **k: abiertas.append(uri) or True)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("VERIFICADOR_NO_ABRIR", raising=False)
    resultado = _ok(runner.invoke(verificar, ["reto", "1", "--semilla", "4", "--html"]), 1)
    assert abiertas and abiertas[0].startswith("file://")
    assert resultado.stderr.endswith("(abierta en el navegador)\n")
    monkeypatch.setenv("CI", "true")
    _ok(runner.invoke(verificar, ["reto", "1", "--semilla", "4", "--html"]), 1)
    assert len(abiertas) == 1


def test_explorar_con_html(runner, tmp_path, monkeypatch):
    import verificador.ejecucion
    from verificador.veredictos import Evidencia, Resultado, Veredicto

    def falso(ruta, argv, **opciones):
        return Resultado(Veredicto.CARRERA, planificaciones=3, semilla=opciones["semilla"],
                         duracion_s=0.1, evidencia=Evidencia(resumen="Carrera en x",
                                                             linea_tiempo=_pasos_carrera()))

    monkeypatch.setattr(verificador.ejecucion, "explorar_aislado", falso)
    monkeypatch.setenv("CI", "1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.py").write_text("print(1)\n", encoding="utf-8")
    resultado = _ok(runner.invoke(verificar, ["explorar", "p.py", "--semilla", "5", "--html"]), 1)
    assert resultado.stderr == "Evidencia en HTML: p-evidencia-5.html\n"
    pagina = (tmp_path / "p-evidencia-5.html").read_text(encoding="utf-8")
    assert "Carrera en x" in pagina and 'class="celda rota"' in pagina


def test_al_aprobar_dice_cual_es_el_siguiente(runner, espacio, catalogo_falso):
    _arreglar(espacio, catalogo_falso)
    resultado = _ok(runner.invoke(verificar, ["reto", "1", "--semilla", "3"]))
    assert "¡Resuelto! Ganas 100 de 100 puntos." in resultado.stdout
    assert "Siguiente: `verificar reto 2` (Reto de prueba 2); lee antes su caso.md." in \
        resultado.stdout
    _arreglar(espacio, catalogo_falso, "02_otra_suma")
    ultimo = _ok(runner.invoke(verificar, ["reto", "2", "--semilla", "3"]))
    assert "Siguiente" not in ultimo.stdout  # no queda ninguno pendiente
