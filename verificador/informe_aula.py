"""La calificación en la terminal (rich): barra de progreso viva y tabla de clasificación.

Mismas reglas que `verificador.informe` (de quien reutiliza el `Pintor`):
cabe en 80 columnas, sin color ni animación fuera de una terminal, y el texto
que viene de una entrega (nombres, resúmenes) nunca se interpreta como marcado.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich import box
from rich.table import Table
from rich.text import Text

from verificador.aula.modelo import (
    SIN_ENTREGA,
    SIN_INTENTAR,
    Calificacion,
    EstadoCaso,
    ResultadoAlumno,
    ResultadoCaso,
)
from verificador.casos import mostrar_ruta
from verificador.informe import Pintor, formatear_duracion
from verificador.redaccion import redactar
from verificador.veredictos import Veredicto

__all__ = ["PintorAula"]

_MEDALLAS = {1: "bold black on yellow", 2: "bold black on white", 3: "bold black on dark_orange"}
MAX_DETALLES = 40  # casos no aprobados que se listan bajo la tabla (el resto, en --salida)


# estado del caso -> (símbolo, estilo); la leyenda usa EstadoCaso.descripcion
_MARCAS = {
    EstadoCaso.APROBADO: ("✓", "bold green"),
    EstadoCaso.CON_FALLO: ("✗", "bold red"),
    EstadoCaso.SIN_CONCURRENCIA: ("≡", "bold yellow"),
    EstadoCaso.TRAMPA: ("T", "bold magenta"),
    EstadoCaso.NO_CONCLUYENTE: ("?", "bold"),
    EstadoCaso.SIN_INTENTAR: ("○", "dim"),
    EstadoCaso.SIN_ENTREGA: ("–", "dim"),
}
LEYENDA = "  ".join(f"{simbolo} {estado.descripcion}" for estado, (simbolo, _) in _MARCAS.items()
                    ) + "  ! fallo del verificador"


def _marca(caso: ResultadoCaso | None) -> Text:
    if caso is not None and caso.veredicto == Veredicto.ERROR_INTERNO.value:
        return Text("!", style="bold white on red")
    simbolo, estilo = _MARCAS[caso.estado if caso is not None else EstadoCaso.SIN_ENTREGA]
    return Text(simbolo, style=estilo)


class PintorAula:
    """Lo que `verificar calificar` enseña en la terminal."""

    def __init__(self, pintor: Pintor | None = None) -> None:
        self.pintor = pintor or Pintor()
        self.consola = self.pintor.consola

    @contextmanager
    def barra(self, total_entregas: int) -> Iterator[tuple[Callable[[int], None],
                                                          Callable[[int, int, str], None]]]:
        """(al_inicio(total), avanzar(hechos, total, texto)); sin terminal no pinta nada."""
        with self.pintor.barra(f"Calificando {total_entregas} entregas", 1) as avanzar:
            yield (lambda total: avanzar(0, max(total, 1)),
                   lambda hechos, total, _texto: avanzar(hechos, total))

    def inicio(self, entregas: int, retos: int, trabajos: int, semilla: int) -> None:
        self.pintor.texto(
            f"Calificando {entregas} entregas × {retos} retos con {trabajos} trabajos a la "
            f"vez (semilla {semilla})", "dim", sin_cortar=True)

    def clasificacion(self, calificacion: Calificacion) -> None:
        tabla = Table(title="Clasificación", box=box.SIMPLE_HEAVY, title_justify="left")
        tabla.add_column("Nº", justify="right", no_wrap=True)
        tabla.add_column("Alumno", ratio=1, overflow="fold")
        tabla.add_column("Puntos", justify="right", no_wrap=True)
        for reto in calificacion.retos:
            tabla.add_column(str(reto.numero), justify="center", no_wrap=True)
        tabla.add_column("Pistas", justify="right", no_wrap=True)
        tabla.add_column("Fallos", justify="right", no_wrap=True)
        for alumno in calificacion.alumnos:
            puesto = Text(f"{alumno.puesto}")
            if alumno.puesto in _MEDALLAS and alumno.puntos > 0:
                puesto = Text(f" {alumno.puesto} ", style=_MEDALLAS[alumno.puesto])
            nombre = Text(alumno.alumno, style="dim" if alumno.sin_trabajo else "bold")
            if alumno.situacion.value != "valida":
                nombre.append(f"\n{alumno.situacion.value}", style="red")
            elif alumno.sin_trabajo:
                nombre.append("\nsin intentar", style="dim")
            tabla.add_row(
                puesto, nombre, Text(str(alumno.puntos), style="bold"),
                *(_marca(alumno.caso(r.numero)) for r in calificacion.retos),
                str(alumno.pistas), str(alumno.fallidos),
            )
        self.consola.print(tabla)
        self.consola.print(Text(
            f"{len(calificacion.alumnos)} entregas · máximo {calificacion.puntos_maximos} puntos "
            f"· {formatear_duracion(calificacion.duracion_s)} · semilla {calificacion.semilla}",
            style="dim"))
        self.consola.print(Text(LEYENDA, style="dim"))
        self._detalles(calificacion.alumnos)
        if calificacion.ignorados:
            self.pintor.aviso("Ignorados (no son carpetas ni .zip): "
                              + ", ".join(calificacion.ignorados))

    def _detalles(self, alumnos: Sequence[ResultadoAlumno]) -> None:
        """Por qué no aprobó cada caso entregado, en una línea (los primeros MAX_DETALLES)."""
        lineas: list[Text] = []
        for alumno in alumnos:
            if alumno.situacion.value != "valida":
                lineas.append(Text(f"{alumno.alumno}: {alumno.situacion.descripcion} "
                                   f"{alumno.motivo or ''}".rstrip()))
                continue
            for caso in alumno.casos:
                if caso.aprobado and not caso.descuento and not caso.motivo:
                    continue
                if caso.veredicto in (SIN_ENTREGA, SIN_INTENTAR) and not caso.motivo:
                    continue
                texto = (f"{alumno.alumno}, reto {caso.numero}: {caso.estado.descripcion} — "
                         f"{redactar(caso.resumen)}")
                if caso.aprobado and caso.descuento:
                    texto = (f"{alumno.alumno}, reto {caso.numero}: aprobado, −{caso.descuento} "
                             "por pistas")
                lineas.append(Text(texto))
            if alumno.nota_progreso:
                lineas.append(Text(f"{alumno.alumno}: {alumno.nota_progreso}", style="yellow"))
        if not lineas:
            return
        self.consola.print(Text("\nDetalles", style="bold"))
        for linea in lineas[:MAX_DETALLES]:
            self.consola.print(linea, overflow="fold")
        if len(lineas) > MAX_DETALLES:
            self.consola.print(Text(f"… y {len(lineas) - MAX_DETALLES} más: míralos con "
                                    "--salida (calificaciones.json)", style="dim"))

    def salidas(self, rutas: Sequence[Path]) -> None:
        if rutas:
            self.pintor.texto("Escrito: " + ", ".join(mostrar_ruta(r) for r in rutas),
                              sin_cortar=True)
