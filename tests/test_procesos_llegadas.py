"""El orden en que acaban las tareas de un pool, perturbado y sembrado (`procesos/llegadas.py`).

Con semilla, el principal retiene los resultados de `imap_unordered`, de los
`callback` de `apply_async` y de `as_completed` y los entrega en un orden que
sale de la semilla y nunca es el de la entrada: un programa que depende de ese
orden falla en cada ejecución; uno que ordena, guarda por índice o por clave,
o usa `map`/`imap`, no cambia. Sin semilla no se toca nada.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verificador.procesos import explorar_script
from verificador.procesos.ejecutor import ejecutar
from verificador.veredictos import Veredicto

CORPUS = Path(__file__).resolve().parent / "corpus_real" / "procesos"
DEPENDEN_DEL_ORDEN = ("imap_unordered_supone_orden", "apply_async_callback_supone_orden",
                      "as_completed_supone_orden")
NO_DEPENDEN = ("imap_unordered_ordena_despues", "apply_async_callback_con_indice",
               "as_completed_futuro_a_clave", "apply_async_get_en_orden", "pool_imap_chunksize_orden")


def _ejecutar(nombre: str, semilla: int | None):  # type: ignore[no-untyped-def]
    ruta = (CORPUS / f"{nombre}.py").resolve()
    return ejecutar(ruta, modo="script", argv=[], semilla=semilla, tiempo_limite_s=60,
                    archivos_alumno=[ruta], quietud_s=1.0, plazo_adversario_s=None)


@pytest.mark.parametrize("nombre", DEPENDEN_DEL_ORDEN)
def test_depender_del_orden_de_llegada_es_carrera(nombre: str) -> None:
    for semilla in (0, 7):
        resultado = explorar_script(CORPUS / f"{nombre}.py", semilla=semilla)
        assert resultado.veredicto is Veredicto.CARRERA, (semilla, resultado.evidencia)
        assert resultado.evidencia is not None
        assert "otro orden" in resultado.evidencia.resumen
        assert f"{nombre}.py:" in (resultado.evidencia.ubicacion or "")


@pytest.mark.parametrize("nombre", NO_DEPENDEN)
def test_sin_depender_del_orden_se_aprueba(nombre: str) -> None:
    resultado = explorar_script(CORPUS / f"{nombre}.py", semilla=3)
    assert resultado.veredicto is Veredicto.APROBADO, resultado.evidencia


def test_el_orden_sale_de_la_semilla_y_nunca_es_el_de_la_entrada() -> None:
    ordenes = []
    for semilla in (11, 11, 12):
        ejecucion = _ejecutar("imap_unordered_supone_orden", semilla)
        assert len(ejecucion.desordenes) == 1, ejecucion.desordenes
        orden = ejecucion.desordenes[0]["orden"]
        assert sorted(orden) == list(range(8))
        assert orden[0] != 0  # el primero entregado nunca es el de la primera tarea
        ordenes.append(orden)
    assert ordenes[0] == ordenes[1]  # misma semilla, mismo orden (la carga no cuenta)
    assert ordenes[0] != ordenes[2]


def test_sin_semilla_no_se_retiene_nada() -> None:
    ejecucion = _ejecutar("apply_async_callback_supone_orden", None)
    assert ejecucion.desordenes == []


def test_la_excepcion_de_una_tarea_no_se_achaca_al_orden() -> None:
    # Los resultados se desordenan igual, pero el fallo es el ZeroDivisionError de la tarea.
    resultado = explorar_script(CORPUS / "process_pool_executor_submit_excepcion.py", semilla=5)
    assert resultado.veredicto is Veredicto.EXCEPCION, resultado.evidencia
