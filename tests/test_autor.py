"""Órdenes de autor: `autor nuevo` crea un caso que funciona; `autor comprobar` nombra lo que falta.

Las reglas estáticas se prueban rompiendo un caso recién creado de una en una
forma y exigiendo el mensaje exacto. Las reglas de veredictos se prueban con
un comprobador inyectado (rápido) y de verdad: con las plantillas de los tres
motores y con nuestro propio catálogo, que debe pasar la revisión entera.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from verificador.autor import (
    PLANTILLAS,
    ErrorAutor,
    crear_reto,
    revisar_catalogo,
    slug_de,
    titulo_de,
)
from verificador.casos import FuenteCatalogo, cargar_reto
from verificador.cli import verificar
from verificador.veredictos import Evidencia, Veredicto

HISTORIA = (
    "Cada noche, el contador de visitas de la biblioteca municipal marca menos visitas "
    "de las que registran los tornos de la entrada. Nunca faltan las mismas y el "
    "programador jura que en su portátil siempre cuadra. El cliente exige que main "
    "devuelva exactamente hilos por visitas, sea cual sea el orden de los hilos.\n"
)


def _ok(resultado, codigo=0):
    assert resultado.exit_code == codigo, (resultado.stdout, resultado.stderr)
    return resultado


def _fuente(base: Path) -> FuenteCatalogo:
    return FuenteCatalogo(base / "retos", base / "soluciones", "prueba")


def _completar(base: Path, nombre: str) -> None:
    """Hace lo que haría un autor: quita cada TODO con contenido real."""
    reto = base / "retos" / nombre
    toml = reto / "reto.toml"
    texto = toml.read_text(encoding="utf-8")
    for i in range(1, 4):
        texto = re.sub(r'texto = "TODO: pista ' + str(i) + r'[^"]*"',
                       f'texto = "Pista de verdad número {i}."', texto)
    toml.write_text(texto, encoding="utf-8")
    (reto / "caso.md").write_text("# Caso\n\n" + HISTORIA, encoding="utf-8")
    for ruta in [*reto.glob("*.py"), *(base / "soluciones" / nombre).glob("*.py")]:
        lineas = ruta.read_text(encoding="utf-8").splitlines(keepends=True)
        ruta.write_text("".join(linea for linea in lineas if "TODO" not in linea
                                and "borra esta línea" not in linea), encoding="utf-8")
    (base / "soluciones" / nombre / "EXPLICACION.md").write_text(
        "**El error.** Una suma sin candado.\n", encoding="utf-8")


def _informe(veredicto: Veredicto) -> SimpleNamespace:
    return SimpleNamespace(veredicto=veredicto, evidencia=Evidencia(resumen="algo pasó"))


def _comprobador(rota: Veredicto | list[Veredicto], solucion: Veredicto = Veredicto.APROBADO):
    """Un `comprobar_reto` falso: el veredicto depende de la carpeta (rota o solución)."""
    llamadas: list[tuple[str, int]] = []
    rotas = list(rota) if isinstance(rota, list) else None

    def comprobar(juez, directorio, archivos, *, semilla, repeticiones, tiempo_limite_s):
        es_solucion = Path(directorio).parent.name == "soluciones"
        llamadas.append(("solucion" if es_solucion else "rota", semilla))
        if es_solucion:
            return _informe(solucion)
        return _informe(rotas.pop(0) if rotas is not None else rota)

    comprobar.llamadas = llamadas  # type: ignore[attr-defined]
    return comprobar


@pytest.fixture
def caso(tmp_path: Path) -> Path:
    """Un catálogo con un caso recién creado y completado (cumple las reglas estáticas)."""
    base = tmp_path / "mis_casos"
    crear_reto(_fuente(base), "El contador loco", "hilos")
    _completar(base, "01_el_contador_loco")
    return base


def _faltas(base: Path, **kw) -> list[tuple[str, str]]:
    kw.setdefault("comprobar", _comprobador(Veredicto.CARRERA))
    revision = revisar_catalogo(_fuente(base), veredictos=kw.pop("veredictos", 2), semilla=7,
                                **kw)
    return ([(f.regla.value, f.mensaje) for f in revision.generales]
            + [(f.regla.value, f.mensaje) for r in revision.retos for f in r.faltas])


# -- nombres ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("nombre", "slug", "titulo"), [
    ("El contador loco", "el_contador_loco", "El contador loco"),
    ("  ¿Quién pisó el saldo?  ", "quien_piso_el_saldo", "¿Quién pisó el saldo?"),
    ("cola_de_impresion", "cola_de_impresion", "Cola de impresion"),
    ("Año 2024: Ñandú", "ano_2024_nandu", "Año 2024: Ñandú"),
])
def test_slug_y_titulo(nombre, slug, titulo):
    assert slug_de(nombre) == slug
    assert titulo_de(nombre) == titulo


# -- autor nuevo ------------------------------------------------------------------------------


@pytest.mark.parametrize("motor", sorted(PLANTILLAS))
def test_nuevo_crea_un_caso_valido_con_todo_pendiente(tmp_path, motor):
    base = tmp_path / "casos"
    creado = crear_reto(_fuente(base), "Mi caso", motor)
    assert creado.nombre == "01_mi_caso"
    reto = cargar_reto(creado.directorio)  # reto.toml completo y válido desde el principio
    assert reto.motor == motor
    assert len(reto.pistas) == 3
    assert all(p.texto.startswith("TODO: pista") for p in reto.pistas)
    plantilla = PLANTILLAS[motor]
    assert sorted(p.name for p in creado.directorio.iterdir()) == sorted(
        ["reto.toml", "caso.md", "test_juez.py", plantilla.archivo])
    assert sorted(p.name for p in creado.solucion.iterdir()) == sorted(
        ["EXPLICACION.md", plantilla.archivo])
    faltas = _faltas(base)
    assert {regla for regla, _ in faltas} == {"pendientes"}
    assert [m.split(" tiene ")[0].split("casos/")[1] for _, m in faltas] == [
        "retos/01_mi_caso/reto.toml", "retos/01_mi_caso/caso.md",
        "retos/01_mi_caso/test_juez.py", f"retos/01_mi_caso/{plantilla.archivo}",
        f"soluciones/01_mi_caso/{plantilla.archivo}", "soluciones/01_mi_caso/EXPLICACION.md",
    ]


def test_nuevo_usa_el_siguiente_numero_y_no_sobrescribe(runner, tmp_path, catalogo_falso):
    resultado = _ok(runner.invoke(verificar, ["autor", "nuevo", "Vuelo lleno", "--retos",
                                              str(catalogo_falso), "--motor", "asincrono"]))
    assert "Caso 03_vuelo_lleno creado:" in resultado.stdout
    assert "verificar autor comprobar" in resultado.stdout
    assert cargar_reto(catalogo_falso / "retos" / "03_vuelo_lleno").motor == "asyncio"
    antes = (catalogo_falso / "retos" / "03_vuelo_lleno" / "caso.md").read_text()
    otra = runner.invoke(verificar, ["autor", "nuevo", "vuelo  LLENO", "--retos",
                                     str(catalogo_falso)])
    assert otra.exit_code == 2
    assert re.fullmatch(r"Error: ya existe un caso con ese nombre: \S*03_vuelo_lleno; elige "
                        r"otro nombre \(no sobrescribo nada\)\n", otra.stderr), otra.stderr
    assert (catalogo_falso / "retos" / "03_vuelo_lleno" / "caso.md").read_text() == antes
    assert not (catalogo_falso / "retos" / "04_vuelo_lleno").exists()


def test_nuevo_crea_la_carpeta_del_catalogo(runner, tmp_path):
    destino = tmp_path / "nuevo_catalogo"
    _ok(runner.invoke(verificar, ["autor", "nuevo", "Primero", "--retos", str(destino),
                                  "--motor", "procesos"]))
    assert (destino / "retos" / "01_primero" / "ventas.py").is_file()
    assert (destino / "soluciones" / "01_primero" / "ventas.py").is_file()


def test_nuevo_errores_de_uso(runner, tmp_path):
    resultado = runner.invoke(verificar, ["autor", "nuevo", "¿¿??", "--retos",
                                          str(tmp_path / "c")])
    assert resultado.exit_code == 2
    assert "no tiene letras ni números" in resultado.stderr
    resultado = runner.invoke(verificar, ["autor", "nuevo", "x", "--motor", "fibras"])
    assert resultado.exit_code == 2
    assert resultado.stderr == ("Error: valor 'fibras' inválido para '--motor': debe ser uno "
                                "de hilos, asincrono, procesos\n")
    with pytest.raises(ErrorAutor, match=r"^motor 'fibras' desconocido"):
        crear_reto(_fuente(tmp_path / "c"), "x", "fibras")


# -- reglas estáticas -------------------------------------------------------------------------


def test_caso_completado_cumple_todo(caso):
    assert _faltas(caso) == []


def _cambiar(ruta: Path, viejo: str, nuevo: str) -> None:
    texto = ruta.read_text(encoding="utf-8")
    assert viejo in texto, texto
    ruta.write_text(texto.replace(viejo, nuevo), encoding="utf-8")


R = "retos/01_el_contador_loco"
S = "soluciones/01_el_contador_loco"


def _quitar_pistas(base: Path) -> None:
    toml = base / R / "reto.toml"
    texto = toml.read_text(encoding="utf-8")
    toml.write_text(texto[: texto.index("[[pistas]]")] + '[[pistas]]\ntexto = "Una"\ncoste = 5\n',
                    encoding="utf-8")


ROTURAS = {
    "pocas-pistas": (_quitar_pistas, "pistas",
                     r"tiene 1 pista y necesita al menos 3: añade bloques \[\[pistas\]\] con "
                     r"'texto' y 'coste' en reto\.toml, de la más suave a la más directa"),
    "pistas-caras": (lambda b: _cambiar(b / R / "reto.toml", "puntos = 100", "puntos = 60"),
                     "pistas", r"las pistas cuestan 60 puntos en total y el caso da 60: con "
                     r"todas vistas, aprobar no valdría nada\. Baja los costes o sube 'puntos'"),
    "metadatos": (lambda b: _cambiar(b / R / "reto.toml", 'dificultad = "media"',
                                     'dificultad = "mucha"'),
                  "metadatos", r"valor 'mucha' inválido para 'dificultad' en .*reto\.toml: "
                  r"debe ser uno de fácil, media, difícil"),
    "caso-corto": (lambda b: (b / R / "caso.md").write_text("# Caso\n\nPoca cosa.\n"),
                   "caso", r"caso\.md tiene solo 10 caracteres de texto \(sin títulos\); "
                   r"cuenta el caso en al menos 200: .*"),
    "sin-caso": (lambda b: (b / R / "caso.md").unlink(), "caso", r"falta caso\.md: .*"),
    "todo": (lambda b: _cambiar(b / S / "EXPLICACION.md", "sin candado", "TODO"),
             "pendientes", r".*soluciones/01_el_contador_loco/EXPLICACION\.md tiene 1 marca "
             r"TODO \(línea 1\): sustitúyela por el contenido real"),
    "sin-main": (lambda b: _cambiar(b / R / "contador.py", "def main(", "def principal("),
                 "archivos", r".*contador\.py no define main\(\.\.\.\): .*"),
    "main-sin-defecto": (lambda b: _cambiar(b / R / "contador.py", "n_hilos=2", "n_hilos"),
                         "archivos", r"main de .*contador\.py tiene 1 parámetro\(s\) sin valor "
                         r"por defecto: .*"),
    "sin-name-main": (lambda b: _cambiar(b / R / "contador.py", 'if __name__ == "__main__":\n'
                                         "    main()", "main()"),
                      "archivos",
                      r'.*contador\.py no termina con `if __name__ == "__main__":`; .*'),
    "sintaxis": (lambda b: _cambiar(b / R / "contador.py", "def contar(", "def contar(("),
                 "archivos", r".*contador\.py no es Python válido \(línea \d+: .*"),
    "juez-sin-fixture": (lambda b: _cambiar(b / R / "test_juez.py", "(alumno, hilos)",
                                            "(alumno)"),
                         "juez", r"el juez no usa la fixture `hilos` y reto\.toml dice motor = "
                         r'"hilos": .*'),
    "juez-sin-pruebas": (lambda b: _cambiar(b / R / "test_juez.py", "def test_", "def prueba_"),
                         "juez", r"test_juez\.py no tiene ninguna función test_\.\.\.: .*"),
    "solucion-igual": (lambda b: shutil.copy(b / R / "contador.py", b / S / "contador.py"),
                       "solucion", r".*soluciones/01_el_contador_loco/contador\.py es idéntico "
                       r"a la versión rota: o el caso ya está resuelto o la solución no arregla "
                       r"nada"),
    "sin-explicacion": (lambda b: (b / S / "EXPLICACION.md").unlink(), "solucion",
                        r"falta .*EXPLICACION\.md \(o está vacío\): .*"),
    "sobrante-caso": (lambda b: (b / R / "notas.txt").write_text("x"), "sobrantes",
                      r"sobra en .*retos/01_el_contador_loco: notas\.txt\. Un caso solo tiene "
                      r"reto\.toml, caso\.md, test_juez\.py y los archivos de 'archivos': .*"),
    "sobrante-solucion": (lambda b: (b / S / "extra.py").write_text("x"), "sobrantes",
                          r"sobra en .*soluciones/01_el_contador_loco: extra\.py\. .*"),
    "solucion-huerfana": (lambda b: (b / "soluciones" / "07_perdida").mkdir(), "catalogo",
                          r"la solución .*soluciones/07_perdida no tiene caso en .*"),
    "carpeta-ajena": (lambda b: (b / "retos" / "Borrador").mkdir(), "catalogo",
                      r"la carpeta .*retos/Borrador no es un caso .*"),
}


@pytest.mark.parametrize("rotura", list(ROTURAS), ids=list(ROTURAS))
def test_cada_regla_nombra_el_problema(caso, rotura):
    romper, regla, patron = ROTURAS[rotura]
    romper(caso)
    faltas = _faltas(caso)
    assert len(faltas) == 1, faltas
    assert faltas[0][0] == regla
    assert re.fullmatch(patron, faltas[0][1]), faltas[0][1]


def test_solucion_que_falta_impide_juzgar(caso):
    (caso / S / "contador.py").unlink()
    comprobar = _comprobador(Veredicto.CARRERA)
    faltas = _faltas(caso, comprobar=comprobar)
    assert [r for r, _ in faltas] == ["solucion"]
    assert "cada archivo del alumno necesita su versión reparada" in faltas[0][1]
    assert comprobar.llamadas == []


def test_numero_repetido(caso):
    crear_reto(_fuente(caso), "Otro", "hilos")
    _completar(caso, "02_otro")
    (caso / "retos" / "02_otro").rename(caso / "retos" / "001_otro")
    (caso / "soluciones" / "02_otro").rename(caso / "soluciones" / "001_otro")
    _cambiar(caso / "retos" / "001_otro" / "reto.toml", "numero = 2", "numero = 1")
    faltas = _faltas(caso)
    assert [r for r, _ in faltas] == ["catalogo", "catalogo"]
    assert all(m.startswith("el número 1 está repetido (001_otro, 01_el_contador_loco)")
               for _, m in faltas)


# -- reglas de veredictos ---------------------------------------------------------------------


def test_k_veredictos_con_semillas_distintas(caso):
    comprobar = _comprobador(Veredicto.CARRERA)
    assert _faltas(caso, comprobar=comprobar, veredictos=3) == []
    assert sorted(comprobar.llamadas) == sorted(
        [("rota", s) for s in (7, 8, 9)] + [("solucion", s) for s in (7, 8, 9)])


def test_la_rota_que_aprueba_una_vez_no_vale(caso):
    comprobar = _comprobador([Veredicto.CARRERA, Veredicto.APROBADO, Veredicto.CARRERA])
    faltas = _faltas(caso, comprobar=comprobar, veredictos=3, trabajos=1)
    assert faltas == [("roto_falla", "la versión rota APROBÓ con la semilla 8: el juez no "
                       "detecta el fallo en todas las ejecuciones. Endurece el juez (más "
                       "planificaciones, parámetros que lo provoquen siempre)")]


@pytest.mark.parametrize("veredicto", [Veredicto.ERROR_INTERNO, Veredicto.NO_CARGA])
def test_la_rota_debe_fallar_por_el_caso(caso, veredicto):
    faltas = _faltas(caso, comprobar=_comprobador(veredicto), veredictos=1)
    assert faltas == [("roto_falla", f"la versión rota dio «{veredicto.titulo}» con la semilla "
                       "7 (algo pasó): debe fallar por el error de concurrencia del caso, no "
                       "por el juez ni por no cargar")]


def test_la_solucion_debe_aprobar_siempre(caso):
    faltas = _faltas(caso, comprobar=_comprobador(Veredicto.CARRERA, Veredicto.CUELGUE),
                     veredictos=2)
    assert [m for _, m in faltas] == [
        f"la solución no aprobó con la semilla {s}: «Cuelgue» (algo pasó). Arregla la "
        "solución o el juez; ha de aprobar en los 2 veredictos" for s in (7, 8)]
    assert {r for r, _ in faltas} == {"solucion_aprueba"}


# -- de verdad: plantillas, un juez flojo y nuestro catálogo ----------------------------------


@pytest.mark.parametrize("motor", sorted(PLANTILLAS))
def test_plantilla_completada_pasa_la_revision_real(runner, tmp_path, motor):
    base = tmp_path / "casos"
    crear_reto(_fuente(base), "Caso real", motor)
    resultado = _ok(runner.invoke(verificar, ["autor", "comprobar", str(base), "--veredictos",
                                              "1", "--formato", "json"]), codigo=1)
    datos = json.loads(resultado.stdout)
    assert {f["regla"] for c in datos["casos"] for f in c["faltas"]} == {"pendientes"}
    assert [v["veredicto"] != "aprobado" for v in datos["casos"][0]["veredictos"]] == [
        True, False]  # la rota falla, la solución aprueba
    _completar(base, "01_caso_real")
    resultado = _ok(runner.invoke(verificar, ["autor", "comprobar", str(base), "--veredictos",
                                              "2", "--semilla", "11"]))
    assert "✔ 01_caso_real · Caso real  (rota falla 2/2, solución aprueba 2/2)" in resultado.stdout
    assert "Todo en orden: 1 de 1 casos cumplen todas las reglas" in resultado.stdout


def test_juez_flojo_real_se_detecta(runner, caso):
    # Sin el motor, con hilos reales y pocas sumas, CPython casi nunca pierde una.
    _cambiar(caso / R / "test_juez.py", "hilos.explorar(escenario, minimo_hilos=n_hilos)",
             "escenario()")
    resultado = _ok(runner.invoke(verificar, ["autor", "comprobar", str(caso), "--veredictos",
                                              "2", "--semilla", "3"]), codigo=1)
    assert "✘ 01_el_contador_loco · El contador loco  (rota falla 0/2, solución aprueba 2/2)" \
        in resultado.stdout
    assert resultado.stdout.count("[roto_falla] la versión rota APROBÓ con la semilla") == 2
    assert ("Para repetir esta revisión: verificar autor comprobar "
            f"{caso} --veredictos 2 --semilla 3") in resultado.stdout


def test_comprobar_reto_inexistente_y_ruta_mala(runner, catalogo_falso, tmp_path):
    resultado = runner.invoke(verificar, ["autor", "comprobar", str(catalogo_falso),
                                          "--reto", "9"])
    assert resultado.exit_code == 2
    assert "no hay ningún caso con número 9 válido" in resultado.stderr
    resultado = runner.invoke(verificar, ["autor", "comprobar", str(tmp_path / "no")])
    assert resultado.exit_code == 2
    assert "no existe o no es una carpeta" in resultado.stderr


def test_nuestro_catalogo_pasa_la_revision(runner, monkeypatch):
    """Como `dev check` de rustlings sobre retos/ y soluciones/, con K = 2."""
    monkeypatch.delenv("VERIFICADOR_RETOS", raising=False)
    resultado = _ok(runner.invoke(verificar, ["autor", "comprobar", "--veredictos", "2",
                                              "--formato", "json"]))
    datos = json.loads(resultado.stdout)
    assert datos["correcta"] is True
    assert len(datos["casos"]) >= 10
    for caso in datos["casos"]:
        assert len(caso["veredictos"]) == 4, caso


@pytest.mark.parametrize("orden", [["autor"], ["autor", "nuevo"], ["autor", "comprobar"],
                                   ["vigilar"]], ids=" ".join)
def test_ayuda_en_espanol(runner, orden):
    resultado = _ok(runner.invoke(verificar, [*orden, "-h"]))
    assert "Muestra esta ayuda y sale." in resultado.stdout
    assert "Show this message" not in resultado.stdout
    assert "default" not in resultado.stdout


def test_comprobar_sin_ruta_usa_el_catalogo_del_espacio(runner, espacio, catalogo_falso,
                                                        monkeypatch):
    monkeypatch.delenv("VERIFICADOR_RETOS", raising=False)
    resultado = _ok(runner.invoke(verificar, ["autor", "comprobar", "--veredictos", "1",
                                              "--reto", "1", "--formato", "json"]), codigo=1)
    datos = json.loads(resultado.stdout)
    assert Path(datos["retos"]) == (catalogo_falso / "retos").resolve()
    assert [c["nombre"] for c in datos["casos"]] == ["01_suma_perdida"]
    # el catálogo falso de conftest no tiene historia ni `hilos` en su juez
    assert {f["regla"] for f in datos["casos"][0]["faltas"]} == {"caso", "archivos", "juez"}
    assert [v["veredicto"] for v in datos["casos"][0]["veredictos"]] == ["carrera", "aprobado"]


def test_nuevo_no_escribe_en_el_catalogo_instalado(runner, tmp_path, monkeypatch):
    import verificador.casos

    instalado = tmp_path / "site" / "verificador" / "_datos"
    (instalado / "retos").mkdir(parents=True)
    monkeypatch.delenv("VERIFICADOR_RETOS", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(verificador.casos, "catalogo_incluido", lambda: FuenteCatalogo(
        instalado / "retos", instalado / "soluciones", "el catálogo incluido"))
    resultado = runner.invoke(verificar, ["autor", "nuevo", "Mi caso"])
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        "Error: no creo casos dentro del catálogo instalado con el paquete; elige tu carpeta "
        "de casos con --retos RUTA (o el ajuste 'retos' de verificador.toml)\n")
    assert list((instalado / "retos").iterdir()) == []


def test_catalogo_vacio_no_esta_en_orden(runner, tmp_path):
    (tmp_path / "vacio" / "retos").mkdir(parents=True)
    resultado = _ok(runner.invoke(verificar, ["autor", "comprobar", str(tmp_path / "vacio")]),
                    codigo=1)
    assert re.search(r"✘ catálogo \[catalogo\] no hay ningún caso en \S*vacio/retos: crea uno "
                     r"con `verificar autor nuevo NOMBRE --retos RUTA`", resultado.stdout)


def test_superficie_publica():
    import verificador.autor
    import verificador.vigilancia

    assert sorted(verificador.autor.__all__) == sorted([
        "MARCA_PENDIENTE", "PLANTILLAS", "ErrorAutor", "Falta", "Prueba", "Regla", "RetoCreado",
        "Revision", "RevisionReto", "crear_reto", "revisar_catalogo", "slug_de", "titulo_de"])
    assert all(hasattr(verificador.autor, nombre) for nombre in verificador.autor.__all__)
    assert all(hasattr(verificador.vigilancia, n) for n in verificador.vigilancia.__all__)
