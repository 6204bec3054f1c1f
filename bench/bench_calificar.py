"""Cifras de `verificar calificar`: N entregas sintéticas del currículo, con 1 y con 2 trabajos.

    python bench/bench_calificar.py [--entregas 100] [--retos-por-entrega 1] [--limite 8]

Cada entrega es un espacio de `verificar iniciar` donde solo se entregan
`--retos-por-entrega` casos (los demás quedan sin entregar y no se ejecutan),
repartidos en rueda por todo el currículo y con una variante por vuelta:
entregado (la versión rota), reparado (la solución), medio reparado (la mitad
de los cambios de la solución, con difflib) y colgado (un bucle sin fin). El
catálogo es una copia del incluido con `tiempo_limite_s` acotado a `--limite`
para que los colgados no dominen el tiempo; con él se califica con 1 y con 2
trabajos y cada veredicto se compara con el que da el mismo intento juzgado
solo (`juzgar_caso`, lo mismo que `verificar reto N --semilla S`).
"""

from __future__ import annotations

import argparse
import collections
import difflib
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from verificador.aula import calificar, juzgar_caso, semilla_caso
from verificador.casos import cargar_catalogo, catalogo_incluido, resolver_catalogo
from verificador.espacio import iniciar

VARIANTES = ("entregado", "reparado", "medio", "colgado")
COLGADO = "while True:\n    pass\n"


def medio_reparado(roto: str, bueno: str) -> str:
    """La versión rota con la primera mitad (por lo menos uno) de los cambios de la solución."""
    a, b = roto.splitlines(keepends=True), bueno.splitlines(keepends=True)
    bloques = [op for op in difflib.SequenceMatcher(a=a, b=b).get_opcodes() if op[0] != "equal"]
    aplicar = set(range(max(1, len(bloques) // 2)))
    salida: list[str] = []
    cambio = 0
    for etiqueta, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
        if etiqueta == "equal":
            salida.extend(a[i1:i2])
            continue
        salida.extend(b[j1:j2] if cambio in aplicar else a[i1:i2])
        cambio += 1
    return "".join(salida)


def catalogo_acotado(destino: Path, limite: float) -> Path:
    incluido = catalogo_incluido()
    shutil.copytree(incluido.retos, destino / "retos")
    shutil.copytree(incluido.soluciones, destino / "soluciones")
    for toml in (destino / "retos").glob("*/reto.toml"):
        texto = toml.read_text(encoding="utf-8")
        texto = re.sub(r"(?m)^tiempo_limite_s = ([0-9.]+)",
                       lambda m: f"tiempo_limite_s = {min(float(m[1]), limite):g}", texto)
        toml.write_text(texto, encoding="utf-8")
    return destino


def main() -> int:
    analizador = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    analizador.add_argument("--entregas", type=int, default=100)
    analizador.add_argument("--retos-por-entrega", type=int, default=1)
    analizador.add_argument("--limite", type=float, default=8.0, help="tiempo_limite_s máximo")
    analizador.add_argument("--semilla", type=int, default=20250501)
    opciones = analizador.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-calificar-") as temporal:
        base = Path(temporal)
        catalogo = cargar_catalogo(resolver_catalogo(str(catalogo_acotado(base / "cat",
                                                                           opciones.limite))))
        retos = catalogo.retos
        entregas = base / "entregas"
        entregas.mkdir()
        intentos: dict[tuple[int, str], str] = {}  # (reto, alumno) -> código entregado
        k = 0
        for i in range(opciones.entregas):
            alumno = f"alumno{i:03d}"
            espacio = entregas / alumno
            iniciar(espacio, catalogo)
            elegidos = {retos[(k + j) % len(retos)].numero
                        for j in range(opciones.retos_por_entrega)}
            k += opciones.retos_por_entrega
            variante = VARIANTES[(i * opciones.retos_por_entrega // len(retos)) % len(VARIANTES)]
            for reto in retos:
                carpeta = espacio / "retos" / reto.nombre
                for nombre in reto.archivos:
                    if reto.numero not in elegidos:
                        (carpeta / nombre).unlink()
                        continue
                    roto = (reto.directorio / nombre).read_text(encoding="utf-8")
                    bueno = (catalogo.solucion(reto) / nombre).read_text(encoding="utf-8")
                    codigo = {"entregado": roto, "reparado": bueno, "colgado": COLGADO,
                              "medio": medio_reparado(roto, bueno)}[variante]
                    (carpeta / nombre).write_text(codigo, encoding="utf-8")
                    intentos[(reto.numero, alumno)] = codigo
        tiempos: dict[int, float] = {}
        veredictos: dict[int, dict[tuple[str, int], str]] = {}
        for trabajos in (1, 2):
            inicio = time.monotonic()
            resultado = calificar(entregas, catalogo, semilla=opciones.semilla, trabajos=trabajos)
            tiempos[trabajos] = time.monotonic() - inicio
            veredictos[trabajos] = {(a.alumno, c.numero): c.veredicto
                                    for a in resultado.alumnos for c in a.casos
                                    if (c.numero, a.alumno) in intentos}
        # Cada intento distinto, juzgado solo (como `verificar reto N --semilla S`).
        solos: dict[tuple[int, str], str] = {}
        for (numero, _alumno), codigo in sorted(intentos.items()):
            clave = (numero, codigo)
            if clave in solos:
                continue
            reto = catalogo.obtener(numero)
            carpeta = base / "solo" / f"{numero}_{len(solos)}"
            carpeta.mkdir(parents=True)
            (carpeta / reto.archivos[0]).write_text(codigo, encoding="utf-8")
            solos[clave] = juzgar_caso(reto, carpeta, semilla_caso(opciones.semilla,
                                                                    reto)).veredicto.value
    distintos = 0
    for (numero, alumno), codigo in sorted(intentos.items()):
        esperado = solos[(numero, codigo)]
        for trabajos in (1, 2):
            obtenido = veredictos[trabajos][(alumno, numero)]
            if obtenido != esperado:
                distintos += 1
                print(f"DISTINTO: {alumno} reto {numero} con {trabajos} trabajo(s): {obtenido}; "
                      f"solo: {esperado}")
    n = len(intentos)
    print(f"\n{opciones.entregas} entregas, {n} veredictos por pasada "
          f"({len(solos)} intentos distintos), límite {opciones.limite:g} s")
    print(f"{'trabajos':>8} {'tiempo total (s)':>17} {'veredictos/s':>13}")
    for trabajos in (1, 2):
        print(f"{trabajos:>8} {tiempos[trabajos]:>17.1f} {n / tiempos[trabajos]:>13.2f}")
    print(f"aceleración 1→2: {tiempos[1] / tiempos[2]:.2f}×")
    cuenta = collections.Counter(veredictos[2].values())
    print("veredictos: " + ", ".join(f"{v} {c}" for v, c in sorted(cuenta.items())))
    print(f"veredictos distintos del juzgado solo: {distintos}")
    return 1 if distintos else 0


if __name__ == "__main__":
    sys.exit(main())
