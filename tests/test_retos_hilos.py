"""Comprobaciones de los retos de hilos (01-04): forma del reto y jueces que aciertan.

Un juez que aprueba un intento roto, o que suspende la solución, es el peor
error que puede tener este proyecto. Por eso, para cada reto de hilos:

- la versión que se entrega al alumno falla en cada uno de 20 veredictos con
  semillas distintas, y siempre con el veredicto que enseña el caso;
- la solución aprueba en cada uno de 20 veredictos;
- un resultado escrito a mano, una versión sin hilos o un «arreglo» que no
  arregla nunca aprueban.

Cada veredicto se pide como lo pide `verificar reto N`, con
`verificador.ejecucion.comprobar_reto`: el juez corre en un subproceso con el
plugin de los jueces y las variables del protocolo (docs/arquitectura.md).
Nunca se ejecuta un juez dentro de este proceso: el motor de hilos toma el
control del intérprete mientras explora.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from variantes import escribir_variante

from verificador.casos import Reto, cargar_reto
from verificador.ejecucion import comprobar_reto

RAIZ = Path(__file__).resolve().parent.parent
RETOS = RAIZ / "retos"
SOLUCIONES = RAIZ / "soluciones"

# Los retos de este archivo y el veredicto que debe recibir su versión rota.
ESPERADO_ROTO = {
    "01_anuncio_prematuro": "incompleto",
    "02_saldo_que_se_evapora": "carrera",
    "03_cajero_que_se_espera": "interbloqueo",
    "04_transferencias_cruzadas": "interbloqueo",
}
NOMBRES = sorted(ESPERADO_ROTO)

VEREDICTOS_POR_VERSION = 20  # veredictos (semillas base distintas) por versión
# Veredictos en paralelo: cada uno es un subproceso que casi no espera E/S.
TRABAJOS = max(1, min(4, os.cpu_count() or 1))


def _reto(nombre: str) -> Reto:
    return cargar_reto(RETOS / nombre)


def _semillas(nombre: str) -> list[int]:
    numero = int(nombre[:2])
    return [104729 * k + 31 * numero for k in range(1, VEREDICTOS_POR_VERSION + 1)]


@dataclass
class Juicio:
    """Lo que decidió un veredicto entero, con lo necesario para depurarlo."""

    veredicto: str
    semilla: int
    detalle: str


def _juzgar(reto: Reto, alumno: Path, semilla: int) -> Juicio:
    """Un veredicto de `reto` sobre los archivos de `alumno`, con el lanzador real."""
    informe = comprobar_reto(
        reto.juez,
        alumno,
        reto.archivos,
        semilla=semilla,
        repeticiones=reto.repeticiones,
        tiempo_limite_s=reto.tiempo_limite_s,
    )
    resumen = informe.evidencia.resumen if informe.evidencia else ""
    return Juicio(informe.veredicto.value, semilla, f"{resumen}\n{informe.salida[-4000:]}")


def _juzgar_varias(reto: Reto, alumno: Path, semillas: list[int]) -> list[Juicio]:
    # Hilos que solo esperan a sus subprocesos: el trabajo va en los hijos.
    with ThreadPoolExecutor(max_workers=TRABAJOS) as grupo:
        return list(grupo.map(lambda s: _juzgar(reto, alumno, s), semillas))


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_archivos_del_alumno_exponen_main(nombre: str) -> None:
    """main(...) con todos sus parámetros con valor por defecto, y el guard de __main__."""
    reto = _reto(nombre)
    for carpeta in (reto.directorio, SOLUCIONES / nombre):
        for archivo in reto.archivos:
            arbol = ast.parse((carpeta / archivo).read_text(encoding="utf-8"))
            mains = [n for n in arbol.body if isinstance(n, ast.FunctionDef) and n.name == "main"]
            assert len(mains) == 1, f"{carpeta.name}/{archivo}: falta def main(...)"
            argumentos = mains[0].args
            assert len(argumentos.defaults) == len(argumentos.args) >= 1
            assert not argumentos.posonlyargs
            assert not argumentos.kwonlyargs
            ultimo = arbol.body[-1]
            assert isinstance(ultimo, ast.If)
            assert ast.unparse(ultimo.test) == "__name__ == '__main__'"
            assert [ast.unparse(s) for s in ultimo.body] == ["main()"]
        roto = (reto.directorio / reto.archivos[0]).read_text(encoding="utf-8")
        assert roto != (SOLUCIONES / nombre / reto.archivos[0]).read_text(encoding="utf-8")


# La salida del guión tal cual (`python archivo.py`), como la del tutorial.
_SALIDA_SOLUCION = {
    "01_anuncio_prematuro": None,  # el orden entre hilos varía; se mira aparte
    "02_saldo_que_se_evapora": ["Saldo final: 200000"],
    "03_cajero_que_se_espera": ["Pagos aceptados: 4", "Saldo final: 60"],
    "04_transferencias_cruzadas": ["Saldo cuenta1: 400", "Saldo cuenta2: 400"],
}


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_la_solucion_se_ejecuta_como_el_tutorial(nombre: str) -> None:
    reto = _reto(nombre)
    proceso = subprocess.run(
        [sys.executable, str(SOLUCIONES / nombre / reto.archivos[0])],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proceso.returncode == 0, proceso.stderr
    esperadas = _SALIDA_SOLUCION[nombre]
    if esperadas is None:
        # Con hilos reales, print escribe el texto y el salto de línea por separado:
        # dos hilos pueden mezclar sus líneas. Se cuentan los mensajes, no las líneas.
        salida = proceso.stdout
        assert salida.rstrip().endswith("Todas las solicitudes completadas")
        for i in range(3):
            assert salida.count(f"Procesando solicitud {i}") == 1
            assert salida.count(f"Solicitud {i} completada") == 1
    else:
        assert proceso.stdout.splitlines() == esperadas


# ---------------------------------------------------------------------------
# Los jueces aciertan (cada veredicto en un subproceso, por el protocolo)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_la_version_rota_falla_siempre(nombre: str) -> None:
    reto = _reto(nombre)
    veredictos = _juzgar_varias(reto, reto.directorio, _semillas(nombre))
    distintos = [v for v in veredictos if v.veredicto != ESPERADO_ROTO[nombre]]
    assert not distintos, "\n\n".join(
        f"semilla {v.semilla}: {v.veredicto}\n{v.detalle}" for v in distintos
    )


@pytest.mark.parametrize("nombre", NOMBRES, ids=NOMBRES)
def test_la_solucion_aprueba_siempre(nombre: str) -> None:
    reto = _reto(nombre)
    veredictos = _juzgar_varias(reto, SOLUCIONES / nombre, _semillas(nombre))
    distintos = [v for v in veredictos if v.veredicto != "aprobado"]
    assert not distintos, "\n\n".join(
        f"semilla {v.semilla}: {v.veredicto}\n{v.detalle}" for v in distintos
    )


# Intentos que esquivan el ejercicio o lo arreglan mal, y el veredicto que merecen.
# Cada uno parte de la solución: (reto, variante, cambios de texto, veredictos aceptables).
_SIN_HILOS_01 = [
    (
        "        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))\n"
        "        hilos.append(hilo)\n"
        "        hilo.start()\n",
        "        procesar_solicitud(i, duracion)\n",
    ),
    ("    for hilo in hilos:\n        hilo.join()\n", ""),
]
_A_MANO_01 = [
    (
        "    hilos = []\n",
        "    for i in range(n_solicitudes):\n"
        "        print(f'Procesando solicitud {i}')\n"
        "    for i in range(n_solicitudes):\n"
        "        print(f'Solicitud {i} completada')\n"
        "    print('Todas las solicitudes completadas')\n"
        "    return\n"
        "    hilos = []\n",
    )
]
_EN_SERIE_01 = [("        hilo.start()\n", "        hilo.start()\n        hilo.join()\n")]
_SIN_HILOS_02 = [
    (
        "        hilo = threading.Thread(target=depositar, args=(cantidad, depositos))\n"
        "        hilos.append(hilo)\n"
        "        hilo.start()\n",
        "        depositar(cantidad, depositos)\n",
    )
]
_A_MANO_02 = [('    print(f"Saldo final: {saldo}")', "    saldo = 200000\n    print(saldo)")]
_CANDADO_LOCAL_02 = [
    (
        "    global saldo\n    for _ in range(veces):\n        with lock:",
        "    global saldo\n    for _ in range(veces):\n        with threading.Lock():",
    )
]
_SIN_HILOS_03 = [
    (
        "        hilo = threading.Thread(target=cliente, args=(indice,))\n"
        "        hilos.append(hilo)\n"
        "        hilo.start()\n",
        "        cliente(indice)\n",
    )
]
_SUELTA_CANDADO_03 = [
    (
        "        with self.lock:\n"
        "            if self.saldo < cantidad + comision:\n"
        "                return False\n"
        "            self.retirar(cantidad)\n"
        "            self.retirar(comision)\n"
        "            return True\n",
        "        with self.lock:\n"
        "            if self.saldo < cantidad + comision:\n"
        "                return False\n"
        "        self.retirar(cantidad)\n"
        "        self.retirar(comision)\n"
        "        return True\n",
    )
]
_A_MANO_03 = [("    return cuenta.saldo, sum(aceptados)", "    return 60, 4")]
_SIN_HILOS_04 = [
    (
        "        hilo = threading.Thread(\n"
        "            target=cuentas[origen].transferir, args=(cuentas[destino], cantidad)\n"
        "        )\n"
        "        hilos.append(hilo)\n"
        "        hilo.start()\n",
        "        cuentas[origen].transferir(cuentas[destino], cantidad)\n",
    )
]
_A_MANO_04 = [
    ("    return [cuentas[numero].saldo for numero in sorted(cuentas)]", "    return [400, 400]")
]
_SIN_CANDADOS_04 = [
    (
        "        with primera.lock, segunda.lock:\n            self.saldo -= cantidad\n"
        "            otra_cuenta.saldo += cantidad\n",
        "        self.saldo -= cantidad\n        otra_cuenta.saldo += cantidad\n",
    )
]


def _variante(
    nombre: str,
    variante: str,
    cambios: list[tuple[str, str]] | str,
    aceptables: set[str],
    marks: pytest.MarkDecorator | tuple[pytest.MarkDecorator, ...] = (),
) -> object:
    return pytest.param(
        nombre, variante, cambios, aceptables, marks=marks, id=f"{nombre}-{variante}"
    )


_TRAMPAS = [
    _variante("01_anuncio_prematuro", "sin_hilos", _SIN_HILOS_01, {"sin_concurrencia"}),
    _variante("01_anuncio_prematuro", "a_mano", _A_MANO_01, {"sin_concurrencia"}),
    _variante("01_anuncio_prematuro", "en_serie", _EN_SERIE_01, {"sin_concurrencia"}),
    _variante("02_saldo_que_se_evapora", "sin_hilos", _SIN_HILOS_02, {"sin_concurrencia"}),
    _variante("02_saldo_que_se_evapora", "a_mano", _A_MANO_02, {"carrera"}),
    _variante("02_saldo_que_se_evapora", "candado_local", _CANDADO_LOCAL_02, {"carrera"}),
    _variante("03_cajero_que_se_espera", "sin_hilos", _SIN_HILOS_03, {"sin_concurrencia"}),
    _variante("03_cajero_que_se_espera", "suelta_candado", _SUELTA_CANDADO_03, {"carrera"}),
    _variante("03_cajero_que_se_espera", "a_mano", _A_MANO_03, {"carrera"}),
    _variante("04_transferencias_cruzadas", "sin_hilos", _SIN_HILOS_04, {"sin_concurrencia"}),
    _variante("04_transferencias_cruzadas", "a_mano", _A_MANO_04, {"carrera"}),
    _variante("04_transferencias_cruzadas", "sin_candados", _SIN_CANDADOS_04, {"carrera"}),
]

# Semillas por intento tramposo: pocas bastan, cada una es un veredicto entero.
SEMILLAS_TRAMPA = (11, 12, 13)


@pytest.mark.parametrize(
    ("nombre", "variante", "cambios", "aceptables"),
    _TRAMPAS,
)
def test_los_atajos_nunca_aprueban(
    nombre: str,
    variante: str,
    cambios: list[tuple[str, str]] | str,
    aceptables: set[str],
    tmp_path: Path,
) -> None:
    reto = _reto(nombre)
    alumno = escribir_variante(SOLUCIONES / nombre, tmp_path / variante, reto.archivos[0], cambios)
    veredictos = _juzgar_varias(reto, alumno, list(SEMILLAS_TRAMPA))
    distintos = [v for v in veredictos if v.veredicto not in aceptables]
    assert not distintos, "\n\n".join(
        f"semilla {v.semilla}: {v.veredicto} (se esperaba {sorted(aceptables)})\n{v.detalle}"
        for v in distintos
    )


# Hilos que existen pero nunca a la vez (cada uno se espera nada más arrancarlo):
# no hay concurrencia que sincronizar, así que el juez debe decir `sin_concurrencia`.
_EN_SERIE = [("        hilo.start()\n", "        hilo.start()\n        hilo.join()\n")]
@pytest.mark.parametrize(
    "nombre",
    [
        pytest.param(n, id=n)
        for n in (
            "02_saldo_que_se_evapora",
            "03_cajero_que_se_espera",
            "04_transferencias_cruzadas",
        )
    ],
)
def test_hilos_en_serie_son_sin_concurrencia(nombre: str, tmp_path: Path) -> None:
    reto = _reto(nombre)
    alumno = escribir_variante(
        SOLUCIONES / nombre, tmp_path / "en_serie", reto.archivos[0], _EN_SERIE
    )
    veredictos = _juzgar_varias(reto, alumno, list(SEMILLAS_TRAMPA))
    distintos = [v for v in veredictos if v.veredicto != "sin_concurrencia"]
    assert not distintos, "\n\n".join(
        f"semilla {v.semilla}: {v.veredicto}\n{v.detalle}" for v in distintos
    )


# Arreglos correctos distintos de la solución de referencia: un juez que los
# suspende estaría exigiendo *una* solución en vez de un programa correcto.
_EXECUTOR_01 = """import time
from concurrent.futures import ThreadPoolExecutor


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    with ThreadPoolExecutor(max_workers=n_solicitudes) as grupo:
        for i in range(n_solicitudes):
            grupo.submit(procesar_solicitud, i, duracion)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
"""
_CANDADO_FUERA_DEL_BUCLE_02 = [
    (
        "    for _ in range(veces):\n"
        "        with lock:  # Bloquear el acceso para evitar condiciones de carrera\n"
        "            saldo += dinero\n",
        "    with lock:\n        for _ in range(veces):\n            saldo += dinero\n",
    )
]
_SIN_REENTRAR_03 = [
    ("threading.RLock()", "threading.Lock()"),
    (
        "            self.retirar(cantidad)\n            self.retirar(comision)\n",
        "            self.saldo -= cantidad + comision\n",
    ),
]
_SIN_ANIDAR_04 = [
    (
        "        primera, segunda = sorted((self, otra_cuenta), key=lambda cuenta: cuenta.numero)\n"
        "        with primera.lock, segunda.lock:\n"
        "            self.saldo -= cantidad\n"
        "            otra_cuenta.saldo += cantidad\n",
        "        with self.lock:\n            self.saldo -= cantidad\n"
        "        otra_cuenta.depositar(cantidad)\n",
    )
]
_CANDADO_DEL_BANCO_04 = [
    ("import threading\n", "import threading\n\ncandado_del_banco = threading.Lock()\n"),
    ("        with primera.lock, segunda.lock:\n", "        with candado_del_banco:\n"),
]

_ALTERNATIVAS = [
    ("01_anuncio_prematuro", "executor", _EXECUTOR_01),
    ("02_saldo_que_se_evapora", "candado_fuera_del_bucle", _CANDADO_FUERA_DEL_BUCLE_02),
    ("03_cajero_que_se_espera", "sin_reentrar", _SIN_REENTRAR_03),
    ("04_transferencias_cruzadas", "sin_anidar", _SIN_ANIDAR_04),
    ("04_transferencias_cruzadas", "candado_del_banco", _CANDADO_DEL_BANCO_04),
]


@pytest.mark.parametrize(
    ("nombre", "variante", "cambios"), _ALTERNATIVAS, ids=[f"{a[0]}-{a[1]}" for a in _ALTERNATIVAS]
)
def test_otros_arreglos_correctos_aprueban(
    nombre: str, variante: str, cambios: list[tuple[str, str]] | str, tmp_path: Path
) -> None:
    reto = _reto(nombre)
    alumno = escribir_variante(SOLUCIONES / nombre, tmp_path / variante, reto.archivos[0], cambios)
    veredictos = _juzgar_varias(reto, alumno, list(SEMILLAS_TRAMPA))
    distintos = [v for v in veredictos if v.veredicto != "aprobado"]
    assert not distintos, "\n\n".join(
        f"semilla {v.semilla}: {v.veredicto}\n{v.detalle}" for v in distintos
    )
