"""Benchmark de escala del motor de hilos: el contador del tutorial (2 hilos × 100 000).

    python bench/bench_escala.py [--veces 5] [--n 100000] [--versiones 3.10,3.11,3.12,3.13] [--sin-cli]
                                 [--por-ejecucion]

1. `verificar explorar` completo (arranque, aislamiento y veredicto) sobre el
   contador con Lock y sin él, con el Python del entorno: mediana, mínimo y
   máximo de tiempo real de N invocaciones, y tiempo de CPU del proceso
   `verificar` (getrusage de los hijos: el proceso aislado que explora no
   siempre se cuenta; la CPU del motor es la de la tabla 2).
2. El motor solo (`explorar_script`, sin CLI) con cada Python de pyenv que
   haya: veredicto, planificaciones, pasos y CPU de una invocación (CPU del
   proceso entero, importaciones incluidas: depende poco de la carga).
3. Pasos/s y planificaciones/s del motor frente a la ejecución real con hilos
   del mismo programa (la razón es lo que importa), en este mismo proceso.
4. Con `--por-ejecucion`: cada planificación del motor por separado (si solo
   sincroniza, con detectores, pasos, decisiones, decisiones en instrucciones
   y CPU), para ver en qué se va el tiempo.

Los tiempos de pared dependen de la carga: con otros procesos en la máquina
son pesimistas. El veredicto depende solo de (programa, semilla, versión).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RAIZ = Path(__file__).resolve().parent.parent

CON_LOCK = '''import threading

saldo = 0
lock = threading.Lock()

def depositar(dinero):
    global saldo
    for _ in range({n}):
        with lock:
            saldo += dinero

hilos = []
for _ in range(2):
    hilo = threading.Thread(target=depositar, args=(1,))
    hilos.append(hilo)
    hilo.start()

for hilo in hilos:
    hilo.join()

print(f"Saldo final: {{saldo}}")
'''

SIN_LOCK = CON_LOCK.replace("        with lock:\n            saldo += dinero", "        saldo += dinero")

MOTOR_SOLO = '''
import json, resource, sys, time
from verificador.motor import explorar_script
t = time.perf_counter()
r = explorar_script(sys.argv[1], semilla=int(sys.argv[2]))
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{"veredicto": r.veredicto.value, "planificaciones": r.planificaciones,
                  "pasos": r.estadisticas.get("pasos_total"), "s": time.perf_counter() - t,
                  "cpu": u.ru_utime + u.ru_stime}}))
'''


def _cpu_hijos() -> float:
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def cli(programas: dict[str, Path], veces: int) -> None:
    verificar = shutil.which("verificar") or str(Path(sys.executable).parent / "verificar")
    print(f"\n## `verificar explorar` completo (Python {sys.version.split()[0]}, {veces} invocaciones)\n")
    print("| programa | veredicto | planificaciones | pasos | mediana s | mín s | máx s | CPU s de `verificar` (mediana) |")
    print("|---|---|---|---|---|---|---|---|")
    for nombre, ruta in programas.items():
        tiempos, cpus, vistos = [], [], set()
        for i in range(veces):
            c0, t0 = _cpu_hijos(), time.perf_counter()
            salida = subprocess.run([verificar, "explorar", str(ruta), "--formato", "json", "--semilla", str(i)],
                                    capture_output=True, text=True).stdout
            tiempos.append(time.perf_counter() - t0)
            cpus.append(_cpu_hijos() - c0)
            d = json.loads(salida)
            vistos.add((d["veredicto"], d["planificaciones"], d["estadisticas"].get("pasos_total")))
        veredictos = ", ".join(sorted({v[0] for v in vistos}))
        planes = "/".join(str(p) for p in sorted({v[1] for v in vistos}))
        pasos = "/".join(str(p) for p in sorted({v[2] for v in vistos}))
        print(f"| {nombre} | {veredictos} | {planes} | {pasos} | {statistics.median(tiempos):.2f} | "
              f"{min(tiempos):.2f} | {max(tiempos):.2f} | {statistics.median(cpus):.2f} |")


def versiones(programas: dict[str, Path], pedidas: list[str]) -> None:
    print("\n## El motor solo (`explorar_script`, semilla 0) con cada Python\n")
    print("| Python | programa | veredicto | planificaciones | pasos | s | CPU s |")
    print("|---|---|---|---|---|---|---|")
    entorno = dict(os.environ, PYTHONPATH=str(RAIZ))
    for v in pedidas:
        candidatos = sorted(glob.glob(f"/root/.pyenv/versions/{v}.*/bin/python"))
        if not candidatos:
            print(f"| {v} | — | (no instalado) | | | | |")
            continue
        for nombre, ruta in programas.items():
            salida = subprocess.run([candidatos[-1], "-c", MOTOR_SOLO.format(), str(ruta), "0"],
                                    capture_output=True, text=True, env=entorno)
            try:
                d = json.loads(salida.stdout.strip().splitlines()[-1])
            except (IndexError, json.JSONDecodeError):
                print(f"| {v} | {nombre} | error: {salida.stderr.strip()[-80:]} | | | | |")
                continue
            print(f"| {v} | {nombre} | {d['veredicto']} | {d['planificaciones']} | {d['pasos']} | "
                  f"{d['s']:.2f} | {d['cpu']:.2f} |")


def razon(n: int) -> None:
    sys.path.insert(0, str(RAIZ))
    import threading

    from verificador.motor import explorar_script

    print(f"\n## Motor frente a hilos reales (contador con Lock, 2 × {n}, en este proceso)\n")
    with tempfile.TemporaryDirectory() as tmp:
        ruta = Path(tmp) / "contador.py"
        ruta.write_text(CON_LOCK.format(n=n))
        t, c = time.perf_counter(), time.process_time()
        r = explorar_script(ruta, semilla=0)
        motor, motor_cpu = time.perf_counter() - t, time.process_time() - c
        pasos = int(r.estadisticas["pasos_total"])
        ns: dict[str, object] = {"__name__": "real"}
        codigo = compile(CON_LOCK.format(n=n).replace("print(", "(lambda *a: None)("), "real", "exec")
        t, c = time.perf_counter(), time.process_time()
        exec(codigo, ns)
        real, real_cpu = time.perf_counter() - t, time.process_time() - c
        assert threading.active_count() == 1
    print("| ejecutor | ejecuciones | s | CPU s | ejecuciones/s | pasos | pasos/s de CPU |")
    print("|---|---|---|---|---|---|---|")
    print(f"| motor | {r.planificaciones} | {motor:.2f} | {motor_cpu:.2f} | {r.planificaciones / motor_cpu:.2f} | "
          f"{pasos} | {pasos / motor_cpu:,.0f} |")
    print(f"| hilos reales | 1 | {real:.3f} | {real_cpu:.3f} | {1 / max(real_cpu, 1e-9):.2f} | — | — |")
    print(f"\nRazón (CPU por ejecución, motor / real): {motor_cpu / r.planificaciones / max(real_cpu, 1e-9):.1f}×")


def por_ejecucion(n: int) -> None:
    """CPU, steps and decisions of each schedule of one exploration (seed 0), in this process."""
    sys.path.insert(0, str(RAIZ))
    from verificador.motor import exploracion, explorar_script

    filas: list[str] = []
    original = exploracion.Explorador._correr

    def _correr(self: Any, objetivo: Any, estrategia: Any, **opciones: Any) -> Any:
        c = time.process_time()
        fallo = original(self, objetivo, estrategia, **opciones)
        p = self.plan
        filas.append(f"| {len(filas) + 1} | {type(estrategia).__name__} | {'sí' if p.sincronizando else 'no'} | "
                     f"{'sí' if opciones.get('detectar') else 'no'} | {p.pasos} | {p.n_decision} | "
                     f"{p.decisiones_punto} | {time.process_time() - c:.2f} |")
        return fallo

    exploracion.Explorador._correr = _correr  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for nombre, texto in (("con Lock", CON_LOCK), ("sin Lock", SIN_LOCK)):
                ruta = Path(tmp) / "contador.py"
                ruta.write_text(texto.format(n=n))
                filas.clear()
                r = explorar_script(ruta, semilla=0)
                print(f"\n## Cada planificación: contador {nombre} (2 × {n}, semilla 0, Python "
                      f"{sys.version.split()[0]}): {r.veredicto.value}\n")
                print("| nº | estrategia | solo sincroniza | detectores | pasos | decisiones | "
                      "decisiones en instrucciones | CPU s |")
                print("|---|---|---|---|---|---|---|---|")
                print("\n".join(filas))
    finally:
        exploracion.Explorador._correr = original  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--veces", type=int, default=5)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--versiones", default="3.10,3.11,3.12,3.13")
    ap.add_argument("--sin-cli", action="store_true")
    ap.add_argument("--por-ejecucion", action="store_true", help="solo el desglose por planificación")
    a = ap.parse_args()
    if a.por_ejecucion:
        por_ejecucion(a.n)
        return
    with tempfile.TemporaryDirectory() as tmp:
        programas = {"con Lock": Path(tmp) / "03_lock.py", "sin Lock": Path(tmp) / "03_sin_lock.py"}
        programas["con Lock"].write_text(CON_LOCK.format(n=a.n))
        programas["sin Lock"].write_text(SIN_LOCK.format(n=a.n))
        if not a.sin_cli:
            cli(programas, a.veces)
        versiones(programas, [v for v in a.versiones.split(",") if v])
    razon(a.n)


if __name__ == "__main__":
    main()
