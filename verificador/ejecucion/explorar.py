"""`verificar explorar` aislado: el explorador del motor en un proceso hijo, en la caja.

El programa explorado es código arbitrario del alumno: corre en
`python -m verificador.explorador` dentro de la misma caja que los intentos de
`verificar reto` (`verificador.ejecucion.caja`: copia privada de la carpeta del
programa, `.verificador/` y `soluciones/` ocultas, /tmp propio, sin red).

El resultado llega firmado por el canal de los jueces
(`verificador.juez.canal`): el secreto se lee antes de cargar el programa, y
un informe solo cuenta si el explorador terminó con el código que dice el
informe (un `os.execv` o un `os._exit` del programa después no cuela). Un
informe con firma falsa es `trampa`; sin informe válido, el veredicto sale
de lo que vio el padre.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from verificador.ejecucion.aislado import Ejecucion, ejecutar_aislado
from verificador.ejecucion.caja import Caja, modo_aislamiento, rutas_privadas
from verificador.ejecucion.diagnostico import diagnosticar
from verificador.ejecucion.reto import copiar_intento
from verificador.juez.canal import ENV_SECRETO, nuevo_secreto, recibir
from verificador.veredictos import Evidencia, Resultado, Veredicto

__all__ = ["explorar_aislado", "resultado_desde_dict"]


def resultado_desde_dict(datos: dict[str, Any]) -> Resultado:
    """La inversa de `Resultado.a_dict()`."""
    evidencia = datos.get("evidencia")
    return Resultado(
        veredicto=Veredicto(datos["veredicto"]),
        planificaciones=int(datos.get("planificaciones", 0) or 0),
        semilla=int(datos.get("semilla", 0) or 0),
        duracion_s=float(datos.get("duracion_s", 0.0) or 0.0),
        evidencia=Evidencia.desde_dict(evidencia) if isinstance(evidencia, dict) else None,
        estrategia=str(datos.get("estrategia", "") or ""),
        repetir=datos.get("repetir"),
        estadisticas=dict(datos.get("estadisticas") or {}),
    )


# Más que esto en la carpeta del programa y no se copia: se ve en solo lectura.
COPIA_MAX_ARCHIVOS = 2000
COPIA_MAX_BYTES = 64 * 1024 * 1024


def explorar_aislado(
    ruta: str | Path,
    argv: Sequence[str] = (),
    semilla: int = 0,
    planificaciones: int | None = None,
    estrategia: str | None = None,
    tiempo_limite_s: float = 900.0,  # red de seguridad: los presupuestos del motor son pasos
    python: str | None = None,
) -> Resultado:
    """Explora el programa `ruta` (con sus argumentos `argv`) en un hijo aislado."""
    ruta = Path(ruta).resolve()
    orden = [python or sys.executable, "-m", "verificador.explorador", str(ruta)]
    orden += ["--semilla", str(semilla)]
    if planificaciones is not None:
        orden += ["--planificaciones", str(planificaciones)]
    if estrategia:
        orden += ["--estrategia", estrategia]
    if argv:
        orden += ["--", *argv]
    secreto, fd_secreto = nuevo_secreto()
    try:
        with tempfile.TemporaryDirectory(prefix="verificador-") as temporal:
            trabajo = Path(temporal) / "trabajo"
            trabajo.mkdir()
            ejecucion = ejecutar_aislado(
                orden,
                env={ENV_SECRETO: str(fd_secreto)},
                cwd=trabajo,
                tiempo_limite_s=tiempo_limite_s,
                caja=_caja(ruta, Path(temporal), trabajo),
                fds=(fd_secreto,),
            )
    finally:
        os.close(fd_secreto)
    recibido = recibir(ejecucion.eventos, secreto)
    if recibido.falsos:
        return _sin_informe(Veredicto.TRAMPA, _falsificado(ejecucion, recibido.falsos),
                            ejecucion, semilla, estrategia)
    datos = recibido.datos
    if (
        datos is not None
        and not ejecucion.tiempo_agotado
        and not ejecucion.inundacion
        and ejecucion.codigo_salida is not None
        and datos.get("codigo_salida") == ejecucion.codigo_salida
    ):
        try:
            return resultado_desde_dict(datos)
        except (KeyError, ValueError, TypeError) as error:
            veredicto = Veredicto.ERROR_INTERNO
            evidencia = Evidencia(
                resumen=f"fallo del verificador: por favor repórtalo (informe ilegible: {error})",
                salida=ejecucion.cola(3000) or None,
            )
    elif ejecucion.codigo_salida == 2 and datos is None and not ejecucion.tiempo_agotado:
        veredicto = Veredicto.ERROR_INTERNO
        evidencia = Evidencia(
            resumen="El explorador rechazó la orden (error de uso).",
            salida=ejecucion.cola(3000) or None,
        )
    else:
        veredicto, evidencia = diagnosticar(ejecucion)
        if veredicto is Veredicto.EXCEPCION and ejecucion.senal is None:
            evidencia.resumen = (
                f"El proceso del explorador terminó (código {ejecucion.codigo_salida}) sin dar "
                "su informe: el programa cortó o reemplazó el proceso."
            )
            evidencia.explicacion = (
                "Tu programa terminó el proceso entero (os._exit, os.exec*, sys.exit desde un "
                "hilo...) antes de que el explorador acabara. Sin su informe no hay veredicto "
                "de aprobado."
            )
    return _sin_informe(veredicto, evidencia, ejecucion, semilla, estrategia)


def _caja(ruta: Path, temporal: Path, trabajo: Path) -> Caja | None:
    """La caja de `reto` para la carpeta del programa `ruta` (None sin bubblewrap)."""
    if modo_aislamiento() != "caja":
        return None
    carpeta = ruta.parent
    copias: tuple[tuple[Path, Path], ...] = ()
    if _copiable(carpeta):
        copia = temporal / "copia"
        copiar_intento(carpeta, copia)
        copias = ((copia, carpeta),)
    # Nunca se oculta la carpeta del propio programa (p. ej. explorar una de soluciones/).
    ocultas = tuple(o for o in rutas_privadas(carpeta) if not ruta.is_relative_to(o))
    return Caja(escribibles=(trabajo,), copias=copias, ocultas=ocultas)


def _copiable(carpeta: Path) -> bool:
    """¿Es la carpeta lo bastante pequeña para copiarla? (p. ej. no la carpeta personal)."""
    archivos = tamano = 0
    for raiz, carpetas, nombres in os.walk(carpeta):
        carpetas[:] = [c for c in carpetas if c not in ("__pycache__", ".verificador")]
        for nombre in nombres:
            archivos += 1
            try:
                tamano += os.lstat(os.path.join(raiz, nombre)).st_size
            except OSError:
                continue
            if archivos > COPIA_MAX_ARCHIVOS or tamano > COPIA_MAX_BYTES:
                return False
    return True


def _falsificado(ejecucion: Ejecucion, falsos: int) -> Evidencia:
    return Evidencia(
        resumen="El programa escribió un informe falso del explorador en el canal del verificador.",
        explicacion="El veredicto lo da el explorador, no el programa: escribir en los "
        "descriptores del verificador para fingir un aprobado es trampa.",
        salida=ejecucion.cola(3000) or None,
        detalles={"informes_falsos": falsos},
    )


def _sin_informe(
    veredicto: Veredicto,
    evidencia: Evidencia,
    ejecucion: Ejecucion,
    semilla: int,
    estrategia: str | None,
) -> Resultado:
    return Resultado(
        veredicto=veredicto,
        planificaciones=0,
        semilla=semilla,
        duracion_s=ejecucion.duracion_s,
        evidencia=evidencia,
        estrategia=estrategia or "",
    )
