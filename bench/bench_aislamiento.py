"""Coste de la caja de arena: `verificar reto N` con y sin bubblewrap, lado a lado.

    python bench/bench_aislamiento.py [--veces 5] [--repeticiones R] [--retos 2,5,8]

Por cada reto (por defecto 2 hilos, 5 asyncio, 8 procesos) crea un espacio
temporal con la solución de referencia y mide la mediana de la orden entera
(arranque de Python incluido) con VERIFICADOR_AISLAMIENTO=caja y =grupo,
alternando los dos modos en cada vuelta para que la carga de la máquina los
afecte por igual. Con la misma semilla, los dos modos deben dar el mismo
veredicto: la tabla lo comprueba. Los tiempos dependen de la carga; la
diferencia (y su proporción) es lo que importa.
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
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))

from verificador.casos import cargar_catalogo, catalogo_incluido  # noqa: E402
from verificador.ejecucion.caja import modo_aislamiento  # noqa: E402

MODOS = ("caja", "grupo")


def _orden() -> list[str]:
    verificar = Path(sys.executable).with_name("verificar")
    if verificar.exists():
        return [str(verificar)]
    return [sys.executable, "-m", "verificador"]


def _preparar(base: Path, numero: int) -> Path:
    catalogo = cargar_catalogo(catalogo_incluido())
    reto = catalogo.obtener(numero)
    espacio = base / f"taller-{numero}"
    subprocess.run([*_orden(), "iniciar", str(espacio)], check=True, capture_output=True)
    destino = espacio / "retos" / reto.nombre
    for nombre in reto.archivos:
        shutil.copyfile(catalogo.solucion(reto) / nombre, destino / nombre)
    return espacio


def _una(espacio: Path, numero: int, modo: str, repeticiones: int | None) -> tuple[float, str]:
    argv = [*_orden(), "reto", str(numero), "--semilla", "1", "--formato", "json"]
    if repeticiones:
        argv += ["--repeticiones", str(repeticiones)]
    entorno = {**os.environ, "VERIFICADOR_AISLAMIENTO": modo}
    inicio = time.monotonic()
    salida = subprocess.run(argv, cwd=espacio, env=entorno, capture_output=True, text=True,
                            check=False)
    duracion = time.monotonic() - inicio
    try:
        veredicto = json.loads(salida.stdout)["veredicto"]
    except (ValueError, KeyError):
        veredicto = f"¿? (código {salida.returncode})"
    return duracion, veredicto


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--veces", type=int, default=5, help="ejecuciones por reto y modo")
    parser.add_argument("--repeticiones", type=int, default=None,
                        help="--repeticiones de cada orden (por defecto, las del reto)")
    parser.add_argument("--retos", default="2,5,8", help="números de reto, separados por comas")
    args = parser.parse_args()
    if modo_aislamiento() != "caja":
        sys.exit("bubblewrap no funciona aquí: no hay caja con la que comparar")
    numeros = [int(n) for n in args.retos.split(",")]
    catalogo = cargar_catalogo(catalogo_incluido())
    filas = []
    with tempfile.TemporaryDirectory(prefix="bench-aislamiento-") as temporal:
        for numero in numeros:
            espacio = _preparar(Path(temporal), numero)
            tiempos: dict[str, list[float]] = {m: [] for m in MODOS}
            veredictos: dict[str, set[str]] = {m: set() for m in MODOS}
            for vuelta in range(args.veces):
                orden = MODOS if vuelta % 2 == 0 else MODOS[::-1]
                for modo in orden:
                    duracion, veredicto = _una(espacio, numero, modo, args.repeticiones)
                    tiempos[modo].append(duracion)
                    veredictos[modo].add(veredicto)
            reto = catalogo.obtener(numero)
            filas.append((numero, reto.motor, {m: statistics.median(tiempos[m]) for m in MODOS},
                          veredictos))
    print(f"verificar reto N (solución de referencia, semilla 1, {args.veces} veces por modo, "
          f"repeticiones {args.repeticiones or 'las del reto'}); mediana en segundos")
    print(f"{'reto':>4}  {'motor':<9}{'con caja':>10}{'sin caja':>10}{'diferencia':>12}"
          f"{'proporción':>11}  veredictos")
    for numero, motor, medianas, veredictos in filas:
        caja, grupo = medianas["caja"], medianas["grupo"]
        iguales = "iguales" if veredictos["caja"] == veredictos["grupo"] else "DISTINTOS"
        print(f"{numero:>4}  {motor:<9}{caja:>10.2f}{grupo:>10.2f}{caja - grupo:>+12.2f}"
              f"{caja / grupo:>10.2f}x  {iguales}: {', '.join(sorted(veredictos['caja']))}")


if __name__ == "__main__":
    main()
