"""Benchmark del motor de hilos: imprime tablas comparando lado a lado en una ejecución.

    python bench/bench_hilos.py [--veredictos 100] [--ingenuo 3] [--cli 10] [--tutorial 5]

1. Rendimiento: pasos de planificación por segundo y planificaciones por
   segundo del motor sobre el contador de 2 hilos × 100 iteraciones, frente a
   ejecuciones reales del mismo programa (en la misma ejecución del banco).
   Se da también el tiempo de CPU del proceso: no depende tanto de la carga.
1b. El contador del tutorial (2 hilos × 100 000, con y sin Lock, copiado tal
   cual de /work/shared/seeds/000_4903660128598d0d.txt): veredicto y mediana de
   `verificar explorar` completo (arranque incluido) en N invocaciones.
2. Por cada reto de hilos: tasa de detección del verificador ingenuo (hilos
   reales, pytest-repeat con 100 repeticiones, pytest-timeout) frente al motor
   (veredictos con semillas distintas), y tasa de aprobado de la solución.
3. Tiempo de `verificar reto N` (mediana, arranque de Python incluido).
Los tiempos dependen de la carga de la máquina; las razones son lo que importa.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))

from verificador.casos import FuenteCatalogo, cargar_catalogo  # noqa: E402
from verificador.ejecucion.reto import comprobar_reto  # noqa: E402
from verificador.motor.exploracion import Explorador  # noqa: E402

CONTADOR = '''
import threading
saldo = 0
def depositar():
    global saldo
    for _ in range(100):
        saldo += 1
def main():
    hs = [threading.Thread(target=depositar) for _ in range(2)]
    for h in hs: h.start()
    for h in hs: h.join()
    return saldo
'''


def rendimiento(n: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ruta = Path(tmp) / "contador.py"
        ruta.write_text(CONTADOR)
        codigo = compile(CONTADOR, str(ruta), "exec")

        def escenario() -> None:
            ns: dict[str, object] = {"__name__": "contador"}
            exec(codigo, ns)
            ns["main"]()  # type: ignore[operator]

        exp = Explorador([ruta])
        t, cpu = time.perf_counter(), time.process_time()
        r = exp.explorar(escenario, planificaciones=n, semilla=1, presupuesto_pasos=10**9)
        motor, motor_cpu = time.perf_counter() - t, time.process_time() - cpu
        pasos = int(r.estadisticas["pasos_total"])
        t = time.perf_counter()
        perdidas = 0
        for _ in range(n):
            ns: dict[str, object] = {"__name__": "contador"}
            exec(codigo, ns)
            if ns["main"]() != 200:  # type: ignore[operator]
                perdidas += 1
        real = time.perf_counter() - t
    print("\n## Rendimiento (contador de 2 hilos × 100 iteraciones)\n")
    print("| ejecutor | ejecuciones | s | s de CPU | ejecuciones/s | pasos | pasos/s | pasos/s de CPU | "
          "resultado |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| motor (PCT) | {r.planificaciones} | {motor:.2f} | {motor_cpu:.2f} | {r.planificaciones / motor:.0f} | "
          f"{pasos} | {pasos / motor:,.0f} | {pasos / max(motor_cpu, 1e-9):,.0f} | "
          f"veredicto: {r.veredicto.value} |")
    print(f"| hilos reales | {n} | {real:.2f} | | {n / real:.0f} | | | | "
          f"actualizaciones perdidas en {perdidas} de {n} |")


TUTORIAL_SEMILLA = Path("/work/shared/seeds/000_4903660128598d0d.txt")
_CON_LOCK = """        with lock:  # Bloquear el acceso para evitar condiciones de carrera
            saldo += dinero"""


def _contador_tutorial() -> str | None:
    import re

    if not TUTORIAL_SEMILLA.exists():
        return None
    bloques = re.findall(r"```python\n(.*?)```", TUTORIAL_SEMILLA.read_text(encoding="utf-8"), re.S)
    return next((b for b in bloques if "range(100000)" in b and _CON_LOCK in b), None)


def tutorial(veces: int) -> None:
    fuente = _contador_tutorial()
    print(f"\n## Contador del tutorial (2 hilos × 100 000): `verificar explorar` (mediana de {veces})\n")
    if fuente is None:
        print(f"(no está {TUTORIAL_SEMILLA})")
        return
    verificar = shutil.which("verificar") or str(Path(sys.executable).parent / "verificar")
    print("| programa | veredictos | planificaciones | pasos (la más larga) | mediana s | mín s | máx s | "
          "mediana s de CPU |")
    print("|---|---|---|---|---|---|---|---|")
    import json
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        for nombre, texto in (("con Lock", fuente), ("sin Lock", fuente.replace(_CON_LOCK, "        saldo += dinero"))):
            ruta = Path(tmp) / ("con_lock.py" if nombre == "con Lock" else "sin_lock.py")
            ruta.write_text(texto, encoding="utf-8")
            tiempos, cpus, veredictos, datos = [], [], {}, {}
            for _ in range(veces):
                antes = resource.getrusage(resource.RUSAGE_CHILDREN)
                t = time.perf_counter()
                proc = subprocess.run([verificar, "explorar", str(ruta), "--formato", "json"],
                                      capture_output=True, text=True)
                tiempos.append(time.perf_counter() - t)
                despues = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(despues.ru_utime + despues.ru_stime - antes.ru_utime - antes.ru_stime)
                try:
                    datos = json.loads(proc.stdout)
                    v = datos["veredicto"]
                except (ValueError, KeyError):
                    v = f"salida {proc.returncode}"
                veredictos[v] = veredictos.get(v, 0) + 1
            stats = datos.get("estadisticas", {}) if isinstance(datos, dict) else {}
            print(f"| {nombre} | {', '.join(f'{k} {n}' for k, n in sorted(veredictos.items()))} | "
                  f"{datos.get('planificaciones', '?')} | {stats.get('pasos_max', '?')} | "
                  f"{statistics.median(tiempos):.2f} | {min(tiempos):.2f} | {max(tiempos):.2f} | "
                  f"{statistics.median(cpus):.2f} |")


def _veredicto(reto, carpeta: Path, semilla: int):
    return comprobar_reto(reto.juez, carpeta, reto.archivos, semilla=semilla,
                          repeticiones=reto.repeticiones, tiempo_limite_s=reto.tiempo_limite_s)


def ingenuo(numero: int, carpeta: Path, veces: int) -> tuple[int, list[float]]:
    detectados, tiempos = 0, []
    for _ in range(veces):
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", str(RAIZ / "bench/ingenuo/test_ingenuo.py"), "-q", "-x",
             "--count", "100", "--timeout", "5", "--timeout-method", "thread",
             "-p", "no:cacheprovider", "-c", os.devnull,
             "--rootdir", str(RAIZ / "bench/ingenuo")],
            env={**os.environ, "BENCH_CASO": str(numero), "BENCH_CARPETA": str(carpeta)},
            capture_output=True, text=True, timeout=300)
        tiempos.append(time.perf_counter() - t)
        detectados += proc.returncode != 0
    return detectados, tiempos


def casos(veredictos: int, veces_ingenuo: int) -> None:
    catalogo = cargar_catalogo(FuenteCatalogo(RAIZ / "retos", RAIZ / "soluciones", "el repositorio")).retos
    print(f"\n## Retos de hilos: verificador ingenuo frente al motor ({veredictos} veredictos)\n")
    print("| reto | ingenuo: detecta | ingenuo: mediana s | motor: detecta | motor: veredicto | "
          "motor: mediana s | solución aprobada | solución: mediana s |")
    print("|---|---|---|---|---|---|---|---|")
    for reto in catalogo:
        if reto.motor != "hilos":
            continue
        solucion = RAIZ / "soluciones" / reto.nombre
        det_i, t_i = ingenuo(reto.numero, reto.directorio, veces_ingenuo)
        vistos: dict[str, int] = {}
        tiempos = []
        for s in range(veredictos):
            inf = _veredicto(reto, reto.directorio, s)
            vistos[inf.veredicto.value] = vistos.get(inf.veredicto.value, 0) + 1
            tiempos.append(inf.duracion_s)
        aprobadas, t_sol = 0, []
        for s in range(veredictos):
            inf = _veredicto(reto, solucion, s)
            aprobadas += inf.aprobado
            t_sol.append(inf.duracion_s)
        detectado = veredictos - vistos.get("aprobado", 0)
        tipos = ", ".join(f"{k} {v}" for k, v in sorted(vistos.items()))
        print(f"| {reto.numero:02d} {reto.titulo} | {det_i}/{veces_ingenuo} | {statistics.median(t_i):.1f} | "
              f"{detectado}/{veredictos} | {tipos} | {statistics.median(tiempos):.2f} | "
              f"{aprobadas}/{veredictos} | {statistics.median(t_sol):.2f} |")


def cli(veces: int) -> None:
    verificar = shutil.which("verificar") or str(Path(sys.executable).parent / "verificar")
    catalogo = cargar_catalogo(FuenteCatalogo(RAIZ / "retos", RAIZ / "soluciones", "el repositorio")).retos
    print(f"\n## `verificar reto N` de principio a fin (mediana de {veces}, arranque incluido)\n")
    print("| reto | versión entregada: mediana s | solución: mediana s |")
    print("|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        taller = Path(tmp) / "taller"
        subprocess.run([verificar, "iniciar", str(taller)], check=True, capture_output=True)
        for reto in catalogo:
            if reto.motor != "hilos":
                continue
            medidas = {}
            for version in ("entregada", "solucion"):
                destino = next((taller / "retos").glob(f"{reto.numero:02d}_*"))
                origen = reto.directorio if version == "entregada" else RAIZ / "soluciones" / reto.nombre
                for archivo in reto.archivos:
                    shutil.copy(origen / archivo, destino / archivo)
                tiempos = []
                for s in range(veces):
                    t = time.perf_counter()
                    subprocess.run([verificar, "reto", str(reto.numero), "--semilla", str(s), "--formato", "json"],
                                   cwd=taller, capture_output=True)
                    tiempos.append(time.perf_counter() - t)
                medidas[version] = statistics.median(tiempos)
            print(f"| {reto.numero:02d} | {medidas['entregada']:.2f} | {medidas['solucion']:.2f} |")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--veredictos", type=int, default=100)
    p.add_argument("--ingenuo", type=int, default=3, help="veredictos del verificador ingenuo por reto")
    p.add_argument("--cli", type=int, default=10)
    p.add_argument("--rendimiento", type=int, default=1000)
    p.add_argument("--tutorial", type=int, default=5, help="invocaciones de `verificar explorar` por contador")
    a = p.parse_args()
    print(f"# bench_hilos · Python {sys.version.split()[0]} · {os.cpu_count()} núcleos · "
          f"hilos activos al empezar: {threading.active_count()}")
    rendimiento(a.rendimiento)
    if a.tutorial:
        tutorial(a.tutorial)
    if a.veredictos:
        casos(a.veredictos, a.ingenuo)
    if a.cli:
        cli(a.cli)


if __name__ == "__main__":
    main()
