"""Leer y validar un progreso exportado (`verificar progreso --importar`).

Nada se importa a medias: cada evento se valida antes de escribir ninguno.
Siempre: tipos, mínimos (un coste negativo sumaría puntos), veredictos
conocidos, duraciones finitas. Con el catálogo: reto conocido y con su número,
pista existente y con el coste del catálogo, puntos no mayores que los del reto.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from verificador.casos import Reto, mostrar_ruta
from verificador.progreso import FORMATO_EXPORTACION, ErrorProgreso
from verificador.progreso_esquema import _COLUMNAS, _TIPOS, VERSION_ESQUEMA, Registro
from verificador.veredictos import Veredicto

__all__ = ["leer_exportacion"]

_VEREDICTOS = frozenset(v.value for v in Veredicto)


def _normalizar_momento(valor: Any) -> str:
    if not isinstance(valor, str):
        raise ValueError(valor)
    momento = _dt.datetime.fromisoformat(valor)
    if momento.tzinfo is None:
        momento = momento.replace(tzinfo=_dt.timezone.utc)
    return momento.astimezone(_dt.timezone.utc).isoformat(timespec="microseconds")


def leer_exportacion(origen: Path, retos: Sequence[Reto] | None = None) -> Sequence[Registro]:
    nombre = mostrar_ruta(origen)
    try:
        datos = json.loads(origen.read_text(encoding="utf-8"))
    except OSError as error:
        raise ErrorProgreso(f"no puedo leer {nombre}: {error.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ErrorProgreso(f"{nombre} no es un JSON válido ({error})") from None
    if not isinstance(datos, dict) or datos.get("formato") != FORMATO_EXPORTACION:
        raise ErrorProgreso(
            f"{nombre} no es un progreso exportado con `verificar progreso --exportar`"
        )
    if not isinstance(datos.get("version"), int) or datos["version"] > VERSION_ESQUEMA:
        raise ErrorProgreso(
            f"{nombre} viene de una versión más nueva de verificador; actualiza verificador"
        )
    eventos = datos.get("eventos")
    if not isinstance(eventos, list):
        raise ErrorProgreso(f"{nombre} no tiene la lista 'eventos'")
    registros = []
    por_nombre = {r.nombre: r for r in retos} if retos is not None else None
    for i, evento in enumerate(eventos, start=1):
        try:
            registro = _registro_valido(evento)
        except (TypeError, ValueError, KeyError) as error:
            campo = f" (campo {error.args[0]})" if error.args and isinstance(
                error.args[0], str) and error.args[0] in _COLUMNAS else ""
            raise ErrorProgreso(
                f"el evento {i} de {nombre} está mal formado{campo}; no he importado nada"
            ) from None
        if por_nombre is not None:
            problema = _contra_catalogo(registro, por_nombre)
            if problema:
                raise ErrorProgreso(
                    f"el evento {i} de {nombre} no cuadra con el catálogo ({problema}); no he "
                    "importado nada"
                )
        registros.append(registro)
    return registros


def _contra_catalogo(registro: Registro, retos: dict[str, Reto]) -> str | None:
    """Qué no cuadra entre un evento importado y el catálogo, o None."""
    reto = retos.get(registro.reto)
    if reto is None:
        return f"el reto {registro.reto!r} no está en el catálogo"
    if registro.numero != reto.numero:
        return f"el reto {reto.nombre} es el número {reto.numero}, no el {registro.numero}"
    if registro.tipo == "pista":
        indice = registro.indice if registro.indice is not None else -1
        if not 0 <= indice < len(reto.pistas):
            return f"el reto {reto.nombre} no tiene pista {indice + 1}"
        coste = reto.pistas[indice].coste
        if registro.coste != coste:
            return (f"la pista {indice + 1} del reto {reto.nombre} cuesta {coste}, no "
                    f"{registro.coste}")
    if registro.puntos is not None and registro.puntos > reto.puntos:
        return f"{registro.puntos} puntos, y el reto {reto.nombre} da como mucho {reto.puntos}"
    return None


def _parametros_validos(parametros: Any) -> None:
    """Los parámetros de un intento: None (de antes de guardarlos) o una lista en JSON."""
    if parametros is None:
        return
    try:
        lista = isinstance(parametros, str) and len(parametros) < 1_000_000 and isinstance(
            json.loads(parametros), list)
    except ValueError:
        lista = False
    if not lista:
        raise ValueError("parametros")


def _registro_valido(evento: Any) -> Registro:
    if not isinstance(evento, dict) or evento.get("tipo") not in _TIPOS:
        raise ValueError(evento)
    # Cada entero con su mínimo: un coste negativo sumaría puntos.
    enteros = {"numero": 1, "semilla": 0, "repeticiones": 1, "puntos": 0, "indice": 0,
               "coste": 0}
    for campo, minimo in enteros.items():
        valor = evento.get(campo)
        if valor is not None and (isinstance(valor, bool) or not isinstance(valor, int)):
            raise ValueError(campo)
        if valor is not None and valor < minimo:
            raise ValueError(campo)
    if evento["tipo"] == "intento" and evento.get("veredicto") not in _VEREDICTOS:
        raise ValueError("veredicto")
    if evento["tipo"] == "pista" and not isinstance(evento.get("coste"), int):
        raise ValueError("coste")
    if not isinstance(evento["uid"], str) or not isinstance(evento["reto"], str):
        raise ValueError("uid")
    if evento["tipo"] == "pista" and not isinstance(evento.get("indice"), int):
        raise ValueError("indice")
    duracion = evento.get("duracion_s")
    if duracion is not None and (
        isinstance(duracion, bool) or not isinstance(duracion, (int, float))
        or not 0 <= duracion < float("inf")
    ):
        raise ValueError("duracion_s")
    _parametros_validos(evento.get("parametros"))
    return Registro(**{  # type: ignore[arg-type]
        **{c: evento.get(c) for c in _COLUMNAS},
        "momento": _normalizar_momento(evento["momento"]),
        "numero": int(evento["numero"]),
    })
