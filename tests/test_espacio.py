"""Espacio de trabajo: encontrarlo, crearlo, y reiniciar un reto sin perder el intento."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from verificador.casos import FuenteCatalogo, cargar_catalogo, catalogo_incluido
from verificador.espacio import (
    ErrorEspacio,
    buscar_espacio,
    exigir_espacio,
    iniciar,
    reiniciar,
)

INCLUIDO = cargar_catalogo(catalogo_incluido())


def _catalogo(base: Path):
    return cargar_catalogo(FuenteCatalogo(base / "retos", base / "soluciones", "prueba"))


def test_se_encuentra_desde_una_subcarpeta(espacio):
    profunda = espacio / "retos" / "01_suma_perdida" / "a" / "b"
    profunda.mkdir(parents=True)
    encontrado = buscar_espacio(profunda)
    assert encontrado is not None
    assert encontrado.raiz == espacio.resolve()
    assert encontrado.ajuste_retos is not None


def test_fuera_de_un_espacio(tmp_path):
    aislada = tmp_path / "nada"
    aislada.mkdir()
    assert buscar_espacio(aislada) is None
    with pytest.raises(ErrorEspacio, match=r"^no estás dentro de un espacio de trabajo de "
                       r"verificador .*; crea uno con `verificar iniciar CARPETA`$"):
        exigir_espacio(aislada)


@pytest.mark.parametrize(
    ("contenido", "mensaje"),
    [("retos = = 1", r"verificador\.toml no es un TOML válido"),
     ("colores = 1", r"^ajuste desconocido 'colores' en .*verificador\.toml; el único ajuste es"),
     ("retos = 3", r"^valor 3 inválido para 'retos' en .*verificador\.toml")],
    ids=["toml-roto", "desconocido", "tipo"],
)
def test_marcador_invalido(tmp_path, contenido, mensaje):
    (tmp_path / "verificador.toml").write_text(contenido, encoding="utf-8")
    with pytest.raises(ErrorEspacio, match=mensaje):
        buscar_espacio(tmp_path)


def test_iniciar_copia_lo_del_alumno_y_no_el_juez(tmp_path, catalogo_falso):
    catalogo = _catalogo(catalogo_falso)
    destino = tmp_path / "nuevo"
    espacio = iniciar(destino, catalogo)
    for reto in catalogo.retos:
        carpeta = destino / "retos" / reto.nombre
        assert sorted(p.name for p in carpeta.iterdir()) == ["caso.md", "contador.py"]
        assert (destino / ".verificador" / "originales" / reto.nombre / "contador.py").is_file()
        assert espacio.directorio_intentos(catalogo, reto) == carpeta
    assert (destino / "verificador.toml").is_file()
    assert buscar_espacio(destino) == espacio


@pytest.mark.parametrize("reto", INCLUIDO.retos, ids=[r.slug for r in INCLUIDO.retos])
def test_iniciar_con_cada_reto_incluido(tmp_path, reto):
    destino = tmp_path / "taller"
    iniciar(destino, INCLUIDO)
    carpeta = destino / "retos" / reto.nombre
    for archivo in reto.archivos:
        assert (carpeta / archivo).read_bytes() == (reto.directorio / archivo).read_bytes()
    assert (carpeta / "caso.md").is_file()
    assert not (carpeta / "test_juez.py").exists()
    assert not (carpeta / "reto.toml").exists()  # pistas y costes: solo en el catálogo


def test_iniciar_se_niega_a_sobrescribir(tmp_path, catalogo_falso):
    destino = tmp_path / "lleno"
    destino.mkdir()
    (destino / "mio.txt").write_text("no me borres")
    with pytest.raises(ErrorEspacio, match=r"^la carpeta .*lleno ya existe y no está vacía; "
                       r"elige otra carpeta o vacíala \(no sobrescribo nada\)$"):
        iniciar(destino, _catalogo(catalogo_falso))
    assert [p.name for p in destino.iterdir()] == ["mio.txt"]


def test_iniciar_en_carpeta_vacia_existente(tmp_path, catalogo_falso):
    (tmp_path / "vacia").mkdir()
    iniciar(tmp_path / "vacia", _catalogo(catalogo_falso))
    assert (tmp_path / "vacia" / "verificador.toml").is_file()


def test_reiniciar_respalda_y_restaura(espacio, catalogo_falso):
    encontrado = exigir_espacio(espacio)
    catalogo = _catalogo(catalogo_falso)
    reto = catalogo.obtener(1)
    intento = espacio / "retos" / reto.nombre / "contador.py"
    original = intento.read_text(encoding="utf-8")
    intento.write_text("# mi intento\n", encoding="utf-8")
    hecho = reiniciar(encontrado, catalogo, reto)
    assert hecho.restaurados == ("contador.py",)
    assert hecho.respaldo is not None
    assert hecho.respaldo.parent.parent == espacio.resolve() / ".verificador" / "respaldos"
    assert (hecho.respaldo / "contador.py").read_text(encoding="utf-8") == "# mi intento\n"
    assert intento.read_text(encoding="utf-8") == original
    # otro intento en el mismo segundo no pisa el respaldo anterior
    intento.write_text("# segundo intento\n", encoding="utf-8")
    otro = reiniciar(encontrado, catalogo, reto)
    assert otro.respaldo != hecho.respaldo
    assert (hecho.respaldo / "contador.py").read_text(encoding="utf-8") == "# mi intento\n"
    assert (otro.respaldo / "contador.py").read_text(encoding="utf-8") == "# segundo intento\n"


def test_reiniciar_sin_cambios_no_hace_nada(espacio, catalogo_falso):
    catalogo = _catalogo(catalogo_falso)
    hecho = reiniciar(exigir_espacio(espacio), catalogo, catalogo.obtener(2))
    assert hecho.restaurados == ()
    assert hecho.respaldo is None
    assert not (espacio / ".verificador" / "respaldos").exists()


def test_reiniciar_archivo_borrado(espacio, catalogo_falso):
    catalogo = _catalogo(catalogo_falso)
    intento = espacio / "retos" / "02_otra_suma" / "contador.py"
    intento.unlink()
    hecho = reiniciar(exigir_espacio(espacio), catalogo, catalogo.obtener(2))
    assert hecho.restaurados == ("contador.py",)
    assert hecho.respaldo is None
    assert intento.is_file()


def _git(carpeta: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=carpeta,
                   check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="hace falta git")
def test_en_un_clon_el_original_sale_de_git(tmp_path, catalogo_falso):
    clon = tmp_path / "clon"
    shutil.copytree(catalogo_falso, clon)
    (clon / "verificador.toml").write_text('retos = "retos"\n', encoding="utf-8")
    _git(clon, "init", "-q")
    _git(clon, "add", ".")
    _git(clon, "commit", "-q", "-m", "inicial")
    espacio = exigir_espacio(clon / "retos")
    catalogo = _catalogo(clon)
    reto = catalogo.obtener(1)
    intento = clon / "retos" / reto.nombre / "contador.py"
    assert espacio.directorio_intentos(catalogo, reto) == intento.parent
    original = intento.read_bytes()
    intento.write_text("# intento en el clon\n", encoding="utf-8")
    hecho = reiniciar(espacio, catalogo, reto)
    assert intento.read_bytes() == original
    assert hecho.respaldo is not None
    assert (hecho.respaldo / "contador.py").read_text(encoding="utf-8") == "# intento en el clon\n"


def test_sin_original_ni_git_dice_que_hacer(tmp_path, catalogo_falso):
    clon = tmp_path / "sin_git"
    shutil.copytree(catalogo_falso, clon)
    (clon / "verificador.toml").write_text('retos = "retos"\n', encoding="utf-8")
    catalogo = _catalogo(clon)
    reto = catalogo.obtener(1)
    intento = clon / "retos" / reto.nombre / "contador.py"
    intento.write_text("# intento\n", encoding="utf-8")
    with pytest.raises(ErrorEspacio, match=r"^no encuentro la versión original de "
                       r"retos/01_suma_perdida/contador\.py: no está en \.verificador/originales/ "
                       r"ni en git\. .*`verificar iniciar CARPETA`$"):
        reiniciar(exigir_espacio(clon), catalogo, reto)
    assert intento.read_text(encoding="utf-8") == "# intento\n"  # no se tocó nada
