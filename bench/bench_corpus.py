"""El corpus real (tests/corpus_real) por `verificar explorar`: aciertos, falsas alarmas y tiempos.

Cada programa se explora con la orden real (`verificar explorar --formato json`,
arranque de Python incluido) con varias semillas. Imprime una fila por
programa y un resumen por motor:

    python bench/bench_corpus.py [--semillas 3] [--solo hilos|asincrono|procesos]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from corpus_real.comun import programas  # noqa: E402


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--semillas", type=int, default=3)
    ap.add_argument("--solo", choices=["hilos", "asincrono", "procesos"])
    a = ap.parse_args()
    filas: dict[str, list[tuple[bool, bool, bool, float]]] = {}
    print(f"{'programa':42} {'esperado':13} {'obtenido':40} {'mediana s':>9} {'máx s':>6}")
    for programa in programas():
        motor = programa.ruta.parent.name
        if a.solo and motor != a.solo:
            continue
        vistos, tiempos = [], []
        for semilla in range(a.semillas):
            veredicto, segundos = _explorar(programa.ruta, semilla)
            vistos.append(veredicto)
            tiempos.append(segundos)
            correcto = programa.esperado.value == "aprobado"
            filas.setdefault(motor, []).append(
                (veredicto == programa.esperado.value, correcto and veredicto != "aprobado",
                 not correcto, segundos))
        marca = "" if all(v == programa.esperado.value for v in vistos) else "  <-- MAL"
        print(f"{programa.nombre:42} {programa.esperado.value:13} {', '.join(vistos):40} "
              f"{statistics.median(tiempos):9.2f} {max(tiempos):6.1f}{marca}")
    print()
    print(f"{'motor':10} {'veredictos':>10} {'bien':>6} {'fallos hallados':>16} {'falsas alarmas':>15} "
          f"{'mediana s':>9} {'máx s':>6}")
    for motor, datos in filas.items():
        errores = [d for d in datos if d[2]]
        print(f"{motor:10} {len(datos):10} {sum(d[0] for d in datos):6} "
              f"{sum(d[0] for d in errores):>7}/{len(errores):<8} {sum(d[1] for d in datos):15} "
              f"{statistics.median(d[3] for d in datos):9.2f} {max(d[3] for d in datos):6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
