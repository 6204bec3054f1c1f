"""Benchmark del motor de asyncio: imprime tablas lado a lado en una ejecución.

    python bench/bench_asincrono.py [--veredictos 100] [--ingenuo 10] [--trabajos 2]

1. Por cada reto de asyncio: tasa de detección de la versión rota y tasa de
   aprobado de la solución en N veredictos (`verificar reto N` con semillas
   distintas, como lo lanza el CLI), con la mediana de tiempo por veredicto;
   al lado, un verificador ingenuo: `asyncio.run(main(...))` de verdad, con
   tiempo real (demoras reales escaladas a centésimas de segundo), repetido.
2. El corpus de tests/corpus_asincrono: para cada programa, el veredicto de
   `explorar_script` con los ajustes por defecto en varias semillas, frente a
   ejecutarlo de verdad (`python -W error prog.py`) varias veces.
Los tiempos dependen de la carga de la máquina; las razones son lo que importa.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import re
import runpy
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))

from verificador.asincrono import explorar_script  # noqa: E402
from verificador.casos import cargar_reto  # noqa: E402
from verificador.ejecucion.reto import comprobar_reto  # noqa: E402

RETOS = {"05_guardado_fantasma": "procesador.py", "06_archivos_en_fila": "lector.py"}
CORPUS = RAIZ / "tests" / "corpus_asincrono"


def _veredicto(nombre: str, carpeta: Path, semilla: int) -> tuple[str, float]:
    reto = cargar_reto(RAIZ / "retos" / nombre)
    inicio = time.perf_counter()
    informe = comprobar_reto(
        reto.juez,
        carpeta,
        reto.archivos,
        semilla=semilla,
        repeticiones=reto.repeticiones,
        tiempo_limite_s=reto.tiempo_limite_s,
    )
    return informe.veredicto.value, time.perf_counter() - inicio


def _ingenuo(nombre: str, ruta: Path, repeticiones: int) -> tuple[float, float]:
    """Fracción de ejecuciones reales en que el ingenuo ve el fallo, y su mediana."""
    detectados, tiempos = 0, []
    for i in range(repeticiones):
        modulo = runpy.run_path(str(ruta), run_name=f"ingenuo_{i}")
        inicio = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            fallo = _una_ingenua(nombre, modulo, i)
        tiempos.append(time.perf_counter() - inicio)
        detectados += fallo
    return detectados / repeticiones, statistics.median(tiempos)


def _una_ingenua(nombre: str, modulo: dict[str, object], i: int) -> bool:
    """Una ejecución real: ¿se ve el fallo en el resultado o en el tiempo real?"""
    main = modulo["main"]
    inicio = time.perf_counter()
    if nombre.startswith("05"):
        almacen: dict[str, str] = {}
        archivos = (f"informe_{i}.txt", f"ventas_{i}.txt")
        asyncio.run(main(archivos=archivos, demora=0.02, almacen=almacen))  # type: ignore[operator]
        return almacen != {a: a * 2 for a in archivos}
    demoras = (0.02, 0.05, 0.03)
    archivos = tuple(f"a{i}_{k}.csv" for k in range(3))
    asyncio.run(main(archivos=archivos, demoras=demoras))  # type: ignore[operator]
    return time.perf_counter() - inicio > max(demoras) * 1.5


def tabla_retos(veredictos: int, ingenuo: int, trabajos: int) -> None:
    print(f"\nRetos de asyncio: {veredictos} veredictos por versión (verificar reto N)")
    print(
        f"{'reto':24} {'rota detectada':>15} {'solución aprobada':>18} {'mediana':>9}"
        f" | {'ingenuo: detecta':>17} {'mediana':>9}"
    )
    for nombre, archivo in RETOS.items():
        semillas = [1000 + 37 * k for k in range(veredictos)]
        with ThreadPoolExecutor(max_workers=trabajos) as grupo:
            rotos = list(
                grupo.map(lambda s: _veredicto(nombre, RAIZ / "retos" / nombre, s), semillas)
            )
            buenos = list(
                grupo.map(lambda s: _veredicto(nombre, RAIZ / "soluciones" / nombre, s), semillas)
            )
        detectados = sum(v != "aprobado" for v, _ in rotos)
        aprobados = sum(v == "aprobado" for v, _ in buenos)
        mediana = statistics.median(t for _, t in rotos + buenos)
        tasa, mediana_ingenua = _ingenuo(nombre, RAIZ / "retos" / nombre / archivo, ingenuo)
        print(
            f"{nombre:24} {detectados:>9}/{veredictos:<5} {aprobados:>12}/{veredictos:<5}"
            f" {mediana:>8.2f}s | {tasa:>16.0%} {mediana_ingenua:>8.3f}s"
        )
    print(
        "(el ingenuo usa demoras de centésimas: con las del tutorial, 10 s, tardaría 10-30 s"
        " por ejecución; el motor las mide en tiempo virtual)"
    )


def tabla_corpus(semillas: int, ingenuo: int) -> None:
    print(
        f"\nCorpus de asyncio: motor ({semillas} semillas, ajustes por defecto) frente a "
        f"{ingenuo} ejecuciones reales"
    )
    print(f"{'programa':32} {'esperado':12} {'motor':>7} {'mediana':>9} | {'real ve fallo':>14}")
    tiempos_motor = []
    for ruta in sorted(CORPUS.glob("*.py")):
        esperado = re.search(r"# esperado: (\w+)", ruta.read_text()).group(1)  # type: ignore[union-attr]
        aciertos, tiempos = 0, []
        for s in range(1, semillas + 1):
            inicio = time.perf_counter()
            r = explorar_script(ruta, semilla=s)
            tiempos.append(time.perf_counter() - inicio)
            aciertos += r.veredicto.value == esperado
        tiempos_motor += tiempos
        vistos = 0
        for _ in range(ingenuo):
            try:
                p = subprocess.run(
                    [sys.executable, "-W", "error", str(ruta)],
                    capture_output=True,
                    timeout=5,
                    check=False,
                )
                vistos += (
                    p.returncode != 0
                    or b"never awaited" in p.stderr
                    or b"Task exception" in p.stderr
                )
            except subprocess.TimeoutExpired:
                vistos += 1
        print(
            f"{ruta.stem:32} {esperado:12} {aciertos:>3}/{semillas:<3} "
            f"{statistics.median(tiempos):>8.3f}s | {vistos:>7}/{ingenuo:<6}"
        )
    print(
        f"mediana del motor: {statistics.median(tiempos_motor):.3f}s, "
        f"máximo: {max(tiempos_motor):.3f}s (sin arranque de Python)"
    )


def main() -> None:
    opciones = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    opciones.add_argument("--veredictos", type=int, default=100)
    opciones.add_argument("--ingenuo", type=int, default=10)
    opciones.add_argument("--semillas", type=int, default=10)
    opciones.add_argument("--trabajos", type=int, default=2)
    args = opciones.parse_args()
    tabla_retos(args.veredictos, args.ingenuo, args.trabajos)
    tabla_corpus(args.semillas, min(args.ingenuo, 3))


if __name__ == "__main__":
    main()
