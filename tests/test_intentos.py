"""Intentos de alumno con el veredicto que merecen, juzgados por el juez de verdad.

Cada archivo de `tests/intentos/NN_slug/` es un intento escrito sin mirar el
juez: arreglos correctos en otros estilos, arreglos a medias que conservan un
fallo real y esquivas. Su primera línea dice el veredicto esperado
(`# esperado: carrera`) y la segunda, por qué (formato en
`verificador/autor/intentos.py`, el mismo que usa `verificar autor comprobar`).

Cada intento se juzga como `verificar reto N`, con
`verificador.ejecucion.comprobar_reto` (el juez en un subproceso), en
`SEMILLAS` veredictos enteros (los de procesos, que tardan segundos cada uno,
en las dos primeras: `test_intentos_procesos.py` les da otra semilla más); con
`-m lento`, en `SEMILLAS_LENTO` más (y los que llevan `# lento` en su cabecera,
solo entonces). Un juez que aprueba un intento roto, o
suspende uno honrado, falla aquí.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest

from verificador.autor import revisar_catalogo
from verificador.autor.intentos import ErrorIntento, Intento, intentos_de, leer_intento, preparar
from verificador.casos import FuenteCatalogo, Reto, cargar_reto
from verificador.ejecucion import comprobar_reto
from verificador.veredictos import Evidencia, Veredicto

RAIZ = Path(__file__).resolve().parent.parent
INTENTOS = Path(__file__).resolve().parent / "intentos"
SEMILLAS = (101, 202, 303)  # veredictos enteros por intento
SEMILLAS_PROCESOS = SEMILLAS[:2]  # retos de procesos: cada veredicto son segundos de verdad
SEMILLAS_LENTO = (404, 505, 606, 707, 808)  # y estos más con -m lento (y 303 en procesos)
TRABAJOS = 2  # veredictos a la vez (cada uno es un subproceso)
LIMITE_S = 900  # s de reloj por prueba: cada una pide varios veredictos enteros


def _casos() -> list[tuple[Reto, Intento]]:
    casos = []
    for carpeta in sorted(p for p in INTENTOS.iterdir() if p.is_dir()):
        reto = cargar_reto(RAIZ / "retos" / carpeta.name)
        casos.extend((reto, intento) for intento in intentos_de(carpeta))
    return casos


CASOS = _casos()

# Veredictos equivocados que dependen del motor de procesos: el intento conserva su veredicto
# correcto y la prueba lo marca como fallo conocido (no estricto: depende de la carga, que es
# justamente el fallo). tests/test_intentos_procesos.py usa esta misma lista.
FALLOS_DEL_MOTOR: dict[str, str] = {
    "09-rojo26_medio_get_nowait_y_vive": (
        "con la batería entera al lado (cuatro jueces a la vez), la semilla 101 aprobó una vez: "
        "la pausa del principal tras el `queue.Empty` termina cuando el hijo lleva 0,2 s sin CPU, "
        "y un hijo listo pero sin núcleo parece quieto (abierto en docs/equipo_rojo_s25.md)"),
}


def _es_lento(intento: Intento) -> bool:
    """`# lento: motivo` en la cabecera: cada veredicto cuesta decenas de segundos (un sondeo de
    miles de vueltas en tiempo virtual); solo con `-m lento`, para no depender de la carga."""
    cabecera = intento.ruta.read_text(encoding="utf-8").splitlines()[:5]
    return any(linea.startswith("# lento") for linea in cabecera)


def _parametros() -> list[object]:
    parametros = []
    for reto, intento in CASOS:
        nombre = f"{reto.nombre[:2]}-{intento.nombre}"
        marcas = ([pytest.mark.xfail(reason=FALLOS_DEL_MOTOR[nombre], strict=False)]
                  if nombre in FALLOS_DEL_MOTOR else [])
        if _es_lento(intento):
            marcas.append(pytest.mark.lento)
        parametros.append(pytest.param(reto, intento, id=nombre, marks=marcas))
    return parametros


def _juzgar(reto: Reto, intento: Intento, semillas: tuple[int, ...]) -> list[str]:
    """Los veredictos que no se esperaban, con lo necesario para entenderlos."""

    def uno(semilla: int) -> str | None:
        with preparar(intento, reto, RAIZ / "soluciones" / reto.nombre) as carpeta:
            informe = comprobar_reto(reto.juez, carpeta, reto.archivos, semilla=semilla,
                                     repeticiones=reto.repeticiones,
                                     tiempo_limite_s=reto.tiempo_limite_s)
        if intento.acierta(informe.veredicto):
            return None
        resumen = informe.evidencia.resumen if informe.evidencia else ""
        return (f"semilla {semilla}: {informe.veredicto.value} (se esperaba "
                f"{intento.texto_esperado})\n{resumen}\n{informe.salida[-2000:]}")

    with ThreadPoolExecutor(max_workers=TRABAJOS) as grupo:
        return [f for f in grupo.map(uno, semillas) if f is not None]


@pytest.mark.timeout(LIMITE_S)
@pytest.mark.parametrize(("reto", "intento"), _parametros())
def test_intento_recibe_su_veredicto(reto: Reto, intento: Intento) -> None:
    fallos = _juzgar(reto, intento, SEMILLAS_PROCESOS if reto.tema == "procesos" else SEMILLAS)
    assert not fallos, f"{intento.ruta.name}: {intento.motivo}\n\n" + "\n\n".join(fallos)


@pytest.mark.lento
@pytest.mark.timeout(LIMITE_S)
@pytest.mark.parametrize(("reto", "intento"), _parametros())
def test_intento_recibe_su_veredicto_con_mas_semillas(reto: Reto, intento: Intento) -> None:
    extra = SEMILLAS[len(SEMILLAS_PROCESOS):] if reto.tema == "procesos" else ()
    fallos = _juzgar(reto, intento, extra + SEMILLAS_LENTO)
    assert not fallos, f"{intento.ruta.name}: {intento.motivo}\n\n" + "\n\n".join(fallos)


# La segunda línea de cada intento empieza diciendo qué es (y así se cuenta).
CLASES = {"correcto": ("Arreglo correcto", "Correcto", "Reparación"),
          "a medias": ("A medias", "Medio arreglo", "Media reparación"), "esquiva": ("Esquiva",)}
MINIMOS = {"correcto": 3, "a medias": 3, "esquiva": 2}  # por caso (issue 9)


def _clase(intento: Intento) -> str:
    for clase, prefijos in CLASES.items():
        if intento.motivo.startswith(prefijos):
            return clase
    raise AssertionError(f"{intento.ruta}: la segunda línea no empieza por una de "
                         f"{[p for ps in CLASES.values() for p in ps]}")


@pytest.mark.parametrize("numero", range(1, 11))
def test_cada_caso_tiene_sus_intentos(numero: int) -> None:
    """≥ 3 arreglos correctos, ≥ 3 a medias y ≥ 2 esquivas por caso; solo los correctos aprueban."""
    carpeta = next(INTENTOS.glob(f"{numero:02d}_*"))
    intentos = intentos_de(carpeta)
    cuantos = {clase: 0 for clase in CLASES}
    for intento in intentos:
        clase = _clase(intento)
        cuantos[clase] += 1
        aprueba = Veredicto.APROBADO in intento.esperados
        assert aprueba == (clase == "correcto"), intento.ruta.name
        assert not aprueba or len(intento.esperados) == 1, (
            "un intento aprueba o no: nunca «aprobado|otro»")
    assert all(cuantos[c] >= MINIMOS[c] for c in CLASES), (carpeta.name, cuantos)
    assert not list(carpeta.glob("_*.py")), "ningún intento pendiente: cada uno se juzga"


# -- el formato y `verificar autor comprobar` ---------------------------------------------


def test_cabecera_mal_escrita_dice_que_hacer(tmp_path: Path) -> None:
    ruta = tmp_path / "x.py"
    ruta.write_text("# esperado: carreras\n# porque sí\n", encoding="utf-8")
    with pytest.raises(ErrorIntento, match=r"^x\.py: «carreras» no es un veredicto; usa uno de: "):
        leer_intento(ruta)
    ruta.write_text("import threading\n", encoding="utf-8")
    with pytest.raises(ErrorIntento, match=r"^x\.py: la primera línea debe ser «# esperado:"):
        leer_intento(ruta)
    ruta.write_text("# esperado: carrera|interbloqueo\n# dos fallos posibles\n", encoding="utf-8")
    intento = leer_intento(ruta)
    assert intento.esperados == {Veredicto.CARRERA, Veredicto.INTERBLOQUEO}
    assert intento.motivo == "dos fallos posibles"
    assert intento.texto_esperado == "carrera o interbloqueo"


def _catalogo_con_intentos(base: Path) -> FuenteCatalogo:
    """Una copia del reto 2 incluido con dos intentos al lado, en intentos/02_.../."""
    import shutil

    nombre = "02_saldo_que_se_evapora"
    shutil.copytree(RAIZ / "retos" / nombre, base / "retos" / nombre)
    shutil.copytree(RAIZ / "soluciones" / nombre, base / "soluciones" / nombre)
    intentos = base / "intentos" / nombre
    intentos.mkdir(parents=True)
    (intentos / "bien.py").write_text("# esperado: aprobado\n# con candado\n", encoding="utf-8")
    (intentos / "mal.py").write_text("# esperado: aprobado\n# sin candado\n", encoding="utf-8")
    (intentos / "_ayuda.py").write_text("no es un intento\n", encoding="utf-8")
    return FuenteCatalogo(base / "retos", base / "soluciones", "prueba")


def test_autor_comprobar_juzga_los_intentos_y_nombra_los_que_fallan(tmp_path: Path) -> None:
    vistos: list[str] = []

    def comprobar(juez, directorio, archivos, *, semilla, repeticiones, tiempo_limite_s):
        texto = (Path(directorio) / archivos[0]).read_text(encoding="utf-8")
        vistos.append(texto.splitlines()[1])
        veredicto = Veredicto.CARRERA if ("sin candado" in texto or ("lock" not in texto
                                          and "candado" not in texto)) else Veredicto.APROBADO
        if Path(directorio).parent.name == "soluciones":
            veredicto = Veredicto.APROBADO
        return SimpleNamespace(veredicto=veredicto, evidencia=Evidencia(resumen="algo pasó"))

    revision = revisar_catalogo(_catalogo_con_intentos(tmp_path), veredictos=2, semilla=5,
                                comprobar=comprobar)
    (caso,) = revision.retos
    assert sorted(p.version for p in caso.pruebas) == sorted(
        ["rota", "rota", "solucion", "solucion", "intento:bien", "intento:bien",
         "intento:mal", "intento:mal"])
    faltas = [f.mensaje for f in caso.faltas if f.regla.value == "intentos"]
    assert faltas == [
        f"el intento mal.py recibió «carrera» con la semilla {s} y espera «aprobado» (algo "
        "pasó). Si el intento está bien etiquetado, el juez se equivoca: endurécelo (o deja "
        "de exigir una solución concreta)" for s in (5, 6)]
    assert not caso.correcto
    assert vistos.count("# con candado") == 2
    # por intento, qué esperaba y qué recibió (texto y JSON)
    assert [i.linea() for i in caso.intentos()] == [
        "bien: espera aprobado; recibió aprobado (semilla 5), aprobado (semilla 6)",
        "mal: espera aprobado; recibió carrera (semilla 5), carrera (semilla 6)"]
    assert [i.acierta for i in caso.intentos()] == [True, False]
    assert caso.a_dict()["intentos"][1] == {
        "nombre": "mal", "esperado": "aprobado", "acierta": False,
        "obtenidos": [{"semilla": 5, "veredicto": "carrera"},
                      {"semilla": 6, "veredicto": "carrera"}]}


def test_autor_comprobar_nombra_un_intento_mal_escrito(tmp_path: Path) -> None:
    fuente = _catalogo_con_intentos(tmp_path)
    (tmp_path / "intentos" / "02_saldo_que_se_evapora" / "raro.py").write_text(
        "print('hola')\n", encoding="utf-8")

    def comprobar(juez, directorio, archivos, *, semilla, repeticiones, tiempo_limite_s):
        veredicto = (Veredicto.APROBADO if Path(directorio).parent.name == "soluciones"
                     else Veredicto.CARRERA)
        return SimpleNamespace(veredicto=veredicto, evidencia=Evidencia(resumen="x"))

    revision = revisar_catalogo(fuente, veredictos=1, semilla=1, comprobar=comprobar)
    (caso,) = revision.retos
    assert [f.mensaje for f in caso.faltas] == [
        f"{tmp_path}/intentos/02_saldo_que_se_evapora/raro.py: la primera línea debe ser "
        "«# esperado: <veredicto>» (por ejemplo «# esperado: carrera»)"]


# -- archivo vacío y parámetros en el informe ---------------------------------------------


@pytest.mark.parametrize("numero", [1, 5], ids=["hilos", "asyncio"])
def test_archivo_vacio_no_carga(numero: int, tmp_path: Path) -> None:
    reto = cargar_reto(next((RAIZ / "retos").glob(f"{numero:02d}_*")))
    (tmp_path / reto.archivos[0]).write_text("\n  \n", encoding="utf-8")
    informe = comprobar_reto(reto.juez, tmp_path, reto.archivos, semilla=1,
                             repeticiones=reto.repeticiones, tiempo_limite_s=reto.tiempo_limite_s)
    assert informe.veredicto is Veredicto.NO_CARGA
    assert informe.evidencia is not None
    assert informe.evidencia.resumen == f"El archivo {reto.archivos[0]} está vacío."


def test_un_aprobado_apunta_los_parametros_de_cada_repeticion(tmp_path: Path) -> None:
    """El informe JSON del juez dice qué probó cada repetición (para auditar un aprobado)."""
    import json
    import os
    import subprocess
    import sys

    from verificador.ejecucion.aislado import entorno_hijo
    from verificador.ejecucion.reto import argv_juez

    reto = cargar_reto(RAIZ / "retos" / "02_saldo_que_se_evapora")
    informe = tmp_path / "informe.json"
    entorno = entorno_hijo({"VERIFICADOR_ALUMNO_DIR": str(RAIZ / "soluciones" / reto.nombre),
                            "VERIFICADOR_ARCHIVOS": os.pathsep.join(reto.archivos),
                            "VERIFICADOR_SEMILLA": "9", "VERIFICADOR_INFORME": str(informe)})
    subprocess.run([sys.executable, *argv_juez(reto.juez, 2, reto.tiempo_limite_s)],
                   env=entorno, cwd=tmp_path, capture_output=True, check=False, timeout=300)
    datos = json.loads(informe.read_text(encoding="utf-8"))
    assert datos["aprobadas"] == datos["pruebas"] == 2
    parametros = datos["parametros"]
    assert [p["repeticion"] for p in parametros] == [1, 2]
    for p in parametros:
        assert set(p) == {"repeticion", "semilla", "n_hilos", "depositos", "cantidad"}
        assert 2 <= p["n_hilos"] <= 4
    assert parametros[0]["semilla"] != parametros[1]["semilla"]


@pytest.mark.lento
@pytest.mark.timeout(LIMITE_S)
def test_plazo_y_sigue_falla_con_cada_semilla() -> None:
    """A timed acquire that goes on without the lock: the directed run of crossed orders finds it always."""
    reto = cargar_reto(RAIZ / "retos" / "04_transferencias_cruzadas")
    (intento,) = [i for i in intentos_de(INTENTOS / reto.nombre) if i.nombre == "plazo_y_sigue"]
    fallos = _juzgar(reto, intento, tuple(range(1, 11)))
    assert not fallos, "\n".join(fallos)
