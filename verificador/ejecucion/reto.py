"""Comprobar un intento: el juez del reto en un pytest hijo, aislado, y su veredicto.

La configuración del hijo está aislada a propósito: `-c` apunta a
`verificador/juez/juez.ini` (ni el pyproject del repositorio, con
filterwarnings = error, ni un pytest.ini de la carpeta del alumno),
`--noconftest` (un conftest.py del alumno que lo aprobara todo no se carga),
PYTEST_DISABLE_PLUGIN_AUTOLOAD (solo los plugins que pedimos con -p) y la
carpeta de trabajo es un temporal (nada de la carpeta del alumno delante en
sys.path).

Cada intento corre en la caja de `verificador.ejecucion.caja`: ve una copia
privada de su carpeta en la ruta original (escribe solo en la copia, que se
tira al terminar), el resto del disco en solo lectura, y no ve la base de
progreso (`.verificador/`) ni `soluciones/`. El informe del juez llega firmado
por la tubería de eventos (`verificador.juez.canal`); un informe mal firmado es
`trampa`, y uno bien firmado solo cuenta si el proceso acabó con el código
que dice el informe.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import verificador.juez
from verificador.ejecucion.aislado import Ejecucion, ejecutar_aislado
from verificador.ejecucion.caja import Caja, modo_aislamiento, rutas_privadas
from verificador.ejecucion.diagnostico import diagnosticar, diagnosticar_cuelgue
from verificador.juez.canal import ENV_SECRETO, nuevo_secreto, recibir
from verificador.trampas import evidencia_de_trampa, revisar_archivos
from verificador.veredictos import Evidencia, Veredicto

__all__ = ["MARGEN_S", "InformeReto", "comprobar_reto", "leer_informe"]

MARGEN_S = 15.0  # segundos sobre repeticiones x límite: arranque de Python y pytest
LIMITE_INFORME_BYTES = 32 * 1024 * 1024  # un informe más grande no es nuestro
CONFIG_JUEZ = Path(verificador.juez.__file__).with_name("juez.ini")


@dataclass
class InformeReto:
    """El resultado de comprobar un intento.

    repeticiones: cuántas repeticiones llegaron a ejecutarse (la que falló
    incluida). semilla_repeticion: la semilla de la repetición que falló.
    salida: la salida acotada del hijo. ejecucion: los detalles del proceso.
    parametros: lo que probó cada repetición que llegó a ejecutarse, como lo
    apuntó el juez (`alumno.anotar_parametros`): `{"repeticion", "semilla", ...}`.
    Un docente audita así un aprobado sorprendente.
    """

    veredicto: Veredicto
    evidencia: Evidencia | None
    repeticiones: int
    repeticiones_pedidas: int
    planificaciones: int
    semilla: int
    semilla_repeticion: int | None
    duracion_s: float
    salida: str
    prueba: str | None = None
    ejecucion: Ejecucion | None = None
    parametros: list[dict[str, Any]] = field(default_factory=list)

    @property
    def aprobado(self) -> bool:
        return self.veredicto is Veredicto.APROBADO

    def a_dict(self) -> dict[str, Any]:
        return {
            "veredicto": self.veredicto.value,
            "aprobado": self.aprobado,
            "evidencia": self.evidencia.a_dict() if self.evidencia else None,
            "repeticiones": self.repeticiones,
            "repeticiones_pedidas": self.repeticiones_pedidas,
            "planificaciones": self.planificaciones,
            "semilla": self.semilla,
            "semilla_repeticion": self.semilla_repeticion,
            "duracion_s": round(self.duracion_s, 4),
            "prueba": self.prueba,
            "parametros": self.parametros,
        }


def leer_informe(ruta: Path) -> dict[str, Any] | None:
    """El JSON que dejó el hijo, o None si no está, es enorme o no es un objeto."""
    try:
        if ruta.stat().st_size > LIMITE_INFORME_BYTES:
            return None
        datos = json.loads(ruta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return datos if isinstance(datos, dict) else None


def parametros_del_informe(informe: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Los parámetros de cada repetición que apuntó el juez (solo entradas que son objetos)."""
    parametros = (informe or {}).get("parametros")
    if not isinstance(parametros, list):
        return []
    return [p for p in parametros if isinstance(p, dict)]


def argv_juez(juez: Path, repeticiones: int, tiempo_limite_s: float) -> list[str]:
    """La orden del hijo (sin el intérprete)."""
    return [
        "-m", "pytest", str(juez),
        "-c", str(CONFIG_JUEZ),
        "--rootdir", str(juez.parent),
        "--noconftest",
        "-p", "pytest_repeat",
        "-p", "pytest_timeout",
        "-p", "verificador.juez.plugin",
        "-p", "no:cacheprovider",
        "-p", "no:stepwise",
        "-q", "-x", "--tb=short", "--capture=no",
        "--count", str(repeticiones),
        "--timeout", f"{tiempo_limite_s:g}",
    ]  # fmt: skip


def comprobar_reto(
    juez: str | Path,
    directorio: str | Path,
    archivos: Sequence[str],
    *,
    semilla: int,
    repeticiones: int,
    tiempo_limite_s: float,
    al_progreso: Callable[[dict[str, Any]], None] | None = None,
    margen_s: float = MARGEN_S,
    python: str | None = None,
    prefijo: Sequence[str] = (),
    ocultar: Sequence[Path] = (),
    revisar: bool = True,
) -> InformeReto:
    """Corre el juez `juez` contra los `archivos` de `directorio` y da el veredicto.

    Antes, con `revisar`, la revisión estática (`verificador.trampas`): un intento
    que mete la mano en el juez o en el intérprete, o que mira si lo vigila el
    verificador, es `trampa` sin ejecutarse, igual en `reto` que al calificar.

    `prefijo` va delante del intérprete (por ejemplo `("taskset", "-c", "0")` para
    fijar el juez y sus procesos a un núcleo en los bancos de pruebas).
    `ocultar`: carpetas más que el intento no ve (p. ej. la de las entregas);
    nunca la del juez.

    `al_progreso` recibe los eventos del plugin (`inicio`, `repeticion`, `fin`;
    esquema en docs/arquitectura.md). El límite de reloj total es
    pruebas x `tiempo_limite_s` + `margen_s` (con una prueba mientras el juez no
    anuncia cuántas tiene); al agotarse se mata el grupo de procesos: `cuelgue`.
    """
    if repeticiones < 1:
        raise ValueError("repeticiones debe ser al menos 1")
    if tiempo_limite_s <= 0:
        raise ValueError("tiempo_limite_s debe ser positivo")
    juez = Path(juez).resolve()
    directorio = Path(directorio).resolve()
    if revisar:
        hallazgos = [h for h in revisar_archivos((directorio / a, a) for a in archivos
                                                 if (directorio / a).is_file()) if h.es_trampa]
        if hallazgos:
            return InformeReto(
                veredicto=Veredicto.TRAMPA, evidencia=evidencia_de_trampa(hallazgos),
                repeticiones=0, repeticiones_pedidas=repeticiones, planificaciones=0,
                semilla=semilla, semilla_repeticion=None, duracion_s=0.0, salida="",
            )

    def al_evento(evento: dict[str, Any]) -> float | None:
        if al_progreso is not None:
            al_progreso(evento)
        total = evento.get("total")
        if evento.get("evento") == "inicio" and isinstance(total, int):
            return max(1, total) * tiempo_limite_s + margen_s
        return None

    inicio = time.monotonic()
    secreto, fd_secreto = nuevo_secreto()
    try:
        with tempfile.TemporaryDirectory(prefix="verificador-") as temporal:
            trabajo = Path(temporal) / "trabajo"
            trabajo.mkdir()
            caja = None
            if modo_aislamiento() == "caja":
                copia = Path(temporal) / "copia"
                copiar_intento(directorio, copia)
                caja = Caja(
                    escribibles=(trabajo,),
                    legibles=(juez.parent,) if _en_tmp(juez.parent) else (),
                    copias=((copia, directorio),),
                    ocultas=tuple(
                        o
                        for o in (*rutas_privadas(directorio, juez.parent), *map(Path, ocultar))
                        if not juez.is_relative_to(o)
                    ),
                )
            ejecucion = ejecutar_aislado(
                [*prefijo, python or sys.executable, *argv_juez(juez, repeticiones, tiempo_limite_s)],
                env={
                    "VERIFICADOR_ALUMNO_DIR": str(directorio),
                    "VERIFICADOR_ARCHIVOS": _unir(archivos),
                    "VERIFICADOR_SEMILLA": str(semilla),
                    ENV_SECRETO: str(fd_secreto),
                },
                cwd=trabajo,
                tiempo_limite_s=repeticiones * tiempo_limite_s + margen_s,
                al_evento=al_evento,
                caja=caja,
                fds=(fd_secreto,),
            )
    finally:
        os.close(fd_secreto)
    recibido = recibir(ejecucion.eventos, secreto)
    duracion = time.monotonic() - inicio
    if recibido.falsos:
        return _falsificado(ejecucion, semilla, repeticiones, duracion, recibido.falsos)
    return _decidir(recibido.datos, ejecucion, semilla, repeticiones, duracion)


def _en_tmp(ruta: Path) -> bool:
    return str(ruta).startswith("/tmp/")


def copiar_intento(origen: Path, destino: Path) -> None:
    """Copia la carpeta del intento sin enlaces simbólicos ni cachés (la caja monta la copia)."""

    def ignorar(carpeta: str, nombres: list[str]) -> list[str]:
        return [
            n
            for n in nombres
            if n in ("__pycache__", ".verificador") or os.path.islink(os.path.join(carpeta, n))
        ]

    shutil.copytree(origen, destino, symlinks=False, ignore=ignorar)


def _falsificado(
    ejecucion: Ejecucion, semilla: int, pedidas: int, duracion: float, falsos: int
) -> InformeReto:
    """Alguien escribió en el canal un informe sin la firma de esta ejecución."""
    return InformeReto(
        veredicto=Veredicto.TRAMPA,
        evidencia=Evidencia(
            resumen="El intento escribió un informe falso del juez en el canal del verificador.",
            explicacion="El veredicto lo decide el juez, no el programa: escribir en los "
            "descriptores del verificador para fingir un aprobado es trampa.",
            salida=ejecucion.cola(3000) or None,
            detalles={"informes_falsos": falsos},
        ),
        repeticiones=0,
        repeticiones_pedidas=pedidas,
        planificaciones=0,
        semilla=semilla,
        semilla_repeticion=None,
        duracion_s=duracion,
        salida=ejecucion.salida,
        ejecucion=ejecucion,
    )


def _unir(archivos: Sequence[str]) -> str:
    return os.pathsep.join(archivos)


def _decidir(
    informe: dict[str, Any] | None,
    ejecucion: Ejecucion,
    semilla: int,
    pedidas: int,
    duracion: float,
) -> InformeReto:
    def crear(
        veredicto: Veredicto,
        evidencia: Evidencia | None,
        repeticiones: int,
        planificaciones: int,
        semilla_repeticion: int | None = None,
        prueba: str | None = None,
    ) -> InformeReto:
        return InformeReto(
            veredicto=veredicto,
            evidencia=evidencia,
            repeticiones=repeticiones,
            repeticiones_pedidas=pedidas,
            planificaciones=planificaciones,
            semilla=semilla,
            semilla_repeticion=semilla_repeticion,
            duracion_s=duracion,
            salida=ejecucion.salida,
            prueba=prueba,
            ejecucion=ejecucion,
            parametros=parametros_del_informe(informe),
        )

    if informe is None:
        veredicto, evidencia = diagnosticar(ejecucion)
        hechas = [e for e in ejecucion.eventos if e.get("evento") == "repeticion"]
        return crear(
            veredicto,
            evidencia,
            max((int(e.get("repeticion", 0)) for e in hechas), default=0),
            sum(int(e.get("planificaciones", 0) or 0) for e in hechas),
        )
    repeticiones = int(informe.get("repeticiones", 0) or 0)
    planificaciones = int(informe.get("planificaciones", 0) or 0)
    fallo = informe.get("fallo")
    if isinstance(fallo, dict):
        try:
            veredicto = Veredicto(fallo.get("veredicto"))
            evidencia = (
                Evidencia.desde_dict(fallo["evidencia"])
                if isinstance(fallo.get("evidencia"), dict)
                else Evidencia(resumen=veredicto.descripcion)
            )
        except (ValueError, TypeError, KeyError) as error:
            veredicto = Veredicto.ERROR_INTERNO
            evidencia = Evidencia(
                resumen=f"fallo del verificador: por favor repórtalo (informe ilegible: {error})"
            )
        if ejecucion.tiempo_agotado and veredicto is Veredicto.APROBADO:
            veredicto, evidencia = Veredicto.CUELGUE, diagnosticar_cuelgue(ejecucion)
        return crear(
            veredicto,
            evidencia,
            repeticiones,
            planificaciones,
            fallo.get("semilla_repeticion"),
            fallo.get("prueba"),
        )
    # Sin fallo: aprobado solo si todo cuadra, también fuera del informe.
    final: Evidencia | None
    if ejecucion.tiempo_agotado:
        veredicto = Veredicto.CUELGUE
        final = diagnosticar_cuelgue(ejecucion, despues_del_juez=True)
    elif ejecucion.inundacion:
        veredicto, final = diagnosticar(ejecucion)
    elif ejecucion.codigo_salida != 0 or informe.get("codigo_salida", 0) != 0:
        veredicto, final = diagnosticar(ejecucion)
        final.resumen = (
            f"El juez aprobó, pero el proceso terminó mal "
            f"({ejecucion.nombre_senal or f'código {ejecucion.codigo_salida}'}) al salir."
        )
    elif (
        int(informe.get("pruebas", 0) or 0) < 1
        or informe.get("aprobadas") != informe.get("pruebas")
        or repeticiones != pedidas
    ):
        veredicto = Veredicto.ERROR_INTERNO
        final = Evidencia(
            resumen="fallo del verificador: por favor repórtalo (informe incompleto: "
            f"{informe.get('aprobadas')} de {informe.get('pruebas')} pruebas, "
            f"{repeticiones} de {pedidas} repeticiones)",
            salida=ejecucion.cola(3000) or None,
        )
    else:
        veredicto, final = Veredicto.APROBADO, None
    return crear(veredicto, final, repeticiones, planificaciones)
