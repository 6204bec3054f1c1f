"""El corpus real (tests/corpus_real) por `verificar explorar`: aciertos, falsas alarmas y tiempos.

Cada programa se explora con la orden real (`verificar explorar --formato json`,
arranque de Python incluido) con varias semillas; cada semilla es una pasada
(«invocación») por todo el corpus. Imprime una fila por programa y, por
pasada y por motor: fallos hallados con el veredicto correcto, falsas alarmas
(programas correctos marcados), mediana y máximo de segundos.

    python bench/bench_corpus.py [--semillas 3] [--solo hilos|asincrono|procesos] [-j 2]

Los programas que no pueden correr aquí (`# desde:` una versión posterior,
`# requiere: procesos` sin ruta de procesos en explorar) se saltan; los
`# xfail:` corren y se cuentan aparte.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from corpus_real.comun import Programa, programas  # noqa: E402


def _explorar(ruta: Path, semilla: int) -> tuple[str, float]:
    inicio = time.perf_counter()
    try:
        proceso = subprocess.run(
            [sys.executable, "-m", "verificador", "explorar", str(ruta), "--semilla", str(semilla),
             "--formato", "json"], capture_output=True, text=True, timeout=300)
        veredicto = json.loads(proceso.stdout).get("veredicto", "?")
    except subprocess.TimeoutExpired:
        veredicto = "sin respuesta"
    except json.JSONDecodeError:
        veredicto = "salida no JSON"
    return veredicto, time.perf_counter() - inicio


def _resumen(etiqueta: str, datos: list[tuple[Programa, str, float]]) -> str:
    errores = [(p, v) for p, v, _ in datos if not p.correcto]
    correctos = [(p, v) for p, v, _ in datos if p.correcto]
    hallados = sum(v == p.esperado.value for p, v in errores)
    falsas = sum(v != "aprobado" for _, v in correctos)
    tiempos = [t for _, _, t in datos]
    return (f"{etiqueta:24} {hallados:>4}/{len(errores):<4} {falsas:>4}/{len(correctos):<4} "
            f"{statistics.median(tiempos):9.2f} {max(tiempos):7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--semillas", type=int, default=3)
    ap.add_argument("--solo", choices=["hilos", "asincrono", "procesos"])
    ap.add_argument("-j", type=int, default=1, help="programas explorados a la vez")
    a = ap.parse_args()
    elegidos = []
    for programa in programas():
        if a.solo and programa.ruta.parent.name != a.solo:
            continue
        motivo = programa.por_que_no_corre()
        if motivo is not None:
            print(f"(se salta {programa.nombre}: {motivo})")
            continue
        elegidos.append(programa)
    trabajos = [(p, s) for s in range(a.semillas) for p in elegidos]
    with ThreadPoolExecutor(max_workers=max(1, a.j)) as ejecutor:
        salidas = list(ejecutor.map(lambda t: _explorar(t[0].ruta, t[1]), trabajos))
    por_programa: dict[str, list[tuple[str, float]]] = {}
    por_pasada: dict[int, list[tuple[Programa, str, float]]] = {}
    for (programa, semilla), (veredicto, segundos) in zip(trabajos, salidas):
        por_programa.setdefault(programa.nombre, []).append((veredicto, segundos))
        por_pasada.setdefault(semilla, []).append((programa, veredicto, segundos))
    print(f"\n{'programa':44} {'esperado':13} {'obtenido':38} {'mediana s':>9} {'máx s':>6}")
    for programa in elegidos:
        filas = por_programa[programa.nombre]
        vistos = [v for v, _ in filas]
        tiempos = [t for _, t in filas]
        marca = "" if all(v == programa.esperado.value for v in vistos) else "  <-- MAL"
        if programa.xfail:
            marca += "  (xfail)"
        print(f"{programa.nombre:44} {programa.esperado.value:13} {', '.join(vistos):38} "
              f"{statistics.median(tiempos):9.2f} {max(tiempos):6.1f}{marca}")
    print(f"\n{'pasada (semilla) / motor':24} {'hallados':>9} {'f. alarmas':>9} {'mediana s':>9} {'máx s':>7}")
    for semilla, datos in sorted(por_pasada.items()):
        print(_resumen(f"semilla {semilla}", datos))
        for motor in ("hilos", "asincrono", "procesos"):
            de_motor = [d for d in datos if d[0].ruta.parent.name == motor]
            if de_motor:
                print(_resumen(f"  {motor}", de_motor))
        sin_xfail = [d for d in datos if d[0].xfail is None]
        print(_resumen("  sin los xfail", sin_xfail))
    return 0


if __name__ == "__main__":
    sys.exit(main())
