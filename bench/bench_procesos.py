"""Banco de pruebas de los retos de procesos (07-10): juez con perturbación vs. comprobador ingenuo.

Para cada reto de procesos, con la máquina entera (2 núcleos) y con todo fijado
a un núcleo (`taskset -c 0`):

- juez: `--veredictos` veredictos completos (el protocolo de `verificar reto N`:
  pytest + plugin + repeticiones del reto.toml) de la versión entregada y de la
  solución, cada uno con una semilla base distinta. Cifras: % de veredictos que
  detectan el error en la versión rota, % de aprobados de la solución y
  mediana del tiempo de un veredicto (arranque de Python incluido);
- ingenuo: ejecutar el programa tal cual (`python archivo.py`, método de arranque
  por defecto, sin perturbación) `REPETICIONES_INGENUAS` veces con un límite de
  tiempo, y dar por bueno el intento si todas terminan bien y escriben lo mismo
  que la solución. Es lo que haría un corrector que «ejecuta y compara».

Uso: python bench/bench_procesos.py [--veredictos 100] [--trabajos 2] [--sin-taskset]
"""


from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))

from verificador.casos import Reto, cargar_reto  # noqa: E402
from verificador.ejecucion.reto import comprobar_reto  # noqa: E402

RETOS = [
    "07_cuadrados_que_no_viajan",
    "08_lista_que_vuelve_vacia",
    "09_cola_de_sensores",
    "10_contador_de_visitas",
]
REPETICIONES_INGENUAS = 3  # ejecuciones planas por veredicto ingenuo
LIMITE_INGENUO_S = 10.0  # límite de una ejecución plana (segundos)
INESPERADOS: list[str] = []  # veredictos contrarios a lo esperado, con su semilla
LIMITE_VEREDICTO_S = 180.0  # límite de un veredicto entero (segundos)


def veredicto(
    reto: Reto, alumno: Path, semilla: int, tmp: Path, prefijo: list[str]
) -> tuple[str, float]:
    """(veredicto, segundos); los contrarios a lo esperado se anotan en INESPERADOS."""
    resultado, duracion, resumen = _veredicto(reto, alumno, semilla, tmp, prefijo)
    if (resultado == "aprobado") == (alumno.parent.name == "retos"):
        INESPERADOS.append(f"  ! {alumno.parent.name} semilla {semilla}: {resultado} {resumen}")
    return resultado, duracion


def _veredicto(
    reto: Reto, alumno: Path, semilla: int, tmp: Path, prefijo: list[str]
) -> tuple[str, float, str]:
    """Un veredicto entero con el lanzador real (`comprobar_reto`), quizá con `taskset`."""
    informe = comprobar_reto(
        reto.juez, alumno, reto.archivos, semilla=semilla, repeticiones=reto.repeticiones,
        tiempo_limite_s=reto.tiempo_limite_s, prefijo=prefijo,
    )
    resumen = informe.evidencia.resumen if informe.evidencia else ""
    return informe.veredicto.value, informe.duracion_s, resumen


def ejecutar_plano(archivo: Path, prefijo: list[str]) -> tuple[str, float]:
    """Una ejecución plana: ('ok:<salida>' | 'fallo:<motivo>', segundos)."""
    inicio = time.monotonic()
    try:
        proceso = subprocess.run(
            [*prefijo, sys.executable, archivo.name],
            cwd=archivo.parent,
            capture_output=True,
            text=True,
            timeout=LIMITE_INGENUO_S,
            start_new_session=True,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "fallo:tiempo", time.monotonic() - inicio
    if proceso.returncode != 0:
        return f"fallo:codigo {proceso.returncode}", time.monotonic() - inicio
    return "ok:" + proceso.stdout, time.monotonic() - inicio


def ingenuo(archivo: Path, esperado: str, prefijo: list[str]) -> tuple[bool, float]:
    """¿Detecta el comprobador ingenuo un error? (True = lo rechaza)."""
    inicio = time.monotonic()
    for _ in range(REPETICIONES_INGENUAS):
        salida, _ = ejecutar_plano(archivo, prefijo)
        if salida != esperado:
            return True, time.monotonic() - inicio
    return False, time.monotonic() - inicio


def medir(nombre: str, n: int, trabajos: int, prefijo: list[str]) -> dict[str, float]:
    reto = cargar_reto(RAIZ / "retos" / nombre)
    solucion = RAIZ / "soluciones" / nombre
    semillas = [1_000_003 * k + int(nombre[:2]) for k in range(1, n + 1)]
    with tempfile.TemporaryDirectory() as temporal, ThreadPoolExecutor(trabajos) as grupo:
        tmp = Path(temporal)
        rotos = list(
            grupo.map(lambda s: veredicto(reto, reto.directorio, s, tmp, prefijo), semillas)
        )
        buenos = list(grupo.map(lambda s: veredicto(reto, solucion, s, tmp, prefijo), semillas))
        esperado, _ = ejecutar_plano(solucion / reto.archivos[0], prefijo)
        naive_roto = list(
            grupo.map(
                lambda _: ingenuo(reto.directorio / reto.archivos[0], esperado, prefijo), range(n)
            )
        )
        naive_bueno = list(
            grupo.map(lambda _: ingenuo(solucion / reto.archivos[0], esperado, prefijo), range(n))
        )
    return {
        "deteccion": 100 * sum(v != "aprobado" for v, _ in rotos) / n,
        "aprobados": 100 * sum(v == "aprobado" for v, _ in buenos) / n,
        "t_roto": statistics.median(t for _, t in rotos),
        "t_bueno": statistics.median(t for _, t in buenos),
        "ingenuo_deteccion": 100 * sum(d for d, _ in naive_roto) / n,
        "ingenuo_aprobados": 100 * sum(not d for d, _ in naive_bueno) / n,
        "t_ingenuo": statistics.median(t for _, t in naive_roto + naive_bueno),
        "veredictos": sorted({v for v, _ in rotos}),  # type: ignore[dict-item]
    }


def main() -> None:
    analizador = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    analizador.add_argument("--veredictos", type=int, default=100)
    analizador.add_argument("--trabajos", type=int, default=2)
    analizador.add_argument("--sin-taskset", action="store_true")
    analizador.add_argument("--retos", nargs="*", default=RETOS)
    opciones = analizador.parse_args()
    configuraciones = [("2 núcleos", [], opciones.trabajos)]
    if not opciones.sin_taskset and shutil.which("taskset"):
        configuraciones.append(("taskset -c 0", ["taskset", "-c", "0"], 1))
    cabecera = (
        f"{'reto':28} {'máquina':13} {'detección':>9} {'aprob. sol.':>11} {'t roto':>7} "
        f"{'t sol.':>7} | {'ingenuo det.':>12} {'ingenuo aprob.':>14} {'t ingenuo':>9}  veredicto"
    )
    print(f"{opciones.veredictos} veredictos por versión y configuración; tiempos = mediana en s")
    print(cabecera)
    print("-" * len(cabecera))
    for nombre in opciones.retos:
        for etiqueta, prefijo, trabajos in configuraciones:
            c = medir(nombre, opciones.veredictos, trabajos, prefijo)
            print(
                f"{nombre:28} {etiqueta:13} {c['deteccion']:8.0f}% {c['aprobados']:10.0f}% "
                f"{c['t_roto']:7.2f} {c['t_bueno']:7.2f} | {c['ingenuo_deteccion']:11.0f}% "
                f"{c['ingenuo_aprobados']:13.0f}% {c['t_ingenuo']:9.2f}  "
                f"{','.join(c['veredictos'])}",
                flush=True,
            )
            while INESPERADOS:
                print(INESPERADOS.pop(0), flush=True)


if __name__ == "__main__":
    main()
