"""Catálogo: reto.toml, validación que nombra archivo y campo, y precedencia de rutas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from verificador.casos import (
    DIFICULTADES,
    MOTORES,
    ErrorCatalogo,
    FuenteCatalogo,
    cargar_catalogo,
    cargar_reto,
    catalogo_incluido,
    resolver_catalogo,
)

INCLUIDO = cargar_catalogo(catalogo_incluido())


@pytest.mark.parametrize("reto", INCLUIDO.retos, ids=[r.slug for r in INCLUIDO.retos])
def test_cada_reto_incluido_es_valido_y_completo(reto):
    assert reto.directorio.name == reto.nombre
    assert reto.nombre.startswith(f"{reto.numero:02d}_")
    assert reto.dificultad in DIFICULTADES
    assert reto.motor in MOTORES
    assert reto.juez.is_file(), "cada reto necesita su test_juez.py"
    assert (reto.directorio / "caso.md").is_file()
    assert len(reto.pistas) >= 3, "el juego promete al menos tres pistas por reto"
    assert all(p.coste >= 0 and p.texto for p in reto.pistas)
    solucion = INCLUIDO.solucion(reto)
    for archivo in reto.archivos:
        assert (solucion / archivo).is_file(), f"falta la solución {archivo}"
        assert (solucion / archivo).read_bytes() != (reto.directorio / archivo).read_bytes()


def test_catalogo_incluido_numerado_sin_huecos():
    numeros = [r.numero for r in INCLUIDO.retos]
    assert numeros == list(range(1, len(numeros) + 1))


def _fuente(base: Path) -> FuenteCatalogo:
    return FuenteCatalogo(base / "retos", base / "soluciones", "prueba")


def test_carga_los_campos(catalogo_falso):
    catalogo = cargar_catalogo(_fuente(catalogo_falso))
    reto = catalogo.obtener(2)
    assert reto.nombre == "02_otra_suma"
    assert reto.slug == "otra_suma"
    assert reto.puntos == 50
    assert reto.archivos == ("contador.py",)
    assert [p.coste for p in reto.pistas] == [5, 60, 0]
    assert reto.tiempo_limite_s == 20.0
    assert catalogo.solucion(reto) == catalogo_falso / "soluciones" / "02_otra_suma"


def test_numero_inexistente_dice_el_rango(catalogo_falso):
    catalogo = cargar_catalogo(_fuente(catalogo_falso))
    with pytest.raises(ErrorCatalogo, match=r"^no existe el reto 9; los retos válidos son del 1 "
                       r"al 2\. Míralos con `verificar lista`$"):
        catalogo.obtener(9)


def test_carpetas_ajenas_se_ignoran(catalogo_falso):
    (catalogo_falso / "retos" / "__pycache__").mkdir()
    (catalogo_falso / "retos" / "README.md").write_text("x")
    assert len(cargar_catalogo(_fuente(catalogo_falso)).retos) == 2


def _reescribir(carpeta: Path, viejo: str, nuevo: str) -> None:
    toml = carpeta / "reto.toml"
    texto = toml.read_text(encoding="utf-8")
    assert viejo in texto
    toml.write_text(texto.replace(viejo, nuevo, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("viejo", "nuevo", "mensaje"),
    [
        ("puntos = 100", 'puntos = "cien"',
         r"^valor 'cien' inválido para 'puntos' en .*03_roto[/\\]reto\.toml: debe ser un entero "
         r"mayor o igual que 1$"),
        ("puntos = 100", "puntos = 0", r"^valor 0 inválido para 'puntos' en .*reto\.toml"),
        ("puntos = 100", "puntos = true", r"^valor True inválido para 'puntos'"),
        ('dificultad = "fácil"', 'dificultad = "imposible"',
         r"^valor 'imposible' inválido para 'dificultad' en .*reto\.toml: debe ser uno de "
         r"fácil, media, difícil$"),
        ('motor = "hilos"', 'motor = "fibras"', r"^valor 'fibras' inválido para 'motor'"),
        ("numero = 3", "numero = 4", r"^valor 4 inválido para 'numero' .*no coincide con la "
         r"carpeta 03_roto$"),
        ("repeticiones = 2", "repeticiones = 0", r"^valor 0 inválido para 'repeticiones'"),
        ("tiempo_limite_s = 20", "tiempo_limite_s = -1",
         r"^valor -1 inválido para 'tiempo_limite_s' .*: debe ser un número de segundos > 0$"),
        ('archivos = ["contador.py"]', 'archivos = ["falta.py"]',
         r"^el archivo 'falta\.py' de 'archivos' no existe en .*03_roto$"),
        ('archivos = ["contador.py"]', 'archivos = ["../fuera.py"]',
         r"^valor '\.\./fuera\.py' inválido para 'archivos'"),
        ('archivos = ["contador.py"]', "archivos = []", r"^valor \[\] inválido para 'archivos'"),
        ('titulo = "Reto de prueba 3"', 'titulo = ""', r"^valor '' inválido para 'titulo'"),
        ('titulo = "Reto de prueba 3"', 'titulos = "x"',
         r"^clave desconocida 'titulos' en .*reto\.toml; las válidas son archivos, dificultad"),
        ("coste = 10", "coste = -5", r"^valor -5 inválido para 'pistas\[1\]\.coste'"),
        ("coste = 10", "coste = 10\nnota = 1", r"^clave desconocida 'nota' en 'pistas\[1\]'"),
        ("puntos = 100", "puntos = = 1", r"^.*reto\.toml no es un TOML válido: "),
    ],
    ids=["puntos-texto", "puntos-cero", "puntos-bool", "dificultad", "motor", "numero",
         "repeticiones", "tiempo", "archivo-falta", "archivo-fuera", "archivos-vacio",
         "titulo-vacio", "clave-desconocida", "coste-negativo", "clave-pista", "toml-roto"],
)
def test_validacion_nombra_archivo_y_campo(hacer_reto, viejo, nuevo, mensaje):
    carpeta = hacer_reto("03_roto")
    _reescribir(carpeta, viejo, nuevo)
    with pytest.raises(ErrorCatalogo, match=mensaje):
        cargar_reto(carpeta)


def test_falta_un_campo(hacer_reto: Callable[..., Path]):
    carpeta = hacer_reto("03_roto")
    _reescribir(carpeta, 'motor = "hilos"\n', "")
    mensaje = r"^falta el campo 'motor' en .*03_roto[/\\]reto\.toml$"
    with pytest.raises(ErrorCatalogo, match=mensaje):
        cargar_reto(carpeta)


def test_falta_reto_toml(hacer_reto):
    carpeta = hacer_reto("03_roto")
    (carpeta / "reto.toml").unlink()
    mensaje = r"^falta .*reto\.toml: cada reto necesita su reto\.toml$"
    with pytest.raises(ErrorCatalogo, match=mensaje):
        cargar_reto(carpeta)


def test_numero_repetido(hacer_reto, catalogo_falso):
    hacer_reto("03_uno")
    hacer_reto("003_dos", numero=3)
    with pytest.raises(ErrorCatalogo, match=r"^el número 3 está repetido en 003_dos y 03_uno"):
        cargar_catalogo(_fuente(catalogo_falso))


# -- dónde está el catálogo: opción > entorno > ajuste > incluido --------------------------


def test_precedencia_opcion_entorno_ajuste(tmp_path, catalogo_falso):
    otro = tmp_path / "otro"
    (otro / "retos").mkdir(parents=True)
    tercero = tmp_path / "tercero"
    tercero.mkdir()
    marcador = tmp_path / "verificador.toml"
    entorno = {"VERIFICADOR_RETOS": str(otro)}
    fuente = resolver_catalogo(str(catalogo_falso), ajuste="tercero", archivo_ajustes=marcador,
                               entorno=entorno)
    assert (fuente.retos, fuente.origen) == (catalogo_falso.resolve() / "retos",
                                             "la opción --retos")
    fuente = resolver_catalogo(None, ajuste="tercero", archivo_ajustes=marcador, entorno=entorno)
    assert (fuente.retos, fuente.origen) == (otro.resolve() / "retos",
                                             "la variable VERIFICADOR_RETOS")
    fuente = resolver_catalogo(None, ajuste="tercero", archivo_ajustes=marcador, entorno={})
    assert fuente.retos == tercero.resolve()
    assert fuente.soluciones == tmp_path.resolve() / "soluciones"
    assert fuente.origen.startswith("el ajuste 'retos' de ")
    assert resolver_catalogo(None, entorno={}) == catalogo_incluido()


def test_ruta_inexistente_nombra_su_origen(tmp_path):
    with pytest.raises(ErrorCatalogo, match=r"^la ruta de retos '.*nada' de la variable "
                       r"VERIFICADOR_RETOS no existe o no es una carpeta; corrígela"):
        resolver_catalogo(None, entorno={"VERIFICADOR_RETOS": str(tmp_path / "nada")})
    with pytest.raises(ErrorCatalogo, match=r"de la opción --retos no existe"):
        resolver_catalogo(str(tmp_path / "nada"), entorno={})


def test_catalogo_incluido_en_un_clon_es_retos_del_repositorio():
    raiz = Path(__file__).resolve().parent.parent
    fuente = catalogo_incluido()
    import verificador

    if Path(verificador.__file__).resolve().parent.parent != raiz:  # pragma: no cover
        pytest.skip("instalación no editable: el catálogo va dentro del paquete (_datos)")
    if (raiz / "verificador" / "_datos" / "retos").is_dir():  # pragma: no cover
        pytest.skip("instalación con _datos: no es un clon")
    assert fuente.retos == raiz / "retos"
    assert fuente.soluciones == raiz / "soluciones"
