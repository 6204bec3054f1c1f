"""`verificar reto N` de principio a fin para cada reto: veredicto y mediana de tiempo.

    python bench/bench_retos.py [--veces 5]

Crea un taller temporal con `verificar iniciar`, y para cada reto ejecuta la
orden real (arranque de Python incluido) sobre la versión entregada y sobre la
solución, con semillas distintas. Imprime una tabla con los veredictos vistos
y la mediana de tiempo de pared de cada versión.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))

from verificador.casos import FuenteCatalogo, cargar_catalogo  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--veces", type=int, default=5)
    a = p.parse_args()
    verificar = shutil.which("verificar") or str(Path(sys.executable).parent / "verificar")
    retos = cargar_catalogo(FuenteCatalogo(RAIZ / "retos", RAIZ / "soluciones", "el repositorio")).retos
    print(f"# bench_retos · Python {sys.version.split()[0]} · {os.cpu_count()} núcleos · "
          f"carga media al empezar {os.getloadavg()[0]:.1f}\n")
    print("| reto | motor | versión entregada: veredictos | mediana s | solución: veredictos | mediana s |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        taller = Path(tmp) / "taller"
        subprocess.run([verificar, "iniciar", str(taller)], check=True, capture_output=True)
        for reto in retos:
            destino = next((taller / "retos").glob(f"{reto.numero:02d}_*"))
            fila = [f"{reto.numero:02d} {reto.titulo}", reto.motor]
            for origen in (reto.directorio, RAIZ / "soluciones" / reto.nombre):
                for archivo in reto.archivos:
                    shutil.copy(origen / archivo, destino / archivo)
                vistos: Counter[str] = Counter()
                tiempos = []
                for s in range(a.veces):
                    t = time.perf_counter()
                    proc = subprocess.run([verificar, "reto", str(reto.numero), "--semilla", str(s),
                                           "--formato", "json"], cwd=taller, capture_output=True, text=True)
                    tiempos.append(time.perf_counter() - t)
                    try:
                        vistos[json.loads(proc.stdout)["veredicto"]] += 1
                    except (ValueError, KeyError):
                        vistos[f"salida ilegible (código {proc.returncode})"] += 1
                fila += [", ".join(f"{k} {v}" for k, v in sorted(vistos.items())), f"{statistics.median(tiempos):.2f}"]
            print("| " + " | ".join(fila) + " |", flush=True)


if __name__ == "__main__":
    main()
