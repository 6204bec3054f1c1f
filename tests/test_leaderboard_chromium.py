"""La clasificación HTML abierta en un Chromium de verdad (sin red): se pinta y se lee.

CI instala chromium en .ci/run; sin ese binario la prueba se salta diciendo por qué.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_aula import calificacion_ejemplo
from verificador.aula.html import a_html

NAVEGADOR = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                  if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(
    NAVEGADOR is None,
    reason="no hay chromium instalado (apt-get install -y chromium); CI lo instala en .ci/run",
)
OPCIONES = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1280,800"]


def _chromium(tmp_path: Path, *argumentos: str) -> subprocess.CompletedProcess[str]:
    assert NAVEGADOR is not None
    return subprocess.run(
        [NAVEGADOR, *OPCIONES, f"--user-data-dir={tmp_path / 'perfil'}", *argumentos],
        capture_output=True, text=True, timeout=90, check=False,
    )


@pytest.fixture
def pagina(tmp_path: Path) -> Path:
    ruta = tmp_path / "clasificacion.html"
    ruta.write_text(a_html(calificacion_ejemplo()), encoding="utf-8")
    return ruta


def test_dom_renderizado_con_orden_medallas_y_marcas(pagina: Path, tmp_path: Path):
    proceso = _chromium(tmp_path, "--dump-dom", pagina.as_uri())
    assert proceso.returncode == 0, proceso.stderr[-2000:]
    dom = proceso.stdout
    filas = re.findall(r'<tr(?: class="podio")? data-alumno="([^"]+)"', dom)
    assert filas == ["carla", "ana", "beto", "=cmd", "dani", "eva"]
    assert dom.count('class="medalla oro"') == 1 and dom.count('class="medalla plata"') == 2
    assert "medalla bronce" not in dom  # ana y beto empatan en el 2: el siguiente es el 4
    assert dom.count("marca ok") == 7 and "marca trampa" in dom and "marca interno" in dom
    assert re.search(r'id="generado">Generado el 01/05/2025 10:00 UTC', dom)


def test_captura_no_vacia(pagina: Path, tmp_path: Path):
    captura = tmp_path / "captura.png"
    proceso = _chromium(tmp_path, f"--screenshot={captura}", pagina.as_uri())
    assert proceso.returncode == 0, proceso.stderr[-2000:]
    datos = captura.read_bytes()
    assert datos.startswith(b"\x89PNG") and len(datos) > 10_000
