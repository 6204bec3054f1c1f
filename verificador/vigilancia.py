"""Modo vigilancia (`verificar vigilar`): el motor, sin terminal ni rich.

La sesión recibe una secuencia de eventos (`Guardado` de un archivo, `Tecla`
pulsada) y responde como el `watch` de rustlings: comprueba el reto actual al
arrancar y cada vez que se guarda uno de sus archivos, y cada veredicto
ocupa una pantalla limpia con una línea de progreso («3/10 resueltos
(30 %)»). Al aprobar dice cuál es el reto siguiente y qué abrir. Teclas:
`p` (pista, con la misma confirmación de coste que `verificar pista`, que
se confirma con `v`, una tecla que no hace nada más), `l` (lista), `r`
(comprobar) y `q` (salir). Ninguna tecla significa dos cosas.

Qué cuenta como intento (la regla, documentada en el README): solo las
comprobaciones pedidas a propósito, es decir, `verificar reto N` y la tecla
`r`. Las automáticas (al arrancar y al guardar) enseñan el veredicto pero un
fallo suyo no se anota: guardar un archivo a medio editar no es un intento
fallido. Un aprobado se anota siempre, venga de donde venga, porque da los
puntos.

Todo lo que se enseña pasa por un `Pintor` (o cualquier objeto con sus
métodos), y la comprobación es una función inyectada: así las pruebas
conducen la sesión sin terminal.

Las fuentes reales de eventos (teclado, archivos y la sonda) viven en
`vigilancia_eventos` y se reexportan aquí.

Invariante: un guardado que no cambia el contenido de los archivos del reto
(editores que tocan el archivo dos veces, varios eventos de un mismo
guardado) no repite la comprobación; `r` la repite siempre.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from verificador.casos import Catalogo, Reto, mostrar_ruta
from verificador.espacio import Espacio
from verificador.informe import FilaLista, VistaReto
from verificador.progreso import Progreso
from verificador.puntuacion import Estado, coste_pendiente
from verificador.veredictos import Veredicto
from verificador.vigilancia_eventos import (
    ESPERA_SONDA_S,
    EVENTOS_LLEGAN,
    FIN,
    SONDA,
    Guardado,
    Tecla,
    Terminal,
    eventos_de,
    leer_teclas,
    probar_eventos,
    vigilar_archivos,
    watchfiles_disponible,
)

__all__ = [
    "ESPERA_SONDA_S",
    "EVENTOS_LLEGAN",
    "FIN",
    "SONDA",
    "TECLAS",
    "Guardado",
    "Salida",
    "Sesion",
    "Tecla",
    "Terminal",
    "eventos_de",
    "leer_teclas",
    "probar_eventos",
    "vigilar_archivos",
    "watchfiles_disponible",
]

TECLAS = {"p": "pista", "l": "lista", "r": "comprobar", "q": "salir"}
CONFIRMAR = "v"  # la única tecla que revela una pista de pago; no hace nada más
_SI = {CONFIRMAR, CONFIRMAR.upper()}


class Salida(Protocol):
    """Lo que la sesión necesita para enseñar cosas (lo cumple `informe.Pintor`)."""

    def texto(self, mensaje: str, estilo: str = "", *, sin_cortar: bool = False) -> None: ...
    def limpiar(self) -> None: ...
    def veredicto(self, vista: VistaReto) -> None: ...
    def lista(self, filas: list[FilaLista], ganados: int, maximo: int) -> None: ...
    def pistas(self, numero: int, pistas: list[tuple[int, str]], total: int) -> None: ...


# comprobar(reto, directorio, semilla) -> InformeReto (verificador.ejecucion)
Comprobar = Callable[[Reto, Path, int], Any]


def _semilla_nueva() -> int:
    return int.from_bytes(os.urandom(4), "big")


class Sesion:
    """Una sesión de vigilancia sobre un espacio de trabajo y su catálogo."""

    def __init__(
        self,
        espacio: Espacio,
        catalogo: Catalogo,
        salida: Salida,
        comprobar: Comprobar,
        *,
        semilla: Callable[[], int] = _semilla_nueva,
        manual: bool = False,
    ) -> None:
        self.espacio = espacio
        self.catalogo = catalogo
        self.salida = salida
        self._comprobar = comprobar
        self._semilla = semilla
        self._huellas: dict[str, str] = {}  # reto -> huella del contenido ya comprobado
        self._aplazados: deque[Guardado] = deque()
        self.actual: Reto | None = None
        self.terminada = False
        self.comprobaciones = 0
        self.manual = manual
        self.avisos: list[str] = []  # avisos de la orden (modo manual forzado...)

    # -- estado ---------------------------------------------------------------------------

    def _progreso(self) -> Progreso:
        return Progreso.del_espacio(self.espacio.interna)

    def _pendiente(self) -> Reto | None:
        """El primer reto del catálogo que no está resuelto ni rendido."""
        with self._progreso() as progreso:
            for reto in self.catalogo.retos:
                if progreso.puntuacion(reto).estado not in (Estado.RESUELTO, Estado.RENDIDO):
                    return reto
        return None

    def archivos_actuales(self) -> list[Path]:
        if self.actual is None:
            return []
        return self.espacio.archivos_intento(self.catalogo, self.actual)

    def _huella(self, reto: Reto) -> str:
        resumen = hashlib.sha256()
        for ruta in self.espacio.archivos_intento(self.catalogo, reto):
            resumen.update(ruta.name.encode())
            resumen.update(ruta.read_bytes() if ruta.is_file() else b"\0falta")
        return resumen.hexdigest()

    # -- bucle ----------------------------------------------------------------------------

    def iniciar(self) -> None:
        """Elige el reto actual y lo comprueba ya (o dice que no queda ninguno)."""
        self.actual = self._pendiente()
        if self.actual is None:
            self.salida.texto("¡Ya resolviste todos los retos! No queda nada que vigilar.",
                              "bold green")
            self.terminada = True
            return
        self.comprobar(a_proposito=False)

    def linea_progreso(self) -> str:
        """«3/10 resueltos (30 %)»: los retos resueltos del catálogo."""
        with self._progreso() as progreso:
            resueltos = sum(1 for r in self.catalogo.retos
                            if progreso.puntuacion(r).estado is Estado.RESUELTO)
        total = len(self.catalogo.retos)
        por_ciento = round(100 * resueltos / total) if total else 0
        return f"{resueltos}/{total} resueltos ({por_ciento} %)"

    def _pantalla_nueva(self) -> None:
        self.salida.limpiar()
        for aviso in self.avisos:
            self.salida.texto(aviso, "yellow")

    def _estado(self) -> None:
        """El pie de cada pantalla (como en rustlings): progreso, reto actual y qué hacer.

        Va abajo, junto a las teclas, para que se vea aunque un veredicto largo
        empuje su principio fuera de la terminal.
        """
        reto = self.actual
        self.salida.texto(self.linea_progreso(), "bold", sin_cortar=True)
        if reto is None:
            return
        archivos = ", ".join(mostrar_ruta(r) for r in self.archivos_actuales())
        self.salida.texto(f"Vigilando el reto {reto.numero}: {reto.titulo}", "bold",
                          sin_cortar=True)
        if self.manual:
            self.salida.texto(f"Edita {archivos}, guárdalo y pulsa r para comprobarlo.")
        else:
            self.salida.texto(f"Edita {archivos}: cada vez que lo guardes, lo compruebo.")

    def ayuda(self) -> None:
        self.salida.texto("Teclas: r comprobar · p pista · l lista · q salir", "dim")

    def ejecutar(self, eventos: Iterable[object]) -> None:
        """Atiende `eventos` hasta `s`, hasta que no quede reto pendiente o se acaben."""
        flujo = iter(eventos)
        if self.actual is None and not self.terminada:
            self.iniciar()
        while not self.terminada:
            if self._aplazados:
                evento: object = self._aplazados.popleft()
            else:
                try:
                    evento = next(flujo)
                except StopIteration:
                    return
            self.atender(evento, flujo)

    def atender(self, evento: object, flujo: Iterator[object] | None = None) -> None:
        if evento is EVENTOS_LLEGAN:
            if self.manual and self.avisos:  # la sonda llegó tarde: los eventos funcionan
                self.manual = False
                self.avisos.clear()
                self.salida.texto("Ya llegan los cambios de archivos: compruebo cada vez que "
                                  "guardas.", "dim")
            return
        if isinstance(evento, Guardado):
            self.al_guardar(evento.ruta)
        elif isinstance(evento, Tecla):
            self.al_pulsar(evento.tecla, flujo)

    def al_guardar(self, ruta: Path) -> None:
        if self.actual is None:
            return
        vigilados = {r.resolve() for r in self.archivos_actuales()}
        if ruta.resolve() not in vigilados:
            return
        if self._huellas.get(self.actual.nombre) == self._huella(self.actual):
            return  # el mismo contenido que ya se comprobó
        self.comprobar(a_proposito=False)

    def al_pulsar(self, tecla: str, flujo: Iterator[object] | None = None) -> None:
        orden = TECLAS.get(tecla.lower())
        if orden == "salir":
            self.salida.texto("Hasta luego: tu progreso está guardado.")
            self.terminada = True
        elif orden == "comprobar":
            self.comprobar(a_proposito=True)
        elif orden == "lista":
            self.lista()
        elif orden == "pista":
            self.pista(flujo)
        elif tecla.strip():
            self.salida.texto(f"La tecla {tecla!r} no hace nada aquí (para salir, q).", "dim")
            self.ayuda()

    # -- acciones -------------------------------------------------------------------------

    def comprobar(self, *, a_proposito: bool = True) -> None:
        """Comprueba el reto actual y pinta una pantalla con el veredicto.

        a_proposito: la pidió el alumno (tecla r). Solo entonces un fallo se
        anota como intento; un aprobado se anota siempre (da los puntos).
        """
        reto = self.actual
        if reto is None:
            return
        faltan = [r for r in self.archivos_actuales() if not r.is_file()]
        if faltan:
            self._pantalla_nueva()
            self.salida.texto(
                f"Falta {mostrar_ruta(faltan[0])}: recupéralo con "
                f"`verificar reiniciar {reto.numero}`.", "red", sin_cortar=True)
            self._estado()
            self.ayuda()
            return
        huella = self._huella(reto)
        semilla = self._semilla()
        self._pantalla_nueva()
        self._estado()
        self.salida.texto(f"Comprobando el reto {reto.numero} (semilla {semilla})...", "dim",
                          sin_cortar=True)
        directorio = self.espacio.directorio_intentos(self.catalogo, reto)
        informe = self._comprobar(reto, directorio, semilla)
        self.comprobaciones += 1
        self._huellas[reto.nombre] = huella
        veredicto: Veredicto = informe.veredicto
        anotar = a_proposito or veredicto is Veredicto.APROBADO
        with self._progreso() as progreso:
            ganados = 0
            if anotar:
                ganados = progreso.registrar_intento(
                    reto, veredicto=veredicto.value, semilla=semilla,
                    repeticiones=reto.repeticiones, duracion_s=float(informe.duracion_s),
                    parametros=getattr(informe, "parametros", None),
                )
            estado = progreso.puntuacion(reto).estado.value
        self._pantalla_nueva()
        self.salida.veredicto(VistaReto(
            numero=reto.numero, titulo=reto.titulo, veredicto=veredicto,
            evidencia=informe.evidencia, semilla=semilla, repeticiones=reto.repeticiones,
            duracion_s=float(informe.duracion_s), puntos_ganados=ganados,
            puntos_reto=reto.puntos, estado=estado,
            repetir=f"verificar reto {reto.numero} --semilla {semilla}",
            planificaciones=informe.planificaciones,
            repeticiones_ejecutadas=informe.repeticiones, motor=reto.motor, compacta=True,
        ))
        if veredicto is Veredicto.APROBADO:
            self.actual = self._pendiente()
            if self.actual is None:
                self.salida.texto(f"¡Has resuelto todos los retos! ({self.linea_progreso()}). "
                                  "Fin de la vigilancia: mira tus puntos con "
                                  "`verificar progreso`.", "bold green")
                self.terminada = True
                return
            self._siguiente()
        else:
            if not a_proposito and veredicto.es_concluyente:
                self.salida.texto("Esta comprobación automática no cuenta como intento "
                                  "fallido; solo cuentan r y `verificar reto N`.", "dim")
            self._estado()
        self.ayuda()

    def _siguiente(self) -> None:
        """Tras aprobar: cuál es el reto siguiente y qué abrir (sin borrar el aprobado)."""
        reto = self.actual
        assert reto is not None
        base = self.espacio.directorio_intentos(self.catalogo, reto)
        archivos = ", ".join(mostrar_ruta(r) for r in self.archivos_actuales())
        self.salida.texto(f"Siguiente: el reto {reto.numero}, «{reto.titulo}» "
                          f"({self.linea_progreso()}).", "bold")
        self.salida.texto(f"Lee {mostrar_ruta(base / 'caso.md')} y edita {archivos}; "
                          + ("pulsa r para comprobarlo." if self.manual
                             else "lo compruebo cada vez que lo guardes."))

    def lista(self) -> None:
        filas = []
        with self._progreso() as progreso:
            for reto in self.catalogo.retos:
                cuenta = progreso.puntuacion(reto)
                filas.append(FilaLista(
                    numero=reto.numero, titulo=reto.titulo, tema=reto.tema,
                    dificultad=reto.dificultad, puntos=reto.puntos,
                    puntos_ganados=cuenta.puntos, estado=cuenta.estado.value,
                ))
        self.salida.lista(filas, sum(f.puntos_ganados for f in filas),
                          sum(f.puntos for f in filas))
        self.ayuda()

    def _responder(self, flujo: Iterator[object] | None) -> bool:
        """Lee la respuesta (una tecla); los guardados de mientras se atienden después."""
        if flujo is None:
            return False
        for evento in flujo:
            if isinstance(evento, Tecla):
                return evento.tecla in _SI
            if isinstance(evento, Guardado):
                self._aplazados.append(evento)
        return False

    def pista(self, flujo: Iterator[object] | None = None) -> None:
        reto = self.actual
        if reto is None:
            return
        with self._progreso() as progreso:
            vistas = progreso.pistas_reveladas(reto)
            total = len(reto.pistas)
            if len(vistas) >= total:
                self.salida.pistas(reto.numero, [(i, reto.pistas[i].texto) for i in vistas],
                                   total)
                self.salida.texto(f"Ya viste todas las pistas del reto {reto.numero} "
                                  f"({total}).")
                return
            siguiente = len(vistas)
            coste = coste_pendiente(progreso.puntuacion(reto), reto.pistas[siguiente].coste)
        precio = f"Cuesta {coste} puntos" if coste else "Es gratis: ya cerraste este reto"
        self.salida.texto(f"¿Revelar la pista {siguiente + 1} de {total} del reto "
                          f"{reto.numero}? ({precio}.) Pulsa {CONFIRMAR} para verla; "
                          "cualquier otra tecla, no.", "bold")
        if not self._responder(flujo):
            self.salida.texto("No se reveló ninguna pista.")
            self.ayuda()
            return
        with self._progreso() as progreso:
            progreso.revelar_pista(reto, siguiente)
            vistas = progreso.pistas_reveladas(reto)
            cuenta = progreso.puntuacion(reto)
        self.salida.pistas(reto.numero, [(i, reto.pistas[i].texto) for i in vistas], total)
        if coste:
            self.salida.texto(f"Esta pista te costó {coste} puntos: si apruebas ganarás como "
                              f"máximo {max(0, reto.puntos - cuenta.coste_pistas)} de "
                              f"{reto.puntos}.")
        self.ayuda()
