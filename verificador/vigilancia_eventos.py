"""Las fuentes reales de eventos de `verificar vigilar`: el teclado y los archivos.

El teclado en modo cbreak (termios/tty; Ctrl-C sigue llegando como señal y la
terminal se restaura siempre) y los cambios de archivos con watchfiles, más la
sonda que comprueba al arrancar que los eventos de archivos llegan de verdad.
La sesión (`verificador.vigilancia.Sesion`) no sabe nada de esto: recibe
`Guardado` y `Tecla`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ESPERA_SONDA_S",
    "EVENTOS_LLEGAN",
    "FIN",
    "SONDA",
    "Guardado",
    "Tecla",
    "Terminal",
    "eventos_de",
    "leer_teclas",
    "probar_eventos",
    "vigilar_archivos",
    "watchfiles_disponible",
]

EVENTOS_LLEGAN = object()  # llegó el evento de la sonda: los guardados se notan


@dataclass(frozen=True)
class Guardado:
    """Se guardó (creó, modificó o borró) el archivo `ruta`."""

    ruta: Path


@dataclass(frozen=True)
class Tecla:
    """El alumno pulsó `tecla` (un carácter)."""

    tecla: str


# -- fuentes reales de eventos: teclado y archivos ------------------------------------------

ESPERA_SONDA_S = 2.0  # segundos que esperamos el evento del archivo sonda al arrancar
PAUSA_LECTURA_S = 0.1  # segundos entre miradas al teclado (para poder parar el hilo)
REBOTE_MS = 300  # milisegundos que watchfiles agrupa los eventos de un mismo guardado
SONDA = "sonda-vigilar.tmp"
FIN = object()  # se acabó la entrada (la terminal se cerró)
PAUSA_SONDA_S = 0.2  # segundos entre reescrituras de la sonda (un vigilante lento la ve igual)


class Terminal:
    """La terminal en modo cbreak mientras dura el `with`: teclas sueltas, sin eco.

    cbreak y no raw a propósito: Ctrl-C sigue siendo una señal (KeyboardInterrupt)
    y los saltos de línea de la salida se siguen traduciendo. La configuración
    original se restaura siempre al salir, también con Ctrl-C o una excepción.
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._original: list[Any] | None = None

    def __enter__(self) -> Terminal:
        import termios
        import tty

        self._original = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc: object) -> None:
        import termios

        if self._original is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._original)


def leer_teclas(fd: int, cola: Any, parar: Any) -> None:
    """Hilo: pone en `cola` una `Tecla` por carácter leído de `fd` (y FIN si se cierra)."""
    import select

    while not parar.is_set():
        try:
            listos, _, _ = select.select([fd], [], [], PAUSA_LECTURA_S)
            if not listos:
                continue
            datos = os.read(fd, 1)
        except (OSError, ValueError):
            datos = b""
        if not datos:
            cola.put(FIN)
            return
        cola.put(Tecla(datos.decode("utf-8", errors="replace")))


def watchfiles_disponible() -> bool:
    try:
        import watchfiles  # noqa: F401
    except ImportError:
        return False
    return True


def vigilar_archivos(carpetas: list[Path], cola: Any, parar: Any) -> None:
    """Hilo: pone en `cola` un `Guardado` por cada archivo que cambia bajo `carpetas`.

    Si el vigilante no puede arrancar (límite de inotify, carpeta que no existe),
    el hilo termina sin más: `probar_eventos` no verá llegar la sonda y la orden
    pasa a modo manual diciéndolo.
    """
    import watchfiles

    try:
        for cambios in watchfiles.watch(*carpetas, stop_event=parar, debounce=REBOTE_MS,
                                        raise_interrupt=False):
            for _, ruta in sorted(cambios):
                cola.put(Guardado(Path(ruta)))
    except Exception:  # sin vigilante, la sonda lo nota y se pasa a manual
        return


def probar_eventos(carpeta: Path, cola: Any, espera_s: float = ESPERA_SONDA_S) -> bool:
    """Escribe un archivo sonda en `carpeta` y espera su evento hasta `espera_s` segundos.

    Los eventos que lleguen mientras tanto y no sean de la sonda se devuelven a
    la cola. False si el evento no llegó: carpetas de red, algunos WSL...
    """
    import queue
    import time

    sonda = carpeta / SONDA
    otros: list[object] = []
    llego = False
    limite = time.monotonic() + espera_s
    try:
        n = 0
        while not llego:
            restante = limite - time.monotonic()
            if restante <= 0:
                break
            n += 1
            sonda.write_text(f"verificador vigilar: comprobando que llegan los eventos ({n})\n",
                             encoding="utf-8")
            try:
                evento = cola.get(timeout=min(restante, PAUSA_SONDA_S))
            except queue.Empty:
                continue
            if isinstance(evento, Guardado) and evento.ruta.name == SONDA:
                llego = True
            else:
                otros.append(evento)
    finally:
        sonda.unlink(missing_ok=True)
    for evento in otros:
        cola.put(evento)
    return llego


def eventos_de(cola: Any) -> Iterator[object]:
    """Los eventos de `cola` hasta FIN; los de la sonda llegan como `EVENTOS_LLEGAN`.

    Una sonda que llega tarde (el vigilante arrancó despacio, con la máquina
    cargada) dice que los eventos sí funcionan: la sesión vuelve entonces al
    modo automático en lugar de quedarse en manual para siempre.
    """
    while True:
        evento = cola.get()
        if evento is FIN:
            return
        if isinstance(evento, Guardado) and evento.ruta.name == SONDA:
            yield EVENTOS_LLEGAN
            continue
        yield evento
