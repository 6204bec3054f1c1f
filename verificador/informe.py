"""Todo lo que se pinta en la terminal, con rich. Ningún otro módulo imprime.

Los motores y el CLI entregan datos (Veredicto, Evidencia, Resultado,
Puntuacion); aquí se convierten en tablas y paneles en español. Reglas:

- Cabe en 80 columnas y se degrada sin color: rich detecta si la salida es
  una terminal (y respeta NO_COLOR); en CI o en una tubería no hay códigos
  de escape ni barra de progreso animada.
- Los errores van a stderr en una sola línea (`Error: ...`), sin ajuste de
  línea de rich, para que un script o una prueba puedan leerlos enteros.
- `--formato json` escribe exactamente un objeto JSON en stdout y nada más.
- El texto ajeno (código del alumno, mensajes con corchetes) nunca se
  interpreta como marcado de rich.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import click
from rich import box
from rich.console import Console, Group, RenderableType
from rich.markdown import Markdown
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from verificador.redaccion import redactar
from verificador.veredictos import Evidencia, Resultado, Veredicto

__all__ = [
    "ArchivoSolucion",
    "FilaLista",
    "Pintor",
    "VistaReto",
    "cambios_de_actor",
    "contar",
    "etiqueta_actor",
    "formatear_duracion",
]

MAX_COLUMNAS_ACTOR = 2  # con más hilos que esto, la línea de tiempo se pinta como lista
ANCHO_COLUMNA_ACTOR = 36  # caracteres mínimos por hilo para pintarla en columnas
MAX_LINEAS_TRAZA = 30  # líneas de la traza que se muestran (las últimas)
MAX_LINEAS_SALIDA = 40  # líneas de la salida capturada que se muestran (las últimas)
# En `vigilar` (una pantalla de ~40 filas): pasos, líneas de traza y de salida a la vista.
COMPACTA_PASOS, COMPACTA_TRAZA, COMPACTA_SALIDA = 6, 8, 4
RESERVA_VIGILAR = 8  # líneas de vigilar bajo el panel (progreso, teclas...) y el cursor

_COLOR_ESTADO = {
    "pendiente": "dim",
    "intentado": "yellow",
    "resuelto": "green",
    "rendido": "red",
}


# Lo que es un "actor" de la línea de tiempo en cada motor (valor de `motor` en reto.toml).
_ACTOR_POR_MOTOR = {"hilos": "Hilo", "asyncio": "Tarea", "procesos": "Proceso"}


def contar(n: int, singular: str, plural: str | None = None) -> str:
    """'1 planificación', '3 planificaciones': el número con su palabra concordada."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def etiqueta_actor(motor: str | None, actores: Sequence[str] = ()) -> str:
    """'Hilo', 'Tarea' o 'Proceso': por el motor, o por los nombres si no se sabe."""
    if motor in _ACTOR_POR_MOTOR:
        return _ACTOR_POR_MOTOR[motor]
    if actores and all(a.lower().startswith(("task", "tarea")) for a in actores):
        return "Tarea"
    if actores and all(a.lower().startswith(("process", "proceso")) for a in actores):
        return "Proceso"
    return "Hilo"


def cambios_de_actor(evidencia: Evidencia) -> int:
    """Cuántas veces cambia de actor la línea de tiempo que se pinta (lo que el alumno ve)."""
    actores = [p.actor for p in evidencia.linea_tiempo]
    return sum(1 for a, b in zip(actores, actores[1:]) if a != b)


def _estilo(veredicto: Veredicto) -> str:
    if veredicto is Veredicto.APROBADO:
        return "green"
    if veredicto is Veredicto.ERROR_INTERNO:
        return "magenta"
    if not veredicto.es_concluyente or veredicto is Veredicto.SIN_CONCURRENCIA:
        return "yellow"
    return "red"


def _cabecera(veredicto: Veredicto) -> Text:
    cabecera = Text()
    estilo = _estilo(veredicto)
    if not veredicto.es_concluyente and veredicto is not Veredicto.ERROR_INTERNO:
        cabecera.append(f"No concluyente: {veredicto.titulo.lower()}\n", style=f"bold {estilo}")
        cabecera.append(veredicto.descripcion)
        cabecera.append(" No es un aprobado ni un fallo de tu programa: no da puntos ni "
                        "cuenta como intento fallido.")
        return cabecera
    cabecera.append(f"{veredicto.titulo}\n", style=f"bold {estilo}")
    cabecera.append(veredicto.descripcion)
    return cabecera


def formatear_duracion(segundos: float) -> str:
    if segundos < 60:
        return f"{segundos:.1f} s"
    minutos = int(segundos // 60)
    if minutos < 60:
        return f"{minutos} min {int(segundos % 60)} s"
    return f"{minutos // 60} h {minutos % 60} min"


@dataclass(frozen=True)
class FilaLista:
    numero: int
    titulo: str
    tema: str
    dificultad: str
    puntos: int
    puntos_ganados: int
    estado: str


@dataclass(frozen=True)
class VistaReto:
    """Lo que se muestra tras `verificar reto N`."""

    numero: int
    titulo: str
    veredicto: Veredicto
    evidencia: Evidencia | None
    semilla: int
    repeticiones: int
    duracion_s: float
    puntos_ganados: int
    puntos_reto: int
    estado: str
    repetir: str
    planificaciones: int | None = None
    repeticiones_ejecutadas: int | None = None
    motor: str | None = None  # hilos | asyncio | procesos: cómo se llama cada actor
    compacta: bool = False  # para `vigilar`: recorta la evidencia para que quepa en pantalla


@dataclass(frozen=True)
class ArchivoSolucion:
    nombre: str
    codigo: str


class Pintor:
    """La salida de verificador. `consola` es stdout; los errores van a stderr."""

    def __init__(self, consola: Console | None = None) -> None:
        self.consola = consola or Console(highlight=False)

    # -- mensajes sueltos ---------------------------------------------------------------

    def error(self, mensaje: str) -> None:
        click.echo(f"Error: {mensaje}", err=True)

    def aviso(self, mensaje: str) -> None:
        click.echo(mensaje, err=True)

    def texto(self, mensaje: str, estilo: str = "", *, sin_cortar: bool = False) -> None:
        """sin_cortar: no partir la línea (órdenes que el alumno copiará tal cual)."""
        self.consola.print(Text(mensaje, style=estilo), soft_wrap=sin_cortar)

    def limpiar(self) -> None:
        """Pantalla nueva (solo en una terminal: en una tubería o en CI no borra nada)."""
        if self.consola.is_terminal:
            self.consola.clear()

    def json(self, objeto: dict[str, Any]) -> None:
        click.echo(json.dumps(objeto, ensure_ascii=False))

    @contextmanager
    def barra(self, descripcion: str, total: int) -> Iterator[Callable[[int, int], None]]:
        """Barra de progreso viva si stdout es una terminal; si no, no pinta nada."""
        if not self.consola.is_terminal:
            yield lambda hechas, total: None
            return
        progreso = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=None),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.consola,
            transient=True,
        )
        tarea = progreso.add_task(descripcion, total=total)

        def avanzar(hechas: int, total: int) -> None:
            progreso.update(tarea, completed=hechas, total=total)

        with progreso:
            yield avanzar

    # -- lista --------------------------------------------------------------------------

    def lista(self, filas: Sequence[FilaLista], ganados: int, maximo: int) -> None:
        tabla = Table(title="Retos", box=box.SIMPLE_HEAVY, expand=False, title_justify="left")
        tabla.add_column("Nº", justify="right", no_wrap=True)
        tabla.add_column("Título", ratio=1)
        tabla.add_column("Tema", no_wrap=True)
        tabla.add_column("Dificultad", no_wrap=True)
        tabla.add_column("Puntos", justify="right", no_wrap=True)
        tabla.add_column("Estado", no_wrap=True)
        for fila in filas:
            puntos = str(fila.puntos)
            if fila.estado == "resuelto":
                puntos = f"{fila.puntos_ganados}/{fila.puntos}"
            tabla.add_row(
                str(fila.numero),
                Text(fila.titulo),
                fila.tema,
                fila.dificultad,
                puntos,
                Text(fila.estado, style=_COLOR_ESTADO.get(fila.estado, "")),
            )
        self.consola.print(tabla)
        resueltos = sum(1 for f in filas if f.estado == "resuelto")
        self.consola.print(
            Text(f"Total: {ganados} de {maximo} puntos · {resueltos} de {len(filas)} resueltos",
                 style="bold")
        )

    # -- veredicto de un reto -----------------------------------------------------------

    def veredicto(self, vista: VistaReto) -> None:
        aprobado = vista.veredicto is Veredicto.APROBADO
        panel = self._panel_veredicto(vista, COMPACTA_PASOS, COMPACTA_SALIDA)
        if vista.compacta:
            # vigilar: el panel y las líneas de debajo caben en una pantalla; si no, menos pasos.
            # Debajo van unas 8 líneas (el doble si la terminal es estrecha y se parten).
            alto = self.consola.height - RESERVA_VIGILAR * (1 if self.consola.width >= 100 else 2)
            pasos, salida = COMPACTA_PASOS, COMPACTA_SALIDA
            while len(self.consola.render_lines(panel, pad=False)) > alto and salida:
                if pasos > 1:
                    pasos -= 1
                else:
                    salida = 0  # lo último que se quita: la salida del programa
                panel = self._panel_veredicto(vista, pasos, salida)
        self.consola.print(panel)
        if aprobado:
            if vista.puntos_ganados:
                self.texto(f"¡Resuelto! Ganas {vista.puntos_ganados} de {vista.puntos_reto} "
                           "puntos.", "bold green")
            elif vista.estado == "rendido":
                self.texto("Aprobado, pero te rendiste en este reto: no suma puntos.")
            else:
                self.texto("Aprobado de nuevo (los puntos solo se conceden la primera vez).")
            self.texto(f"Mira la solución de referencia con `verificar solucion {vista.numero}`.")
        else:
            self.texto(f"Para repetir exactamente esta comprobación: {vista.repetir}",
                       sin_cortar=True)
            if vista.veredicto.es_concluyente and not vista.compacta:  # vigilar tiene su tecla p
                self.texto(f"¿Atascado? `verificar pista {vista.numero}` (cuesta puntos).",
                           "dim")

    def _panel_veredicto(self, vista: VistaReto, pasos: int, salida: int) -> Panel:
        aprobado = vista.veredicto is Veredicto.APROBADO
        partes: list[RenderableType] = [_cabecera(vista.veredicto)]
        if vista.evidencia is not None and not aprobado:
            partes.extend(self._evidencia(vista.evidencia, vista.motor, compacta=vista.compacta,
                                          orden=vista.repetir, pasos=pasos, salida=salida))
        datos = contar(vista.repeticiones, "repetición", "repeticiones")
        hechas = vista.repeticiones_ejecutadas
        if not aprobado and hechas is not None and 0 < hechas < vista.repeticiones:
            datos = f"falló en la repetición {hechas} de {vista.repeticiones}"
        if vista.planificaciones:
            datos += f" · {contar(vista.planificaciones, 'planificación', 'planificaciones')}"
        datos += f" · {formatear_duracion(vista.duracion_s)} · semilla {vista.semilla}"
        partes.append(Text(f"\n{datos}", style="dim"))
        return Panel(
            Group(*partes),
            title=Text(f"Reto {vista.numero}: {vista.titulo}"),
            title_align="left",
            border_style=_estilo(vista.veredicto),
            box=box.ROUNDED,
        )

    def _evidencia(self, evidencia: Evidencia, motor: str | None = None, *,
                   compacta: bool = False, orden: str = "",
                   pasos: int = COMPACTA_PASOS,
                   salida: int = COMPACTA_SALIDA) -> list[RenderableType]:
        """Los bloques de la evidencia; `compacta` recorta lo largo (las últimas líneas)."""
        max_traza = COMPACTA_TRAZA if compacta else MAX_LINEAS_TRAZA
        max_salida = salida if compacta else MAX_LINEAS_SALIDA
        partes: list[RenderableType] = []
        resumen = Text("\n")
        resumen.append(redactar(evidencia.resumen), style="bold")
        if evidencia.ubicacion:
            resumen.append(f"  ({evidencia.ubicacion})", style="cyan")
        partes.append(resumen)
        if evidencia.explicacion:
            partes.append(Text(redactar(evidencia.explicacion)))
        if evidencia.esperado is not None or evidencia.obtenido is not None:
            comparacion = Table.grid(padding=(0, 1))
            comparacion.add_column(style="bold", no_wrap=True)
            comparacion.add_column()
            if evidencia.esperado is not None:
                comparacion.add_row("Esperado:", Text(redactar(str(evidencia.esperado)),
                                                      style="green"))
            if evidencia.obtenido is not None:
                etiqueta = "Obtenido:" if evidencia.esperado is not None else "En tu código:"
                comparacion.add_row(etiqueta, Text(redactar(str(evidencia.obtenido)),
                                                   style="red"))
            partes.append(comparacion)
        if evidencia.linea_tiempo:
            # Los cambios se cuentan en la línea que se pinta, no con la cifra del motor
            # (que cuenta expropiaciones): así el título nunca contradice a la tabla.
            actores = list(dict.fromkeys(p.actor for p in evidencia.linea_tiempo))
            actor = etiqueta_actor(motor, actores).lower()
            cambios = cambios_de_actor(evidencia)
            titulo = f"Línea de tiempo ({contar(cambios, f'cambio de {actor}', f'cambios de {actor}')})"
            total = len(evidencia.linea_tiempo)
            desde = 0
            if compacta and total > pasos:
                desde = total - pasos
                titulo += (f", últimos {pasos} de {total} pasos" if pasos > 1
                           else f", el último de {total} pasos")
                if orden:
                    titulo += f"; entera con `{orden}`"
            partes.append(Text(f"\n{titulo}:", style="bold"))
            partes.append(self._linea_tiempo(evidencia, motor, desde))
        if evidencia.bloqueados:
            partes.append(Text("\nQuién espera a quién:", style="bold"))
            partes.append(self._bloqueados(evidencia))
        if evidencia.traza:
            lineas = evidencia.traza.rstrip().splitlines()
            recorte = ""
            if len(lineas) > max_traza:
                recorte = (f" (últimas {max_traza} de {len(lineas)} líneas; "
                           "entera con --formato json)")
                lineas = lineas[-max_traza:]
            partes.append(Text(f"\nTraza{recorte}:", style="bold"))
            partes.append(Text("\n".join(lineas)))
        if evidencia.salida and max_salida > 0:
            lineas = evidencia.salida.rstrip().splitlines()
            recorte = ""
            if len(lineas) > max_salida:
                recorte = f" (últimas {max_salida} de {len(lineas)} líneas)"
                lineas = lineas[-max_salida:]
            partes.append(Text(f"\nSalida del programa{recorte}:", style="bold"))
            partes.append(Text("\n".join(lineas), style="dim"))
        return partes

    def _linea_tiempo(self, evidencia: Evidencia, motor: str | None = None,
                      desde: int = 0) -> Table:
        """Una columna por hilo si caben (dos, anchas); si no, una lista con el hilo delante."""
        actores = list(dict.fromkeys(p.actor for p in evidencia.linea_tiempo))
        por_columnas = (len(actores) <= MAX_COLUMNAS_ACTOR
                        and self.consola.width >= 8 + ANCHO_COLUMNA_ACTOR * len(actores))
        tabla = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
        tabla.add_column("#", justify="right", style="dim", no_wrap=True)
        if por_columnas:
            for actor in actores:
                tabla.add_column(actor, ratio=1, overflow="fold")
        else:
            tabla.add_column(etiqueta_actor(motor, actores), no_wrap=True)
            tabla.add_column("Paso", ratio=1, overflow="fold")
        for i, paso in enumerate(evidencia.linea_tiempo, start=1):
            if i <= desde:
                continue
            celda = Text()
            if paso.archivo and paso.linea > 0:
                celda.append(f"{paso.archivo}:{paso.linea} ", style="cyan")
            celda.append(paso.codigo.strip())
            if paso.accion:
                celda.append(f"\n→ {paso.accion}", style="yellow")
            if por_columnas:
                fila: list[RenderableType] = [str(i)]
                fila += [celda if actor == paso.actor else "" for actor in actores]
                tabla.add_row(*fila)
            else:
                tabla.add_row(str(i), paso.actor, celda)
        return tabla

    @staticmethod
    def _bloqueados(evidencia: Evidencia) -> Group:
        """Cada bloqueado en su bloque: quién, qué espera, quién lo tiene y en qué línea."""
        bloques: list[RenderableType] = []
        for b in evidencia.bloqueados:
            bloques.append(Text(f"• {b.actor}", style="bold"))
            datos = Table.grid(padding=(0, 1))
            datos.add_column(width=3)
            datos.add_column(style="dim", no_wrap=True)
            datos.add_column(ratio=1)
            donde = Text(f"{b.archivo}:{b.linea}", style="cyan")
            if b.codigo:
                donde.append(f"  {b.codigo.strip()}", style="")
            datos.add_row("", "qué", Text(b.espera, style="yellow"))
            if b.tenido_por:
                datos.add_row("", "lo tiene", Text(b.tenido_por, style="bold"))
            else:
                datos.add_row("", "", Text("nadie lo tiene", style="dim"))
            if b.archivo:
                datos.add_row("", "dónde", donde)
            bloques.append(datos)
        return Group(*bloques)

    # -- pistas y solución --------------------------------------------------------------

    def pistas(self, numero: int, pistas: Sequence[tuple[int, str]], total: int) -> None:
        """Pinta las pistas ya reveladas: (índice desde 0, texto)."""
        for indice, texto in pistas:
            self.consola.print(Panel(
                Markdown(texto),
                title=Text(f"Pista {indice + 1} de {total} · reto {numero}"),
                title_align="left",
                border_style="yellow",
                box=box.ROUNDED,
            ))

    def solucion(self, numero: int, titulo: str, archivos: Sequence[ArchivoSolucion],
                 explicacion: str | None) -> None:
        self.texto(f"Solución de referencia · reto {numero}: {titulo}", "bold")
        for archivo in archivos:
            self.consola.print(Panel(
                Syntax(archivo.codigo, "python", line_numbers=True, word_wrap=True,
                       background_color="default"),
                title=Text(archivo.nombre),
                title_align="left",
                box=box.ROUNDED,
            ))
        if explicacion:
            self.consola.print(Markdown(explicacion))

    # -- progreso -----------------------------------------------------------------------

    def progreso(self, filas: Sequence[FilaLista], *, ganados: int, maximo: int,
                 pistas: int, coste_pistas: int, intentos: int, tiempo_s: float) -> None:
        resueltos = sum(1 for f in filas if f.estado == "resuelto")
        rendidos = sum(1 for f in filas if f.estado == "rendido")
        resumen = Table.grid(padding=(0, 2))
        resumen.add_column(style="bold", no_wrap=True)
        resumen.add_column()
        resumen.add_row("Puntos", f"{ganados} de {maximo}")
        resumen.add_row("Retos resueltos", f"{resueltos} de {len(filas)}"
                        + (f" (rendidos: {rendidos})" if rendidos else ""))
        resumen.add_row("Pistas usadas", f"{pistas} (te costaron {coste_pistas} puntos)")
        resumen.add_row("Intentos", str(intentos))
        resumen.add_row("Tiempo dedicado", formatear_duracion(tiempo_s))
        self.consola.print(Panel(resumen, title="Tu progreso", title_align="left",
                                 box=box.ROUNDED, expand=False))
        siguiente = next((f for f in filas if f.estado in ("pendiente", "intentado")), None)
        if siguiente is not None:
            self.texto(f"Siguiente: `verificar reto {siguiente.numero}` "
                       f"({siguiente.titulo}).")

    # -- explorar -----------------------------------------------------------------------

    def explorar(self, programa: str, resultado: Resultado) -> None:
        aprobado = resultado.aprobado
        estilo = _estilo(resultado.veredicto)
        if aprobado:
            cabecera = Text()
            cabecera.append("No se encontró ningún fallo\n", style=f"bold {estilo}")
            cabecera.append("Ninguna de las planificaciones probadas falló. Eso no demuestra "
                            "que el programa sea correcto, pero ningún orden probado lo rompió.")
        else:
            cabecera = _cabecera(resultado.veredicto)
        partes: list[RenderableType] = [cabecera]
        motor = resultado.estadisticas.get("motor") if resultado.estadisticas else None
        if motor is None and resultado.estadisticas and "tareas_max" in resultado.estadisticas:
            motor = "asyncio"
        if resultado.evidencia is not None and not aprobado:
            partes.extend(self._evidencia(resultado.evidencia, motor))
        datos = contar(resultado.planificaciones, "planificación", "planificaciones")
        if resultado.estrategia:
            datos += f" · estrategia {resultado.estrategia}"
        datos += f" · {formatear_duracion(resultado.duracion_s)} · semilla {resultado.semilla}"
        partes.append(Text(f"\n{datos}", style="dim"))
        self.consola.print(Panel(Group(*partes), title=Text(programa), title_align="left",
                                 border_style=estilo, box=box.ROUNDED))
        if resultado.repetir and not aprobado:
            self.texto(f"Para repetirlo: {resultado.repetir}", sin_cortar=True)
