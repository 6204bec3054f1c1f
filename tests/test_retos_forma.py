"""La forma de cada reto del catálogo, sin ejecutar ningún motor (rápido).

Lo común a todos los retos (hilos, asyncio y procesos) se comprueba aquí una
vez; lo propio de cada motor (el veredicto de la versión rota, que la solución
aprueba, los atajos que nunca aprueban) vive en tests/test_retos_<motor>.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verificador.casos import MOTORES, FuenteCatalogo, Reto, cargar_catalogo

RAIZ = Path(__file__).resolve().parent.parent
CATALOGO = cargar_catalogo(FuenteCatalogo(RAIZ / "retos", RAIZ / "soluciones", "el repositorio"))
RETOS = list(CATALOGO.retos)
TEMAS = {"hilos": {"hilos", "sincronización"}, "asyncio": {"asyncio"}, "procesos": {"procesos"}}


def test_el_curriculo_tiene_los_diez_casos_del_tutorial() -> None:
    assert [r.numero for r in RETOS] == list(range(1, 11))


@pytest.mark.parametrize("reto", RETOS, ids=[r.nombre for r in RETOS])
def test_metadatos(reto: Reto) -> None:
    assert reto.motor in MOTORES
    assert reto.tema in TEMAS.get(reto.motor, {reto.tema})
    assert reto.numero == int(reto.nombre[:2])
    costes = [p.coste for p in reto.pistas]
    assert len(costes) >= 3
    assert all(c > 0 for c in costes)
    assert costes == sorted(costes), "las pistas más reveladoras deben costar más"
    assert sum(costes) < reto.puntos
    caso = (reto.directorio / "caso.md").read_text(encoding="utf-8")
    assert caso.startswith(f"# {reto.titulo}\n")
    assert f"verificar reto {reto.numero}" in caso


@pytest.mark.parametrize("reto", RETOS, ids=[r.nombre for r in RETOS])
def test_carpetas_sin_archivos_de_mas(reto: Reto) -> None:
    def contenido(carpeta: Path) -> set[str]:
        return {p.name for p in carpeta.iterdir() if p.name != "__pycache__"}

    solucion = CATALOGO.solucion(reto)
    assert contenido(reto.directorio) == {"caso.md", "reto.toml", "test_juez.py", *reto.archivos}
    assert contenido(solucion) == {"EXPLICACION.md", *reto.archivos}
    assert (solucion / "EXPLICACION.md").read_text(encoding="utf-8").strip()
