"""Un Ctrl-C en `reto`, `explorar` y `calificar`: cuánto tarda en salir y qué deja.

    python bench/bench_ctrl_c.py [--veces 3] [--modos caja,grupo]

Cada orden se lanza sobre un intento que se cuelga después de arrancar un
demonio (`setsid`) y un hijo de multiprocessing con el contexto `fork`. En
cuanto el demonio existe se manda un SIGINT al grupo de la orden (lo que hace
la terminal con Ctrl-C) y se mide hasta que la orden termina. Después se
cuentan los procesos que siguen vivos con el TMPDIR propio de la medida en su
entorno (todo lo que la orden arrancó lo hereda, demonios incluidos), las
carpetas que quedaron en ese TMPDIR y la última línea que escribió la orden.

La promesa (issue 10): menos de 2 s, 0 procesos, 0 carpetas, una línea en español.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))

from verificador.casos import cargar_catalogo, catalogo_incluido  # noqa: E402
from verificador.ejecucion.caja import modo_aislamiento  # noqa: E402

ESPERA_ARRANQUE_S = 120.0  # tope para que el intento llegue a lanzar su demonio
ESPERA_SALIDA_S = 60.0  # tope tras el SIGINT (si se llega, la fila lo dice)


def _orden() -> list[str]:
    verificar = Path(sys.executable).with_name("verificar")
    if verificar.exists():
        return [str(verificar)]
    return [sys.executable, "-m", "verificador"]


def _colgado(marca: str, procesos: bool) -> str:
    """Un programa que deja un demonio (y, si `procesos`, un hijo `fork`) y no termina."""
    texto = f"""
import subprocess, sys, time
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", "{marca}"],
                 start_new_session=True)
"""
    if procesos:
        texto += """
import multiprocessing
multiprocessing.get_context("fork").Process(target=time.sleep, args=(300,)).start()
"""
    return texto + "while True:\n    pass\n"


def _vivos(temporales: Path) -> list[int]:
    """Procesos con nuestro TMPDIR (o uno dentro) en el entorno: lo hereda todo lo que arrancó la orden."""
    buscado = f"TMPDIR={temporales}".encode()
    vivos = []
    for entrada in os.listdir("/proc"):
        if not entrada.isdigit() or int(entrada) == os.getpid():
            continue
        try:
            with open(f"/proc/{entrada}/environ", "rb") as f:
                entorno = f.read().split(b"\0")
            with open(f"/proc/{entrada}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        if any(v.startswith(buscado) for v in entorno) and stat[stat.rfind(b")") + 2 :][:1] != b"Z":
            vivos.append(int(entrada))
    return vivos


def _con_marca(marca: str) -> bool:
    for entrada in os.listdir("/proc"):
        if entrada.isdigit():
            try:
                with open(f"/proc/{entrada}/cmdline", "rb") as f:
                    if marca.encode() in f.read():
                        return True
            except OSError:
                continue
    return False


def _medir(argv: list[str], cwd: Path, marca: str, modo: str) -> tuple[float, int, int, str]:
    """(segundos desde el SIGINT hasta la salida, procesos vivos, carpetas, última línea)."""
    with tempfile.TemporaryDirectory(prefix="bench-ctrl-c-") as base:
        temporales = Path(base)
        entorno = {**os.environ, "TMPDIR": str(temporales), "VERIFICADOR_AISLAMIENTO": modo}
        proceso = subprocess.Popen(argv, cwd=cwd, env=entorno, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            fin = time.monotonic() + ESPERA_ARRANQUE_S
            while not _con_marca(marca) and proceso.poll() is None and time.monotonic() < fin:
                time.sleep(0.05)
            if not _con_marca(marca):
                raise RuntimeError(f"el intento no lanzó su demonio: {' '.join(argv)}")
            time.sleep(0.3)  # que el hijo fork también exista
            inicio = time.monotonic()
            os.killpg(proceso.pid, signal.SIGINT)
            try:
                salida, _ = proceso.communicate(timeout=ESPERA_SALIDA_S)
            except subprocess.TimeoutExpired:
                salida = b""
            duracion = time.monotonic() - inicio
            vivos = _vivos(temporales)
            carpetas = len(list(temporales.iterdir()))
        finally:
            if proceso.poll() is None:
                os.killpg(proceso.pid, signal.SIGKILL)
                proceso.wait()
            for pid in _vivos(temporales):  # no dejar basura de la medida
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        lineas = salida.decode("utf-8", errors="replace").strip().splitlines()
        return duracion, len(vivos), carpetas, (lineas[-1] if lineas else "")


def _preparar(base: Path, marca: str) -> dict[str, tuple[list[str], Path]]:
    """Las órdenes a medir, cada una con su carpeta de trabajo."""
    catalogo = cargar_catalogo(catalogo_incluido())
    reto = catalogo.obtener(1)
    ordenes: dict[str, tuple[list[str], Path]] = {}
    taller = base / "taller"
    subprocess.run([*_orden(), "iniciar", str(taller)], check=True, capture_output=True)
    archivo = taller / "retos" / reto.nombre / reto.archivos[0]
    archivo.write_text(_colgado(marca, procesos=True), encoding="utf-8")
    ordenes["reto 1"] = ([*_orden(), "reto", "1"], taller)
    for motor, procesos in (("hilos", False), ("procesos", True)):
        programa = base / f"largo_{motor}.py"
        programa.write_text(_colgado(marca, procesos), encoding="utf-8")
        ordenes[f"explorar ({motor})"] = ([*_orden(), "explorar", str(programa)], base)
    entregas = base / "entregas"
    for alumno in ("ana", "beto"):
        subprocess.run([*_orden(), "iniciar", str(entregas / alumno)], check=True,
                       capture_output=True)
        destino = entregas / alumno / "retos" / reto.nombre / reto.archivos[0]
        destino.write_text(_colgado(marca, procesos=True), encoding="utf-8")
    ordenes["calificar"] = ([*_orden(), "calificar", str(entregas), "--trabajos", "2"], base)
    return ordenes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--veces", type=int, default=3, help="medidas por orden y modo")
    parser.add_argument("--modos", default="caja,grupo", help="caja, grupo o los dos")
    args = parser.parse_args()
    modos = [m for m in args.modos.split(",") if m]
    if "caja" in modos and modo_aislamiento() != "caja":
        print("(sin bubblewrap: solo se mide el modo grupo)")
        modos = [m for m in modos if m != "caja"]
    filas = []
    with tempfile.TemporaryDirectory(prefix="bench-ctrl-c-datos-") as temporal:
        marca = f"marca-{uuid.uuid4().hex}"
        ordenes = _preparar(Path(temporal), marca)
        for nombre, (argv, cwd) in ordenes.items():
            for modo in modos:
                medidas = [_medir(argv, cwd, marca, modo) for _ in range(args.veces)]
                filas.append((nombre, modo, medidas))
    print(f"Un Ctrl-C (SIGINT al grupo) con demonio e hijo fork vivos; {args.veces} veces")
    print(f"{'orden':<20}{'modo':<7}{'mediana s':>10}{'máx s':>8}{'procesos':>9}"
          f"{'carpetas':>9}  última línea")
    for nombre, modo, medidas in filas:
        tiempos = [m[0] for m in medidas]
        print(f"{nombre:<20}{modo:<7}{statistics.median(tiempos):>10.2f}{max(tiempos):>8.2f}"
              f"{max(m[1] for m in medidas):>9}{max(m[2] for m in medidas):>9}  "
              f"{medidas[-1][3]}")


if __name__ == "__main__":
    main()
