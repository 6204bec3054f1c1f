"""Las pruebas de CPython para las primitivas de hilos, bajo el motor: tabla por clase.

    python bench/bench_cpython.py [--planificaciones 3] [--clase LockTests ...]

Para cada clase de tests/test_cpython_hilos.py (lock_tests, test_queue,
test_threading_local del intérprete que lo ejecuta): cuántos métodos se
ejecutan, cuántos pasan bajo el motor, cuántos fallan, cuántos omite el propio
CPython aquí y cuántos no aplican (la lista NO_APLICAN). Incluye las pruebas
lentas. Con otro intérprete: `PYTHONPATH=. python3.13 bench/bench_cpython.py`.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent


def _modulo() -> object:
    spec = importlib.util.spec_from_file_location("test_cpython_hilos", RAIZ / "tests" / "test_cpython_hilos.py")
    assert spec is not None and spec.loader is not None
    modulo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modulo)
    return modulo


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--planificaciones", type=int, default=3)
    parser.add_argument("--clase", action="append", default=[])
    args = parser.parse_args()
    m = _modulo()
    cuentas: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    fallos: list[str] = []
    inicio = time.monotonic()
    for clase, metodo in m.casos():  # type: ignore[attr-defined]
        if args.clase and clase not in args.clase:
            continue
        if m.razon_no_aplica(clase, metodo):  # type: ignore[attr-defined]
            cuentas[clase]["no aplica"] += 1
            continue
        estado, detalle = m.correr(clase, metodo, args.planificaciones)  # type: ignore[attr-defined]
        cuentas[clase]["ejecutadas"] += 1
        cuentas[clase][estado] += 1
        if estado == "falla":
            fallos.append(f"{clase}.{metodo}: {detalle[:200]}")
    version = ".".join(map(str, sys.version_info[:3]))
    print(f"CPython {version}, {args.planificaciones} planificaciones por método, "
          f"{time.monotonic() - inicio:.0f} s")
    print(f"{'clase':28} {'ejecutadas':>10} {'pasan':>6} {'fallan':>6} {'omitidas':>8} {'no aplica':>9}")
    total: collections.Counter[str] = collections.Counter()
    for clase, c in cuentas.items():
        total.update(c)
        print(f"{clase:28} {c['ejecutadas']:>10} {c['pasa']:>6} {c['falla']:>6} {c['omitida']:>8} "
              f"{c['no aplica']:>9}")
    print(f"{'TOTAL':28} {total['ejecutadas']:>10} {total['pasa']:>6} {total['falla']:>6} "
          f"{total['omitida']:>8} {total['no aplica']:>9}")
    for f in fallos:
        print("  falla:", f)
    return 1 if fallos else 0


if __name__ == "__main__":
    raise SystemExit(main())
