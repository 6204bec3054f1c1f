"""Intentos de alumno para los retos de procesos (07-10), cada uno con su veredicto esperado.

Cada archivo de tests/intentos/NN_slug/ es un intento completo: su primera
línea dice `# esperado: <veredicto>` y la segunda por qué (qué orden o qué
forma de los parámetros expone el error, o por qué el arreglo es correcto).
Se juzga con el lanzador real (`comprobar_reto`, como `verificar reto N`) en una
semilla más de las que le da `test_intentos.py`; con `-m lento`, en 12 más.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from test_intentos import FALLOS_DEL_MOTOR  # fallos conocidos del motor: una sola lista

from verificador.autor.intentos import intentos_de, leer_intento
from verificador.casos import cargar_reto
from verificador.ejecucion.reto import comprobar_reto
from verificador.veredictos import Veredicto

RAIZ = Path(__file__).resolve().parent.parent
INTENTOS = Path(__file__).resolve().parent / "intentos"
CASOS = ("07", "08", "09", "10")
SEMILLAS = (2027,)
SEMILLAS_LENTAS = (11, 90210, *range(500, 510))
TRABAJOS = 2  # veredictos en paralelo (cada uno ya lanza varios procesos)
def _intentos() -> list[Path]:
    """The attempts of the process cases, read as `verificar autor comprobar` reads them."""
    return [
        intento.ruta
        for carpeta in sorted(INTENTOS.glob("[01][0-9]_*"))
        if carpeta.name[:2] in CASOS
        for intento in intentos_de(carpeta)
    ]


def _esperados(archivo: Path) -> frozenset[str]:
    return frozenset(v.value for v in leer_intento(archivo).esperados)


def _juzgar(archivo: Path, semillas: tuple[int, ...], tmp: Path) -> list[tuple[int, str, str]]:
    reto = cargar_reto(RAIZ / "retos" / archivo.parent.name)
    alumno = tmp / "alumno"
    alumno.mkdir()
    (alumno / reto.archivos[0]).write_text(archivo.read_text(encoding="utf-8"), encoding="utf-8")

    def uno(semilla: int) -> tuple[int, str, str]:
        informe = comprobar_reto(
            reto.juez, alumno, reto.archivos, semilla=semilla, repeticiones=reto.repeticiones,
            tiempo_limite_s=reto.tiempo_limite_s,
        )
        resumen = informe.evidencia.resumen if informe.evidencia else ""
        return semilla, informe.veredicto.value, resumen

    with ThreadPoolExecutor(max_workers=TRABAJOS) as grupo:
        return list(grupo.map(uno, semillas))


def _nombre(archivo: Path) -> str:
    return f"{archivo.parent.name[:2]}-{archivo.stem}"


def _parametros(archivos: list[Path]) -> list[object]:
    return [pytest.param(a, id=_nombre(a), marks=[pytest.mark.xfail(
                reason=FALLOS_DEL_MOTOR[_nombre(a)], strict=False)]
            if _nombre(a) in FALLOS_DEL_MOTOR else []) for a in archivos]


def test_hay_intentos_suficientes() -> None:
    """≥ 8 por caso: ≥ 3 arreglos correctos, ≥ 3 a medias (con error) y ≥ 2 esquivas."""
    for caso in CASOS:
        archivos = [a for a in _intentos() if a.parent.name.startswith(caso)]
        esperados = [min(_esperados(a)) for a in archivos]
        assert len(archivos) >= 8, caso
        assert esperados.count("aprobado") >= 3, caso
        assert esperados.count("sin_concurrencia") >= 2, caso
        assert sum(e not in ("aprobado", "sin_concurrencia") for e in esperados) >= 3, caso


@pytest.mark.timeout(900)
@pytest.mark.parametrize("archivo", _parametros(_intentos()))
def test_intento(archivo: Path, tmp_path: Path) -> None:
    esperado = _esperados(archivo)
    resultados = _juzgar(archivo, SEMILLAS, tmp_path)
    malos = [r for r in resultados if r[1] not in esperado]
    assert not malos, f"esperado {'|'.join(sorted(esperado))}: " + "; ".join(
        f"semilla {s}: {v} ({resumen[:300]})" for s, v, resumen in malos
    )


@pytest.mark.lento
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("archivo", _parametros(_intentos()))
def test_intento_muchas_semillas(archivo: Path, tmp_path: Path) -> None:
    esperado = _esperados(archivo)
    resultados = _juzgar(archivo, SEMILLAS_LENTAS, tmp_path)
    malos = [r for r in resultados if r[1] not in esperado]
    assert not malos, f"esperado {'|'.join(sorted(esperado))}: " + "; ".join(
        f"semilla {s}: {v} ({resumen[:300]})" for s, v, resumen in malos
    )


# -- procesos de adorno: qué hijos pueden quedarse sin trabajo -------------------------------


def _ejecucion_con(*hijos: tuple[str, int]):
    from verificador.procesos import Ejecucion
    from verificador.procesos.estado import EstadoProceso

    procesos = [EstadoProceso(pid=1, rol="principal", nombre="MainProcess")]
    procesos += [EstadoProceso(pid=10 + i, rol="hijo", nombre=nombre, envios=envios,
                               ejecuto_alumno=True, inicio_t=1.0, fin_t=2.0)
                 for i, (nombre, envios) in enumerate(hijos)]
    return Ejecucion(archivo="visitas.py", parametros={}, semilla=1, duracion_s=1.0,
                     colgado=False, fatal=None, codigo_salida=0, resultado={"valor": 1},
                     salida="", errores="", procesos=procesos)


@pytest.mark.parametrize("ocioso", ["SpawnPoolWorker-3", "ForkPoolWorker-2", "SpawnProcess-4",
                                    "SyncManager-1"])
def test_un_trabajador_de_pool_o_el_manager_puede_quedarse_sin_tarea(ocioso: str) -> None:
    from verificador.juez.procesos import Procesos

    Procesos(alumno=None).exigir_sin_senuelos(_ejecucion_con(("SpawnPoolWorker-1", 40),
                                                             (ocioso, 0)))


def test_un_trabajador_de_pool_terminado_sin_tarea_ni_nombre_no_es_de_adorno() -> None:
    """Pool.terminate mata a los trabajadores sin tarea antes de que digan su nombre."""
    from verificador.juez.procesos import Procesos
    from verificador.procesos.estado import EstadoProceso

    ejecucion = _ejecucion_con(("SpawnPoolWorker-1", 40))
    ejecucion.procesos.append(EstadoProceso(pid=30, rol="hijo", nombre="", envios=0,
                                            ejecuto_alumno=False))
    Procesos(alumno=None).exigir_sin_senuelos(ejecucion)


def test_un_hijo_sin_nombre_que_ejecuto_codigo_del_alumno_y_no_entrega_es_de_adorno() -> None:
    from verificador.juez.procesos import Procesos
    from verificador.procesos.estado import EstadoProceso
    from verificador.veredictos import FalloVeredicto

    ejecucion = _ejecucion_con(("Process-1", 40))
    ejecucion.procesos.append(EstadoProceso(pid=30, rol="hijo", nombre="", envios=0,
                                            ejecuto_alumno=True))
    with pytest.raises(FalloVeredicto) as fallo:
        Procesos(alumno=None).exigir_sin_senuelos(ejecucion)
    assert fallo.value.veredicto is Veredicto.SIN_CONCURRENCIA


def test_un_proceso_arrancado_que_no_entrega_nada_es_de_adorno() -> None:
    from verificador.juez.procesos import Procesos
    from verificador.veredictos import FalloVeredicto

    with pytest.raises(FalloVeredicto) as fallo:
        Procesos(alumno=None).exigir_sin_senuelos(
            _ejecucion_con(("Process-1", 120), ("Process-2", 0), ("Process-3", 0)))
    assert fallo.value.veredicto is Veredicto.SIN_CONCURRENCIA
    assert fallo.value.evidencia.resumen == (
        "2 de 3 procesos hijos arrancaron y no entregaron nada a otro proceso (procesos de "
        "adorno): el trabajo lo hizo uno solo.")
