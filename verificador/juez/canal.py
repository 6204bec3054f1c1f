"""El canal del informe del juez: un secreto por ejecución y un HMAC sobre el informe.

Lo usan los dos hijos que dan un veredicto: el juez de `reto`/`calificar`
(plugin de pytest) y el explorador de `verificar explorar`
(`python -m verificador.explorador`, con `Emisor`).

El padre (`verificador.ejecucion.reto` o `.explorar`) crea el secreto, lo deja en una tubería
cuyo extremo de lectura hereda el hijo (VERIFICADOR_SECRETO_FD) y lo cierra.
El plugin lo lee y cierra ese descriptor en `pytest_configure`, antes de
importar nada del alumno; al final manda el informe firmado por la tubería de
eventos. Nada se escribe en una carpeta que el alumno pueda tocar.

Lo que no impide: el código del alumno corre en el mismo proceso que el
plugin y, con bastante ingenio (gc, sys.modules, ctypes), podría leer el
secreto de la memoria. El análisis estático (`verificador.trampas`) marca esas
vías como `trampa`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Iterable
from typing import Any

__all__ = [
    "ENV_EVENTOS",
    "ENV_SECRETO",
    "Emisor",
    "InformeFirmado",
    "evento_firmado",
    "firmar",
    "leer_secreto",
    "nuevo_secreto",
    "recibir",
]

ENV_SECRETO = "VERIFICADOR_SECRETO_FD"
ENV_EVENTOS = "VERIFICADOR_EVENTOS_FD"  # la tubería de eventos (la abre `ejecutar_aislado`)
_SECRETO_BYTES = 32  # bytes aleatorios por ejecución
_SECRETO_MAX = 256  # bytes que se leen como mucho del descriptor del secreto


def firmar(secreto: bytes, datos: str) -> str:
    """HMAC-SHA256 (hex) de `datos` con el secreto de la ejecución."""
    return hmac.new(secreto, datos.encode("utf-8"), hashlib.sha256).hexdigest()


def nuevo_secreto() -> tuple[bytes, int]:
    """(secreto, fd de lectura): el secreto ya está escrito en la tubería y el otro extremo cerrado.

    Quien llama cierra el fd cuando el hijo ya arrancó.
    """
    secreto = os.urandom(_SECRETO_BYTES).hex().encode("ascii")
    lectura, escritura = os.pipe()
    try:
        os.write(escritura, secreto)
    finally:
        os.close(escritura)
    return secreto, lectura


def leer_secreto(texto: str | None) -> bytes | None:
    """Lee el secreto del descriptor `texto` y lo cierra."""
    if not texto or not texto.isdigit():
        return None
    fd = int(texto)
    partes: list[bytes] = []
    try:
        while sum(len(p) for p in partes) < _SECRETO_MAX:
            parte = os.read(fd, _SECRETO_MAX)
            if not parte:
                break
            partes.append(parte)
    except OSError:
        return None
    finally:
        try:  # noqa: SIM105
            os.close(fd)
        except OSError:
            pass
    secreto = b"".join(partes).strip()
    return secreto or None


def evento_firmado(secreto: bytes, informe: dict[str, Any]) -> dict[str, Any]:
    """El evento `informe` con `informe` serializado y su firma."""
    datos = json.dumps(informe, ensure_ascii=False, default=str)
    return {"evento": "informe", "datos": datos, "firma": firmar(secreto, datos)}


class Emisor:
    """El lado del hijo: el secreto y la tubería de eventos, leídos antes del código del alumno.

    `desde_entorno()` lee el secreto, cierra su descriptor y quita las dos
    variables del entorno (los procesos que arranque el programa no las ven).
    """

    def __init__(self, secreto: bytes, fd_eventos: int) -> None:
        self.secreto = secreto
        self.fd_eventos = fd_eventos

    @classmethod
    def desde_entorno(cls) -> Emisor | None:
        secreto = leer_secreto(os.environ.pop(ENV_SECRETO, None))
        eventos = os.environ.pop(ENV_EVENTOS, None)
        if secreto is None or not eventos or not eventos.isdigit():
            return None
        return cls(secreto, int(eventos))

    def enviar(self, informe: dict[str, Any]) -> bool:
        """Manda el informe firmado por la tubería; False si el padre ya no escucha."""
        linea = json.dumps(evento_firmado(self.secreto, informe), ensure_ascii=False) + "\n"
        datos = linea.encode("utf-8")
        try:
            while datos:
                datos = datos[os.write(self.fd_eventos, datos) :]
        except OSError:
            return False
        return True


class InformeFirmado:
    """Lo que llegó por el canal: el informe válido (si hubo uno solo) y los falsos."""

    def __init__(self, datos: dict[str, Any] | None, falsos: int) -> None:
        self.datos = datos
        self.falsos = falsos


def recibir(eventos: Iterable[dict[str, Any]], secreto: bytes) -> InformeFirmado:
    """El informe firmado con `secreto` entre los `eventos`; los mal firmados se cuentan aparte."""
    validos: list[dict[str, Any]] = []
    falsos = 0
    for evento in eventos:
        if evento.get("evento") != "informe":
            continue
        datos, firma = evento.get("datos"), evento.get("firma")
        if not isinstance(datos, str) or not isinstance(firma, str):
            falsos += 1
            continue
        if not hmac.compare_digest(firmar(secreto, datos), firma):
            falsos += 1
            continue
        try:
            informe = json.loads(datos)
        except ValueError:
            falsos += 1
            continue
        if isinstance(informe, dict):
            validos.append(informe)
    # El plugin manda uno solo: dos válidos no pueden ser suyos.
    return InformeFirmado(validos[0] if len(validos) == 1 else None, falsos)
