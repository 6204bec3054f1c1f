"""Comprobaciones de los retos de asyncio (05-06): forma del reto y jueces que aciertan.

Para cada reto de asyncio:

- la versión que se entrega al alumno falla en cada uno de 20 veredictos con
  semillas distintas, siempre con el veredicto que enseña el caso;
- la solución aprueba en cada uno de 20 veredictos;
- los arreglos a medias, los que quitan las esperas o la concurrencia y los
  resultados escritos a mano nunca aprueban; los arreglos alternativos
  correctos (tareas esperadas, `asyncio.to_thread`) aprueban.

Cada veredicto se pide como `verificar reto N`, con `comprobar_reto`: el juez
corre en un subproceso con el plugin de los jueces.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from variantes import escribir_variante

from verificador.casos import Reto, cargar_reto
from verificador.ejecucion import comprobar_reto

RAIZ = Path(__file__).resolve().parent.parent
RETOS = RAIZ / "retos"
SOLUCIONES = RAIZ / "soluciones"

ESPERADO_ROTO = {
    "05_guardado_fantasma": "incompleto",
    "06_archivos_en_fila": "bucle_bloqueado",
}
NOMBRES = sorted(ESPERADO_ROTO)
VEREDICTOS_POR_VERSION = 20  # veredictos (semillas base distintas) por versión
TRABAJOS = max(1, min(4, os.cpu_count() or 1))  # subprocesos de juez a la vez


def _reto(nombre: str) -> Reto:
    return cargar_reto(RETOS / nombre)


def _semillas(nombre: str, n: int = VEREDICTOS_POR_VERSION) -> list[int]:
    numero = int(nombre[:2])
    return [7919 * k + 17 * numero for k in range(1, n + 1)]


def _juzgar(reto: Reto, alumno: Path, semilla: int) -> tuple[str, int, str]:
    informe = comprobar_reto(
        reto.juez,
        alumno,
        reto.archivos,
        semilla=semilla,
        repeticiones=reto.repeticiones,
        tiempo_limite_s=reto.tiempo_limite_s,
    )
    resumen = informe.evidencia.resumen if informe.evidencia else ""
    return informe.veredicto.value, semilla, f"{resumen}\n{informe.salida[-3000:]}"


def _juzgar_varias(reto: Reto, alumno: Path, semillas: list[int]) -> list[tuple[str, int, str]]:
    with ThreadPoolExecutor(max_workers=TRABAJOS) as grupo:
        return list(grupo.map(lambda s: _juzgar(reto, alumno, s), semillas))


def _fallos(veredictos: list[tuple[str, int, str]], esperado: str) -> str:
    return "\n\n".join(f"semilla {s}: {v}\n{d}" for v, s, d in veredictos if v != esperado)


# --------------------------------------------------------------------- forma
# La forma común a todos los retos (metadatos, archivos) está en test_retos_forma.py.


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_archivos_del_alumno_exponen_main_asincrono(nombre: str) -> None:
    """`async def main(...)` con valores por defecto y `asyncio.run(main())` bajo el guard."""
    reto = _reto(nombre)
    for carpeta in (reto.directorio, SOLUCIONES / nombre):
        for archivo in reto.archivos:
            arbol = ast.parse((carpeta / archivo).read_text(encoding="utf-8"))
            mains = [
                n for n in arbol.body if isinstance(n, ast.AsyncFunctionDef) and n.name == "main"
            ]
            assert len(mains) == 1, f"{carpeta.name}/{archivo}: falta async def main(...)"
            argumentos = mains[0].args
            assert len(argumentos.defaults) == len(argumentos.args) >= 2
            ultimo = arbol.body[-1]
            assert isinstance(ultimo, ast.If)
            assert ast.unparse(ultimo.test) == "__name__ == '__main__'"
            assert "asyncio.run(main())" in ast.unparse(ultimo)
    roto = (reto.directorio / reto.archivos[0]).read_text(encoding="utf-8")
    assert roto != (SOLUCIONES / nombre / reto.archivos[0]).read_text(encoding="utf-8")


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_la_solucion_corre_como_el_tutorial(nombre: str) -> None:
    """Sin el verificador, la solución corre de verdad (con sus esperas de 10 s reales
    acortadas: se importa y se llama a main con demoras pequeñas)."""
    reto = _reto(nombre)
    ruta = SOLUCIONES / nombre / reto.archivos[0]
    argumentos = "demora=0.01" if nombre.startswith("05") else "demoras=(0.02, 0.01, 0.03)"
    programa = (
        "import asyncio, runpy, time\n"
        f"m = runpy.run_path({str(ruta)!r}, run_name='alumno')\n"
        "t = time.perf_counter()\n"
        f"r = asyncio.run(m['main']({argumentos}))\n"
        "print(repr(r))\n"
        "print(time.perf_counter() - t)\n"
    )
    proceso = subprocess.run(
        [sys.executable, "-W", "error", "-c", programa],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proceso.returncode == 0, proceso.stderr
    *_, resultado, duracion = proceso.stdout.splitlines()
    if nombre.startswith("05"):
        assert resultado == "{'archivo.txt': 'archivo.txtarchivo.txt'}"
    else:
        assert resultado.startswith("['VENTAS.CSV")
        assert float(duracion) < 0.06 * 3  # a la vez, no en fila


# ---------------------------------------------------------- jueces que aciertan
@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_la_version_rota_falla_siempre(nombre: str) -> None:
    reto = _reto(nombre)
    veredictos = _juzgar_varias(reto, reto.directorio, _semillas(nombre))
    assert not _fallos(veredictos, ESPERADO_ROTO[nombre]), _fallos(
        veredictos, ESPERADO_ROTO[nombre]
    )


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_la_solucion_aprueba_siempre(nombre: str) -> None:
    reto = _reto(nombre)
    veredictos = _juzgar_varias(reto, SOLUCIONES / nombre, _semillas(nombre))
    assert not _fallos(veredictos, "aprobado"), _fallos(veredictos, "aprobado")


_GUARDAR = "        guardar_resultado(almacen, archivo, result)\n"
_VARIANTES_05 = {
    # Tarea creada y nunca esperada: main termina con el guardado en marcha.
    "tarea_sin_esperar": (
        "retos",
        [(_GUARDAR, "        asyncio.create_task(guardar_resultado(almacen, archivo, result))\n")],
        "incompleto",
    ),
    # Tareas creadas y esperadas al final: correcto (y más rápido).
    "tareas_esperadas": (
        "retos",
        [
            (
                "    for archivo in archivos:\n",
                "    guardados = []\n    for archivo in archivos:\n",
            ),
            (
                _GUARDAR,
                "        guardados.append(asyncio.create_task("
                "guardar_resultado(almacen, archivo, result)))\n",
            ),
            ("    return almacen\n", "    await asyncio.gather(*guardados)\n    return almacen\n"),
        ],
        "aprobado",
    ),
    # Quitar asyncio del guardado: el almacén se llena, pero ya no hay corrutina.
    "sin_corrutina": (
        "retos",
        [
            ("async def guardar_resultado", "def guardar_resultado"),
            ("    await asyncio.sleep(1)  # la base de datos", "    pass  # la base de datos"),
        ],
        "sin_concurrencia",
    ),
    # Quitar las esperas: termina en 0 s virtuales.
    "sin_esperas": (
        "soluciones",
        [
            ("    await asyncio.sleep(demora)\n", ""),
            ("    await asyncio.sleep(1)  # la base", "    pass  # la base"),
        ],
        "sin_concurrencia",
    ),
    # El almacén escrito a mano.
    "a_mano": (
        "soluciones",
        [
            (
                "    return almacen\n",
                "    almacen.clear()\n    almacen['archivo.txt'] = 'archivo.txtarchivo.txt'\n"
                "    return almacen\n",
            )
        ],
        "incompleto",
    ),
}

_SLEEP = "    time.sleep(demora)  # leer y transformar el archivo\n"
_FOR = (
    "    resultados = []\n    for nombre, demora in zip(archivos, demoras):\n"
    "        resultados.append(await procesar_archivo(nombre, demora))\n"
)
_GATHER = (
    "    resultados = list(await asyncio.gather(\n"
    "        *(procesar_archivo(n, d) for n, d in zip(archivos, demoras))))\n"
)
_VARIANTES_06 = {
    # Solo cambia time.sleep por asyncio.sleep: sigue en fila india.
    "solo_asyncio_sleep": ("retos", [(_SLEEP, "    await asyncio.sleep(demora)\n")], "sin_concurrencia"),
    # Solo gather: las tareas se turnan para bloquear el bucle.
    "solo_gather": ("retos", [(_FOR, _GATHER)], "bucle_bloqueado"),
    # E/S bloqueante llevada a otro hilo, con gather: correcto.
    "to_thread": (
        "retos",
        [(_SLEEP, "    await asyncio.to_thread(time.sleep, demora)\n"), (_FOR, _GATHER)],
        "aprobado",
    ),
    # Tareas creadas a mano y esperadas en orden: correcto.
    "create_task": (
        "retos",
        [
            (_SLEEP, "    await asyncio.sleep(demora)\n"),
            (
                _FOR,
                "    tareas = [asyncio.create_task(procesar_archivo(n, d))\n"
                "              for n, d in zip(archivos, demoras)]\n"
                "    resultados = [await t for t in tareas]\n",
            ),
        ],
        "aprobado",
    ),
    # Sin esperas: rápido, pero esquiva el caso.
    "sin_esperas": (
        "soluciones",
        [("    await asyncio.sleep(demora)  # leer", "    pass  # leer")],
        "sin_concurrencia",
    ),
    # Concurrente pero en orden de llegada: los resultados salen desordenados.
    "orden_de_llegada": (
        "soluciones",
        [
            (
                "    resultados = await asyncio.gather(\n"
                "        *(procesar_archivo(nombre, demora) for nombre, demora in zip(archivos, demoras))\n"
                "    )\n",
                "    resultados = [await f for f in asyncio.as_completed(\n"
                "        [procesar_archivo(n, d) for n, d in zip(archivos, demoras)])]\n",
            )
        ],
        "carrera",
    ),
    # Resultados escritos a mano (los del ejemplo).
    "a_mano": (
        "soluciones",
        [("    return list(resultados)\n", "    return ['VENTAS.CSV: 100 registros']\n")],
        "incompleto",
    ),
}
_VARIANTES = [("05_guardado_fantasma", k, *v) for k, v in _VARIANTES_05.items()] + [
    ("06_archivos_en_fila", k, *v) for k, v in _VARIANTES_06.items()
]


@pytest.mark.parametrize(
    ("nombre", "variante", "base", "cambios", "esperado"),
    _VARIANTES,
    ids=[f"{n[:2]}-{v}" for n, v, *_ in _VARIANTES],
)
def test_variantes(
    nombre: str,
    variante: str,
    base: str,
    cambios: list[tuple[str, str]],
    esperado: str,
    tmp_path: Path,
) -> None:
    reto = _reto(nombre)
    origen = RETOS / nombre if base == "retos" else SOLUCIONES / nombre
    alumno = escribir_variante(origen, tmp_path / variante, reto.archivos[0], cambios)
    veredictos = _juzgar_varias(reto, alumno, _semillas(nombre, 4))
    assert not _fallos(veredictos, esperado), _fallos(veredictos, esperado)
