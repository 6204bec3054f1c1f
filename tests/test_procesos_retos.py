"""Retos de procesos (07-10): la versión entregada falla siempre, la solución aprueba siempre.

Cada veredicto se pide como lo pide `verificar reto N`: pytest en un
subproceso con el plugin de los jueces y las variables del protocolo (ver
docs/arquitectura.md). Los retos de procesos son más lentos que los de hilos
(cada ejecución arranca procesos reales con spawn), así que los veredictos se
reparten entre dos trabajadores.
"""

from __future__ import annotations

import ast
import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from variantes import escribir_variante

from verificador.casos import Reto, cargar_reto
from verificador.ejecucion.reto import comprobar_reto

RAIZ = Path(__file__).resolve().parent.parent
RETOS = RAIZ / "retos"
SOLUCIONES = RAIZ / "soluciones"

# Los retos de procesos y el veredicto que debe recibir su versión entregada.
ESPERADO_ROTO = {
    "07_cuadrados_que_no_viajan": "excepcion",
    "08_lista_que_vuelve_vacia": "incompleto",
    "09_cola_de_sensores": "cuelgue",
    "10_contador_de_visitas": "carrera",
}
NOMBRES = sorted(ESPERADO_ROTO)

VEREDICTOS_POR_VERSION = 20  # veredictos (semillas base distintas) por versión
TRABAJOS = 2  # veredictos en paralelo (cada uno ya lanza varios procesos)
LIMITE_VEREDICTO_S = 120  # segundos de reloj para un veredicto entero
LIMITE_PRUEBA_S = 900  # pytest-timeout de una prueba de 20+ veredictos (máquina cargada)


@dataclass
class Resultado:
    veredicto: str
    semilla: int
    detalle: str


def _reto(nombre: str) -> Reto:
    return cargar_reto(RETOS / nombre)


def _semillas(nombre: str, cantidad: int = VEREDICTOS_POR_VERSION) -> list[int]:
    numero = int(nombre[:2])
    return [7919 * k + 131 * numero for k in range(1, cantidad + 1)]


def juzgar(
    reto: Reto, alumno: Path, semilla: int, tmp: Path, *, prefijo: list[str] | None = None
) -> Resultado:
    """Un veredicto de `reto` sobre los archivos de `alumno`, con el lanzador real del producto."""
    informe = comprobar_reto(
        reto.juez, alumno, reto.archivos, semilla=semilla, repeticiones=reto.repeticiones,
        tiempo_limite_s=reto.tiempo_limite_s, prefijo=prefijo or (),
    )
    evidencia = informe.evidencia.a_dict() if informe.evidencia else {}
    detalle = json.dumps(evidencia, ensure_ascii=False)[:3000] + "\n" + informe.salida[-2000:]
    return Resultado(informe.veredicto.value, semilla, detalle)


def juzgar_varias(
    reto: Reto, alumno: Path, semillas: list[int], tmp: Path, **kw: object
) -> list[Resultado]:
    with ThreadPoolExecutor(max_workers=TRABAJOS) as grupo:
        return list(grupo.map(lambda s: juzgar(reto, alumno, s, tmp, **kw), semillas))  # type: ignore[arg-type]


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_archivos_exponen_main_y_guardia(nombre: str) -> None:
    reto = _reto(nombre)
    for carpeta in (reto.directorio, SOLUCIONES / nombre):
        for archivo in reto.archivos:
            arbol = ast.parse((carpeta / archivo).read_text(encoding="utf-8"))
            mains = [n for n in arbol.body if isinstance(n, ast.FunctionDef) and n.name == "main"]
            assert len(mains) == 1
            argumentos = mains[0].args
            assert len(argumentos.defaults) == len(argumentos.args) >= 1
            ultimo = arbol.body[-1]
            assert isinstance(ultimo, ast.If)
            assert ast.unparse(ultimo.test) == "__name__ == '__main__'"


# --- veredictos con muchas semillas ------------------------------------------


@pytest.mark.timeout(LIMITE_PRUEBA_S)
@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_version_entregada_falla_siempre(nombre: str, tmp_path: Path) -> None:
    reto = _reto(nombre)
    resultados = juzgar_varias(reto, reto.directorio, _semillas(nombre), tmp_path)
    malos = [r for r in resultados if r.veredicto != ESPERADO_ROTO[nombre]]
    assert not malos, "\n\n".join(
        f"semilla {r.semilla}: {r.veredicto}\n{r.detalle}" for r in malos[:3]
    )


@pytest.mark.timeout(LIMITE_PRUEBA_S)
@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_solucion_aprueba_siempre(nombre: str, tmp_path: Path) -> None:
    reto = _reto(nombre)
    resultados = juzgar_varias(reto, SOLUCIONES / nombre, _semillas(nombre), tmp_path)
    malos = [r for r in resultados if r.veredicto != "aprobado"]
    assert not malos, "\n\n".join(
        f"semilla {r.semilla}: {r.veredicto}\n{r.detalle}" for r in malos[:3]
    )


# --- intentos que nunca deben aprobar -----------------------------------------

_TRAMPAS = {
    "07_cuadrados_que_no_viajan": (
        "cuadrados.py",
        [
            (
                "    with multiprocessing.Pool(2) as pool:\n"
                "        resultados = pool.map(calcular_cuadrado, numeros)",
                "    resultados = [calcular_cuadrado(n) for n in numeros]",
            )
        ],
        "sin_concurrencia",
    ),
    "08_lista_que_vuelve_vacia": (
        "inscripciones.py",
        [
            (
                "            proceso.start()\n",
                "            agregar_valores(lista_compartida, lote)\n",
            ),
            ("        for proceso in procesos:\n            proceso.join()\n", ""),
        ],
        "sin_concurrencia",
    ),
    "09_cola_de_sensores": (
        "sensores.py",
        [
            ("    proceso.start()\n", "    calcular_cuadrado(lotes, cola)\n"),
            ("    proceso.join()\n", ""),
        ],
        "sin_concurrencia",
    ),
    "10_contador_de_visitas": (
        "visitas.py",
        [
            ("        proceso.start()\n", "        atender_visitas(contador, visitas)\n"),
            ("    for proceso in procesos:\n        proceso.join()\n", ""),
        ],
        "sin_concurrencia",
    ),
}

_A_MEDIAS = {
    # Guardia arreglada a lo becario, con una lambda: sigue fallando (pickle) y lo dice.
    "07_cuadrados_que_no_viajan": (
        "cuadrados.py",
        [
            ("pool = multiprocessing.Pool(2)\n", ""),
            (
                "    resultados = pool.map(calcular_cuadrado, numeros)",
                "    with multiprocessing.Pool(2) as pool:\n"
                "        resultados = pool.map(lambda n: n * n, numeros)",
            ),
        ],
        {"excepcion"},
    ),
    # Lista del Manager, pero sin esperar a los procesos.
    "08_lista_que_vuelve_vacia": (
        "inscripciones.py",
        [
            (
                "    lista_compartida = []\n",
                "    lista_compartida = multiprocessing.Manager().list()\n",
            ),
            ("    for proceso in procesos:\n        proceso.join()\n", ""),
        ],
        {"incompleto", "excepcion"},  # los hijos también pueden morir al cerrarse el Manager
    ),
    # Vaciar con `while not cola.empty()` justo tras start (el intento del técnico).
    "09_cola_de_sensores": (
        "sensores.py",
        [
            ("    proceso.join()\n\n", "\n"),
            (
                '    print(f"{len(resultados)} lotes procesados")\n',
                '    proceso.join()\n    print(f"{len(resultados)} lotes procesados")\n',
            ),
        ],
        {"incompleto", "cuelgue"},
    ),
    # Un candado nuevo en cada incremento no protege nada.
    "10_contador_de_visitas": (
        "visitas.py",
        [
            (
                "        contador.value += 1",
                "        with multiprocessing.Lock():\n            contador.value += 1",
            )
        ],
        "carrera",
    ),
}


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_trampa_sin_procesos(nombre: str, tmp_path: Path) -> None:
    archivo, cambios, esperado = _TRAMPAS[nombre]
    origen = SOLUCIONES / nombre
    alumno = escribir_variante(origen, tmp_path / "alumno", archivo, cambios)
    reto = _reto(nombre)
    resultados = juzgar_varias(reto, alumno, _semillas(nombre, 2), tmp_path)
    assert [r.veredicto for r in resultados] == [esperado] * 2, resultados[0].detalle


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_arreglo_a_medias_no_aprueba(nombre: str, tmp_path: Path) -> None:
    archivo, cambios, esperado = _A_MEDIAS[nombre]
    alumno = escribir_variante(RETOS / nombre, tmp_path / "alumno", archivo, cambios)
    reto = _reto(nombre)
    resultados = juzgar_varias(reto, alumno, _semillas(nombre, 4), tmp_path)
    for r in resultados:
        assert r.veredicto in esperado, r.detalle


@pytest.mark.lento
@pytest.mark.timeout(4 * LIMITE_PRUEBA_S)
@pytest.mark.skipif(shutil.which("taskset") is None, reason="sin taskset")
@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_un_solo_nucleo(nombre: str, tmp_path: Path) -> None:
    """Con el juez fijado a un núcleo (`taskset -c 0`) nada cambia: 20 y 20."""
    reto = _reto(nombre)
    prefijo = ["taskset", "-c", "0"]
    rotos = juzgar_varias(reto, reto.directorio, _semillas(nombre), tmp_path, prefijo=prefijo)
    assert {r.veredicto for r in rotos} == {ESPERADO_ROTO[nombre]}, rotos[0].detalle
    buenos = juzgar_varias(reto, SOLUCIONES / nombre, _semillas(nombre), tmp_path, prefijo=prefijo)
    assert {r.veredicto for r in buenos} == {"aprobado"}, [
        r.detalle for r in buenos if r.veredicto != "aprobado"
    ][:1]


@pytest.mark.timeout(LIMITE_PRUEBA_S)
@pytest.mark.skipif(shutil.which("taskset") is None, reason="sin taskset")
def test_contador_un_solo_nucleo_rapido(tmp_path: Path) -> None:
    """El reto 10 también con un núcleo, pocas semillas (la versión larga es `lento`)."""
    nombre = "10_contador_de_visitas"
    reto = _reto(nombre)
    prefijo = ["taskset", "-c", "0"]
    rotos = juzgar_varias(reto, reto.directorio, _semillas(nombre, 4), tmp_path, prefijo=prefijo)
    assert {r.veredicto for r in rotos} == {"carrera"}, rotos[0].detalle
    buenos = juzgar_varias(
        reto, SOLUCIONES / nombre, _semillas(nombre, 4), tmp_path, prefijo=prefijo
    )
    assert {r.veredicto for r in buenos} == {"aprobado"}
