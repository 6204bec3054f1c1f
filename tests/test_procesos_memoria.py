"""`multiprocessing.shared_memory` perturbado como un `Value` (`procesos/memoria.py`).

Leer y escribir un byte de `shm.buf` o un elemento de un `ShareableList` desde
varios procesos sin un candado común es `carrera` con cualquier semilla; con un
mismo candado en todos, o con cada proceso en su propio tramo, `aprobado`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verificador.procesos import explorar_script
from verificador.procesos.memoria import _uso
from verificador.veredictos import Veredicto

CORPUS = Path(__file__).resolve().parent / "corpus_real" / "procesos"


def _usos(funcion: object) -> list[str | None]:
    """Lo que `_uso` dice de cada `LOAD_ATTR buf` de la función, en orden."""
    import dis

    codigo = funcion.__code__  # type: ignore[attr-defined]
    return [_uso(codigo, i.offset) for i in dis.get_instructions(codigo)
            if i.opname == "LOAD_ATTR" and i.argval == "buf"]


def test_solo_se_envuelve_buf_cuando_se_indexa_con_un_indice_simple() -> None:
    import struct

    def indexados(shm, i):  # type: ignore[no-untyped-def]
        shm.buf[0] = (shm.buf[i] + 1) % 256
        shm.buf[i] += 1

    def otros_usos(shm, i):  # type: ignore[no-untyped-def]
        vista = shm.buf
        struct.pack_into("i", shm.buf, 0, 7)
        trozo = bytes(shm.buf[0:4])
        return vista, trozo, shm.buf[i + 1], len(shm.buf)

    assert _usos(indexados) == ["lectura", "escritura", "aumentada"]
    assert _usos(otros_usos) == [None] * 5


@pytest.mark.parametrize("nombre", ["memoria_compartida_contador_sin_lock",
                                    "memoria_compartida_suma_aumentada", "shareable_list_sin_lock"])
def test_sin_candado_es_carrera_con_cualquier_semilla(nombre: str) -> None:
    for semilla in (4, 9):
        resultado = explorar_script(CORPUS / f"{nombre}.py", semilla=semilla)
        assert resultado.veredicto is Veredicto.CARRERA, (semilla, resultado.evidencia)
        assert resultado.evidencia is not None
        assert "Se perdió una actualización" in resultado.evidencia.resumen


@pytest.mark.parametrize("nombre", ["memoria_compartida_contador_con_lock", "shareable_list_con_lock",
                                    "memoria_compartida_por_tramos"])
def test_con_candado_comun_o_por_tramos_se_aprueba(nombre: str) -> None:
    resultado = explorar_script(CORPUS / f"{nombre}.py", semilla=4)
    assert resultado.veredicto is Veredicto.APROBADO, resultado.evidencia
