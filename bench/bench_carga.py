"""¿Depende el veredicto de la carga de la máquina? La misma semilla, con y sin carga.

    python bench/bench_carga.py [--muestra 6] [--semillas 0,1] [--ocupados-por-nucleo 2]
                                [--motores hilos,asincrono,procesos] [ARCHIVO ...]

Para cada programa (por omisión, una muestra fija del corpus real: los
`--muestra` primeros de cada motor en orden alfabético, sin los lentos ni los
xfail, y además todos los de asyncio con hilos del ejecutor: `to_thread`,
`run_in_executor`), corre `verificar explorar --formato json --semilla S` dos veces:

1. tal cual, con la máquina como esté;
2. con `--ocupados-por-nucleo` bucles `while True: pass` por núcleo al lado
   (procesos aparte, a la misma prioridad).

Compara el veredicto y la huella de la exploración (planificaciones, y pasos o tiempo
virtual, en los motores de hilos y de asyncio, que no miran el reloj) y escribe
una tabla: «igual» o lo que cambió. Termina con 1 si algún veredicto cambió.

En el motor de procesos los hijos son procesos reales: su huella no se
compara (el reloj sí influye en cuántas lecturas se perturban), solo el
veredicto. El tiempo de reloj se da para ver cuánto retrasó la carga.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))

from tests.corpus_real.comun import Programa, programas  # noqa: E402


def _con_hilos_del_ejecutor(p: Programa) -> bool:
    fuente = p.ruta.read_text(encoding="utf-8")
    return "to_thread" in fuente or "run_in_executor" in fuente


def _muestra(por_motor: int, motores: tuple[str, ...]) -> list[Path]:
    elegidos: list[Path] = []
    todos: list[Programa] = programas()
    for motor in motores:
        del_motor = sorted(
            (p for p in todos if p.ruta.parent.name == motor),
            key=lambda p: p.ruta.name,
        )
        aptos = [p for p in del_motor if not p.lento and not p.xfail and p.por_que_no_corre() is None]
        elegidos += [p.ruta for p in aptos[:por_motor]]
        if motor == "asincrono":
            # Y todos los que usan hilos del ejecutor (to_thread, run_in_executor).
            elegidos += [p.ruta for p in aptos[por_motor:] if _con_hilos_del_ejecutor(p)]
    return elegidos


def _explorar(ruta: Path, semilla: int) -> tuple[str, str, float]:
    """(veredicto, huella, segundos de reloj) de una invocación."""
    inicio = time.monotonic()
    salida = subprocess.run(
        [sys.executable, "-m", "verificador", "explorar", str(ruta), "--formato", "json", "--semilla", str(semilla)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=RAIZ,
        check=False,
    )
    segundos = time.monotonic() - inicio
    try:
        datos = json.loads(salida.stdout)
    except json.JSONDecodeError:
        return f"(sin JSON, salida {salida.returncode})", "", segundos
    estadisticas = datos.get("estadisticas") or {}
    if ruta.parent.name == "procesos":
        huella = "—"
    else:
        pasos = estadisticas.get("pasos_total")
        if pasos is not None:
            otra = f"{pasos} pasos"
        else:
            virtual = estadisticas.get("tiempo_virtual_max_s", estadisticas.get("tiempo_virtual_s"))
            resumen = (datos.get("evidencia") or {}).get("resumen") or ""
            # El resumen del fallo (p. ej. el total que salió) también debe repetirse.
            otra = f"t. virtual {virtual} s" + (f", «{resumen[:40]}»" if resumen else "")
        huella = f"{datos.get('planificaciones')} planif., {otra}"
    return str(datos.get("veredicto")), huella, segundos


def _ocupar(por_nucleo: int) -> list[subprocess.Popen[bytes]]:
    n = por_nucleo * (os.cpu_count() or 1)
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]


def _carga() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archivos", nargs="*", type=Path)
    ap.add_argument("--muestra", type=int, default=6, help="programas por motor si no se dan archivos")
    ap.add_argument("--semillas", default="0,1")
    ap.add_argument("--ocupados-por-nucleo", type=int, default=2)
    ap.add_argument("--motores", default="hilos,asincrono,procesos", help="motores de la muestra")
    args = ap.parse_args()
    motores = tuple(m for m in args.motores.split(",") if m)
    archivos = [a.resolve() for a in args.archivos] or _muestra(args.muestra, motores)
    semillas = [int(s) for s in args.semillas.split(",") if s]

    print(f"Fase 1: sin carga añadida (carga media al empezar: {_carga()})", flush=True)
    sin: dict[tuple[Path, int], tuple[str, str, float]] = {}
    for ruta in archivos:
        for semilla in semillas:
            sin[ruta, semilla] = _explorar(ruta, semilla)
    ocupados = _ocupar(args.ocupados_por_nucleo)
    try:
        time.sleep(2)
        print(f"Fase 2: con {len(ocupados)} bucles ocupados al lado (carga media: {_carga()})", flush=True)
        con: dict[tuple[Path, int], tuple[str, str, float]] = {}
        for ruta in archivos:
            for semilla in semillas:
                con[ruta, semilla] = _explorar(ruta, semilla)
        carga_final = _carga()
    finally:
        for proceso in ocupados:
            proceso.kill()
        for proceso in ocupados:
            proceso.wait()

    cambios = 0
    filas = []
    for (ruta, semilla), (veredicto, huella, segundos) in sin.items():
        veredicto2, huella2, segundos2 = con[ruta, semilla]
        if veredicto != veredicto2:
            cambios += 1
            estado = f"CAMBIA: {veredicto2}"
        elif huella != huella2:
            estado = f"misma decisión, otra huella: {huella2}"
        else:
            estado = "igual"
        nombre = f"{ruta.parent.name}/{ruta.stem}"
        filas.append((nombre, str(semilla), veredicto, huella, f"{segundos:.1f}", f"{segundos2:.1f}", estado))
    cabecera = ("programa", "sem.", "veredicto", "huella sin carga", "s sin", "s con", "con carga")
    anchos = [max(len(f[i]) for f in [cabecera, *filas]) for i in range(len(cabecera))]
    for fila in [cabecera, *filas]:
        print("  ".join(c.ljust(a) for c, a in zip(fila, anchos, strict=True)))
    print(
        f"\n{len(filas)} pares programa-semilla; veredictos que cambian con la carga: {cambios}"
        f" (carga media al final: {carga_final})"
    )
    return 1 if cambios else 0


if __name__ == "__main__":
    sys.exit(main())
