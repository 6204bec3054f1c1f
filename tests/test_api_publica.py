"""La superficie pública: lo que un juez, un autor o un script pueden importar."""

from __future__ import annotations

import verificador
import verificador.asincrono
import verificador.juez
import verificador.motor


def test_paquete_principal() -> None:
    assert set(verificador.__all__) == {"Evidencia", "FalloVeredicto", "Resultado", "Veredicto", "__version__"}


def test_motor_de_hilos() -> None:
    assert set(verificador.motor.__all__) == {"ESTRATEGIAS", "PLANIFICACIONES", "explorar", "explorar_script"}
    assert verificador.motor.ESTRATEGIAS == ("pct", "aleatoria", "exhaustiva")


def test_motor_de_asyncio() -> None:
    assert {"explorar", "explorar_script", "usa_asyncio"} <= set(verificador.asincrono.__all__)


def test_api_de_los_jueces() -> None:
    assert {"Alumno", "FalloVeredicto", "Veredicto", "Evidencia", "derivar_semilla"} <= set(verificador.juez.__all__)
    for nombre in verificador.juez.__all__:
        assert hasattr(verificador.juez, nombre)


def test_los_veredictos_son_los_del_contrato() -> None:
    assert [v.value for v in verificador.Veredicto] == [
        "aprobado", "carrera", "interbloqueo", "cuelgue", "excepcion", "incompleto", "bucle_bloqueado",
        "no_carga", "sin_concurrencia", "trampa", "presupuesto_agotado", "no_modelado", "error_interno",
    ]
    for v in verificador.Veredicto:
        assert v.titulo and v.descripcion
