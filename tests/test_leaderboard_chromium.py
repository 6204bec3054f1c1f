"""La clasificación HTML abierta en un Chromium de verdad (sin red): se pinta, se lee y cabe.

CI instala chromium en .ci/run; sin ese binario la prueba se salta diciendo por qué.
Que «cabe» se mide en el navegador: a una copia de la página se le añade un
script que escribe en el DOM el ancho y el alto que ocupan la tabla y el pie, y
`--dump-dom` lo devuelve. La página de verdad no lleva JavaScript.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_aula import calificacion_ejemplo
from verificador.aula import clasificar
from verificador.aula.html import a_html
from verificador.aula.modelo import (
    SIN_ENTREGA,
    SIN_INTENTAR,
    Calificacion,
    ResultadoAlumno,
    ResultadoCaso,
    RetoCalificado,
    Situacion,
)

NAVEGADOR = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                  if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(
    NAVEGADOR is None,
    reason="no hay chromium instalado (apt-get install -y chromium); CI lo instala en .ci/run",
)
OPCIONES = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--hide-scrollbars"]
MEDIR = """
<script>
const t = {right: Math.max(...Array.from(document.querySelectorAll("table"),
                                        x => x.getBoundingClientRect().right))};
const f = document.querySelector("footer").getBoundingClientRect();
const d = document.createElement("div");
d.id = "medida";
d.textContent = [innerWidth, innerHeight, Math.ceil(t.right), Math.ceil(f.bottom),
                 Math.ceil(document.documentElement.scrollWidth),
                 parseFloat(getComputedStyle(document.querySelector("table")).fontSize)].join(" ");
document.body.appendChild(d);
</script>
"""


def _chromium(tmp_path: Path, *argumentos: str, ventana: str = "1280,800"
              ) -> subprocess.CompletedProcess[str]:
    assert NAVEGADOR is not None
    return subprocess.run(
        [NAVEGADOR, *OPCIONES, f"--window-size={ventana}", f"--user-data-dir={tmp_path / 'perfil'}",
         *argumentos],
        capture_output=True, text=True, timeout=90, check=False,
    )


def calificacion_grande(alumnos: int, casos: int, semilla: int = 1) -> Calificacion:
    """Una clase inventada: nombres largos, todos los estados, empates y entregas vacías."""
    rng = random.Random(semilla)
    retos = [RetoCalificado(n, f"{n:02d}_caso", f"Caso {n}", 100) for n in range(1, casos + 1)]
    veredictos = ["aprobado"] * 5 + ["carrera", "interbloqueo", "sin_concurrencia", "trampa",
                                     "presupuesto_agotado", SIN_INTENTAR, SIN_ENTREGA]
    lista = []
    for i in range(alumnos):
        nombre = f"alumna-{i:02d}-" + "x" * rng.randint(0, 30)
        if i % 9 == 8:
            elegidos = [SIN_INTENTAR] * casos
        else:
            elegidos = [rng.choice(veredictos) for _ in range(casos)]
        lista.append(ResultadoAlumno(
            alumno=nombre, origen=nombre, situacion=Situacion.VALIDA,
            casos=[ResultadoCaso(numero=r.numero, nombre=r.nombre, puntos_reto=100,
                                 veredicto=v, puntos=100 if v == "aprobado" else 0, semilla=3)
                   for r, v in zip(retos, elegidos)],
            pistas=rng.randint(0, 9), fallidos=rng.randint(0, 99)))
    return Calificacion(retos=retos, alumnos=clasificar(lista), semilla=semilla,
                        momento="2025-05-01T10:00:00+00:00", trabajos=2, duracion_s=9.0,
                        catalogo="/cat")


@pytest.fixture
def pagina(tmp_path: Path) -> Path:
    ruta = tmp_path / "clasificacion.html"
    ruta.write_text(a_html(calificacion_ejemplo()), encoding="utf-8")
    return ruta


def test_dom_renderizado_con_orden_medallas_y_marcas(pagina: Path, tmp_path: Path):
    proceso = _chromium(tmp_path, "--dump-dom", pagina.as_uri())
    assert proceso.returncode == 0, proceso.stderr[-2000:]
    dom = proceso.stdout
    filas = re.findall(r'<tr(?: class="[^"]+")? data-alumno="([^"]+)"', dom)
    assert filas == ["carla", "ana", "beto", "=cmd", "dani", "eva"]
    assert dom.count('class="medalla oro"') == 1 and dom.count('class="medalla plata"') == 2
    assert "medalla bronce" not in dom  # ana y beto empatan en el 2: el siguiente es el 4
    cuerpo = dom.split("<footer>")[0]
    assert cuerpo.count("marca ok") == 7 and "marca trampa" in cuerpo
    assert "marca interno" in cuerpo
    assert re.search(r'id="generado">Generado el 01/05/2025 10:00 UTC', dom)


@pytest.mark.parametrize("ventana", ["1280,720", "1920,1080"])
@pytest.mark.parametrize(("alumnos", "casos"), [(40, 30), (40, 10), (12, 10)])
def test_cabe_en_la_ventana_del_proyector(tmp_path: Path, ventana, alumnos, casos):
    ruta = tmp_path / "medir.html"
    html = a_html(calificacion_grande(alumnos, casos))
    ruta.write_text(html.replace("</body>", MEDIR + "</body>"), encoding="utf-8")
    proceso = _chromium(tmp_path, "--dump-dom", ruta.as_uri(), ventana=ventana)
    assert proceso.returncode == 0, proceso.stderr[-2000:]
    medida = re.search(r'<div id="medida">([\d. ]+)</div>', proceso.stdout)
    assert medida is not None, proceso.stdout[-2000:]
    ancho, alto, derecha, abajo, desplazable, letra = (float(x) for x in medida[1].split())
    assert derecha <= ancho and desplazable <= ancho, medida[1]  # ninguna columna cortada
    assert abajo <= alto, medida[1]  # ni la última fila ni la leyenda quedan fuera
    # Y se lee en un proyector: al menos 11 px a 1280×720 (Chromium deja ~580 px de alto
    # útil; con 40 alumnos la clasificación va en dos tablas lado a lado), más en 1920×1080.
    assert letra >= (11 if ventana == "1280,720" else 16), medida[1]
    if alumnos > 20 and casos >= 30:
        assert html.count("<table") == 2  # 1–20 a la izquierda, 21–40 a la derecha


def test_captura_no_vacia(pagina: Path, tmp_path: Path):
    captura = tmp_path / "captura.png"
    proceso = _chromium(tmp_path, f"--screenshot={captura}", pagina.as_uri())
    assert proceso.returncode == 0, proceso.stderr[-2000:]
    datos = captura.read_bytes()
    assert datos.startswith(b"\x89PNG") and len(datos) > 10_000


def test_evidencia_en_calles_se_pinta_y_cabe_a_lo_ancho(tmp_path: Path):
    """La página de `verificar reto N --html`: calles, corte marcado y sin desbordar a 1280."""
    from verificador.informe_html import PaginaEvidencia
    from verificador.informe_html import a_html as evidencia_html
    from verificador.veredictos import Evidencia, Paso, Veredicto

    pasos = [Paso(f"Thread-{i % 4 + 1} (depositar)", "banco.py", 14, "saldo += dinero",
                  f"lee saldo = {i}; escribe saldo = {i + 9}") for i in range(12)]
    pasos.append(Paso("Thread-1 (depositar)", "banco.py", 14, "saldo += dinero",
                      "escribe saldo = 9 usando el valor viejo 0: se pierde lo que escribió "
                      "Thread-4 (depositar)"))
    pagina = evidencia_html(PaginaEvidencia(
        "Reto 2: El saldo", Veredicto.CARRERA, Evidencia(resumen="Se perdieron depósitos",
                                                         linea_tiempo=pasos), 7,
        "verificar reto 2 --semilla 7", "hilos"))
    ruta = tmp_path / "evidencia.html"
    medir = """<script>
const d = document.createElement("div"); d.id = "medida";
d.textContent = [innerWidth, Math.ceil(document.documentElement.scrollWidth),
  document.querySelectorAll(".cab").length, document.querySelectorAll(".corte").length,
  Math.round(document.querySelector(".rota").getBoundingClientRect().height)].join(" ");
document.body.appendChild(d);
</script>"""
    ruta.write_text(pagina.replace("</body>", medir + "</body>"), encoding="utf-8")
    proceso = _chromium(tmp_path, "--dump-dom", ruta.as_uri(), ventana="1280,720")
    assert proceso.returncode == 0, proceso.stderr[-2000:]
    medida = re.search(r'<div id="medida">([\d ]+)</div>', proceso.stdout)
    assert medida is not None, proceso.stdout[-2000:]
    ancho, desplazable, cabeceras, cortes, alto_rota = (int(x) for x in medida[1].split())
    assert desplazable <= ancho  # cuatro calles caben a lo ancho
    assert cabeceras == 5 and cortes == 1 and alto_rota > 0
