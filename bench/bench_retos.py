"""`verificar reto N` de principio a fin para cada reto: veredicto y mediana de tiempo.

    python bench/bench_retos.py [--veces 5] [--desde 0] [--retos 1,2,3] [--registro runs.jsonl]
    python bench/bench_retos.py --tabla runs.jsonl   # la tabla de un registro (aunque esté a medias)

Crea un taller temporal con `verificar iniciar`, y para cada reto ejecuta la
orden real (arranque de Python incluido) sobre la versión entregada y sobre la
solución, con semillas distintas. Imprime una tabla con los veredictos vistos
y la mediana de tiempo de pared de cada versión. Con `--registro`, cada
veredicto se añade a un archivo JSON por línea en cuanto termina: una tanda
larga (100 semillas) cortada a medias conserva lo medido, y `--tabla` lo resume.
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


def _tabla(registros: list[dict]) -> None:
    """La tabla de unos registros: veredictos y mediana por reto y versión."""
    motores = {r.numero: r.motor for r in cargar_catalogo(
        FuenteCatalogo(RAIZ / "retos", RAIZ / "soluciones", "el repositorio")).retos}
    filas: dict[tuple[int, str], dict[str, list]] = {}
    for r in registros:
        fila = filas.setdefault((r["reto"], r["titulo"]), {"rota": [], "solucion": []})
        fila[r["version"]].append(r)
    commits = Counter(r.get("commit", "?") for r in registros)
    print("commits medidos: " + ", ".join(f"{c} ({n} veredictos)" for c, n in sorted(commits.items())) + "\n")
    print("| reto | motor | versión entregada: veredictos | semillas | mediana s | solución: "
          "veredictos | semillas | mediana s |")
    print("|---|---|---|---|---|---|---|---|")
    for (numero, titulo), fila in sorted(filas.items()):
        celdas = [f"{numero:02d} {titulo}", motores.get(numero, "?")]
        for version in ("rota", "solucion"):
            runs = fila[version]
            vistos = Counter(r["veredicto"] for r in runs)
            celdas += [", ".join(f"{k} {v}" for k, v in sorted(vistos.items())) or "-", str(len(runs)),
                       f"{statistics.median(r['s'] for r in runs):.2f}" if runs else "-"]
        print("| " + " | ".join(celdas) + " |", flush=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--veces", type=int, default=5)
    p.add_argument("--desde", type=int, default=0, help="primera semilla (para seguir una tanda cortada)")
    p.add_argument("--retos", default="", help="números separados por comas (por defecto, todos)")
    p.add_argument("--registro", type=Path, help="añade cada veredicto a este archivo JSON por línea")
    p.add_argument("--tabla", type=Path, help="solo imprime la tabla de un registro")
    a = p.parse_args()
    if a.tabla:
        _tabla([json.loads(linea) for linea in a.tabla.read_text(encoding="utf-8").splitlines()])
        return
    elegidos = {int(n) for n in a.retos.split(",") if n.strip()}
    verificar = shutil.which("verificar") or str(Path(sys.executable).parent / "verificar")
    retos = [r for r in cargar_catalogo(FuenteCatalogo(RAIZ / "retos", RAIZ / "soluciones",
                                                       "el repositorio")).retos
             if not elegidos or r.numero in elegidos]
    print(f"# bench_retos · Python {sys.version.split()[0]} · {os.cpu_count()} núcleos · "
          f"carga media al empezar {os.getloadavg()[0]:.1f}\n")
    registros: list[dict] = []
    commit = subprocess.run(["git", "-C", str(RAIZ), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "?"
    with tempfile.TemporaryDirectory() as tmp:
        taller = Path(tmp) / "taller"
        subprocess.run([verificar, "iniciar", str(taller)], check=True, capture_output=True)
        # Semilla por fuera: cortada a medias, la tanda tiene las mismas semillas en cada reto.
        for s in range(a.desde, a.desde + a.veces):
            for reto in retos:
                destino = next((taller / "retos").glob(f"{reto.numero:02d}_*"))
                for version, origen in (("rota", reto.directorio),
                                        ("solucion", RAIZ / "soluciones" / reto.nombre)):
                    for archivo in reto.archivos:
                        shutil.copy(origen / archivo, destino / archivo)
                    t = time.perf_counter()
                    proc = subprocess.run([verificar, "reto", str(reto.numero), "--semilla", str(s),
                                           "--formato", "json"], cwd=taller, capture_output=True,
                                          text=True)
                    try:
                        veredicto = json.loads(proc.stdout)["veredicto"]
                    except (ValueError, KeyError):
                        veredicto = f"salida ilegible (código {proc.returncode})"
                    registro = {"reto": reto.numero, "titulo": reto.titulo, "version": version,
                                "semilla": s, "commit": commit, "veredicto": veredicto,
                                "s": round(time.perf_counter() - t, 2)}
                    registros.append(registro)
                    if a.registro:
                        with a.registro.open("a", encoding="utf-8") as f:
                            f.write(json.dumps(registro, ensure_ascii=False) + "\n")
    _tabla(registros)


if __name__ == "__main__":
    main()
