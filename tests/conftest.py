"""Fixtures compartidas: `runner` (CliRunner de click) y espacios de trabajo temporales.

CliRunner cambia los flujos de todo el proceso: estas pruebas se paralelizan
con procesos (pytest-xdist), nunca con hilos.
"""

from __future__ import annotations

import signal
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from verificador.casos import FuenteCatalogo, cargar_catalogo
from verificador.espacio import iniciar

# Lanzada en segundo plano desde un shell no interactivo (`bash .ci/run &`), la suite
# hereda SIGINT ignorada, y también los procesos que lanza: las pruebas de Ctrl-C no
# verían nada. Con un manejador de Python, los hijos vuelven a recibirla (exec la
# restablece a la acción por omisión; la ignorada se heredaría tal cual).
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

JUEZ_SUMA = '''
import threading

def test_suma(alumno):
    modulo = alumno.cargar()
    n = alumno.rng.randint(2, 5)
    total = modulo.main(n_hilos=n)
    alumno.exigir(total == n * 10, "Faltan sumas", esperado=str(n * 10), obtenido=str(total))
'''

CONTADOR_ROTO = '''
def main(n_hilos=3):
    return 7
'''

CONTADOR_BIEN = '''
import threading

def main(n_hilos=3):
    total = [0]
    candado = threading.Lock()
    def trabajar():
        for _ in range(10):
            with candado:
                total[0] += 1
    hilos = [threading.Thread(target=trabajar) for _ in range(n_hilos)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    return total[0]

if __name__ == "__main__":
    main()
'''


def escribir_reto(
    base: Path,
    nombre: str,
    *,
    numero: int | None = None,
    puntos: int = 100,
    archivos: dict[str, str] | None = None,
    solucion: dict[str, str] | None = None,
    juez: str = JUEZ_SUMA,
    costes: tuple[int, ...] = (10, 20, 30),
    extra: str = "",
) -> Path:
    """Escribe un reto falso (y su solución) en `base/retos/<nombre>`."""
    archivos = archivos if archivos is not None else {"contador.py": CONTADOR_ROTO}
    carpeta = base / "retos" / nombre
    carpeta.mkdir(parents=True)
    numero = int(nombre.split("_")[0]) if numero is None else numero
    pistas = "".join(
        f'\n[[pistas]]\ntexto = "Pista {i} del reto {numero}"\ncoste = {c}\n'
        for i, c in enumerate(costes, start=1)
    )
    lista = ", ".join(f'"{n}"' for n in archivos)
    (carpeta / "reto.toml").write_text(textwrap.dedent(f"""\
        numero = {numero}
        titulo = "Reto de prueba {numero}"
        tema = "hilos"
        dificultad = "fácil"
        puntos = {puntos}
        archivos = [{lista}]
        motor = "hilos"
        repeticiones = 2
        tiempo_limite_s = 20
        {extra}""") + pistas, encoding="utf-8")
    (carpeta / "caso.md").write_text(f"# Caso {numero}\n", encoding="utf-8")
    (carpeta / "test_juez.py").write_text(juez, encoding="utf-8")
    for archivo, contenido in archivos.items():
        (carpeta / archivo).write_text(contenido, encoding="utf-8")
    solucion = solucion if solucion is not None else {"contador.py": CONTADOR_BIEN}
    carpeta_sol = base / "soluciones" / nombre
    carpeta_sol.mkdir(parents=True)
    for archivo, contenido in solucion.items():
        (carpeta_sol / archivo).write_text(contenido, encoding="utf-8")
    (carpeta_sol / "EXPLICACION.md").write_text("Usa un **candado**.\n", encoding="utf-8")
    return carpeta


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def catalogo_falso(tmp_path: Path) -> Path:
    """Un catálogo pequeño con dos retos: carpeta con `retos/` y `soluciones/`."""
    base = tmp_path / "catalogo"
    escribir_reto(base, "01_suma_perdida", puntos=100)
    escribir_reto(base, "02_otra_suma", puntos=50, costes=(5, 60, 0))
    return base


@pytest.fixture
def espacio(
    tmp_path: Path, catalogo_falso: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Un espacio creado con `iniciar` sobre el catálogo falso; la carpeta actual es su raíz."""
    monkeypatch.delenv("VERIFICADOR_RETOS", raising=False)
    fuente = FuenteCatalogo(
        catalogo_falso / "retos", catalogo_falso / "soluciones", "prueba"
    )
    destino = tmp_path / "taller"
    iniciar(destino, cargar_catalogo(fuente), ajuste_retos=str(catalogo_falso))
    monkeypatch.chdir(destino)
    return destino


@pytest.fixture
def hacer_reto(tmp_path: Path) -> Callable[..., Path]:
    return lambda nombre, **kw: escribir_reto(tmp_path / "catalogo", nombre, **kw)

