"""La orden `verificar`: analiza argumentos, llama a los módulos y pinta con `informe`.

Códigos de salida (como click: 2 es mal uso):
  0  aprobado / nada encontrado / orden cumplida
  1  el intento tiene un fallo (carrera, interbloqueo, ...)
  2  mal uso: reto inexistente, fuera de un espacio, progreso dañado, valor inválido...
  3  fallo del verificador (un error nuestro, no del alumno)

Todo error de uso se dice en una sola línea en español, en stderr, con qué
pasó y qué hacer (la fontanería de click está en `cli_base`).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from verificador.casos import (
    Catalogo,
    ErrorCatalogo,
    Reto,
    cargar_catalogo,
    mostrar_ruta,
    resolver_catalogo,
)
from verificador.cli_base import (
    Eleccion,
    Entero,
    ErrorUso,
    Grupo,
    abrir_espacio,
    codigo_salida,
    escribir_html,
    opcion_html,
)
from verificador.espacio import Espacio, iniciar, reiniciar
from verificador.informe import ArchivoSolucion, FilaLista, Pintor, VistaReto
from verificador.progreso import Progreso, tiempo_dedicado
from verificador.puntuacion import Estado, coste_pendiente
from verificador.veredictos import Veredicto

if TYPE_CHECKING:
    from verificador.ejecucion import InformeReto

__all__ = ["main", "verificar"]

SEMILLA_MAXIMA = 2**63 - 1  # cabe en un INTEGER de SQLite
REPETICIONES_MAXIMAS = 10_000
ESTRATEGIAS = ("aleatoria", "pct", "exhaustiva")  # los nombres de verificador.motor.estrategias
CONTEXTO: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 80}
_SI = {"s", "si", "sí", "y", "yes"}
_F = TypeVar("_F", bound=Callable[..., Any])


# -- utilidades comunes -------------------------------------------------------------------


def _es_interactivo() -> bool:
    """¿Podemos preguntar al alumno? (stdin es una terminal)."""
    return sys.stdin is not None and sys.stdin.isatty()


def _confirmar(pregunta: str) -> bool:
    respuesta = click.prompt(f"{pregunta} [s/N]", default="", show_default=False,
                             prompt_suffix=" ")
    return str(respuesta).strip().lower() in _SI


def _abrir(retos: str | None) -> tuple[Espacio, Catalogo]:
    return abrir_espacio(retos)


def _progreso(espacio: Espacio) -> Progreso:
    return Progreso.del_espacio(espacio.interna)


def _filas(catalogo: Catalogo, progreso: Progreso) -> list[FilaLista]:
    filas = []
    for reto in catalogo.retos:
        cuenta = progreso.puntuacion(reto)
        filas.append(FilaLista(
            numero=reto.numero, titulo=reto.titulo, tema=reto.tema,
            dificultad=reto.dificultad, puntos=reto.puntos,
            puntos_ganados=cuenta.puntos, estado=cuenta.estado.value,
        ))
    return filas


def _semilla_nueva() -> int:
    return int.from_bytes(os.urandom(4), "big")


def _opcion_retos() -> Callable[[_F], _F]:
    return click.option(
        "--retos", metavar="RUTA",
        help="Carpeta de retos a usar (por encima de VERIFICADOR_RETOS y del ajuste "
        "'retos' de verificador.toml).",
    )


# -- las órdenes --------------------------------------------------------------------------


@click.group(cls=Grupo, context_settings=CONTEXTO, invoke_without_command=True)
@click.version_option(package_name="verificador", message="verificador %(version)s",
                      help="Muestra la versión y sale.")
@click.pass_context
def verificar(ctx: click.Context) -> int:
    """Detectives de la concurrencia: arregla el programa y demuestra que ya no falla.

    Cada reto esconde un error de concurrencia (carreras, interbloqueos,
    trabajo perdido). `verificar reto N` juzga tu arreglo en muchas
    planificaciones distintas y te enseña la evidencia cuando falla.
    """
    if ctx.invoked_subcommand is None:
        Pintor().texto(ctx.get_help())
        Pintor().texto("\nPor dónde empezar: `verificar lista` dentro de un espacio de "
                       "trabajo, o `verificar iniciar mi-taller` para crear uno.")
    return 0


@verificar.command("iniciar", context_settings=CONTEXTO)
@click.argument("carpeta", metavar="CARPETA")
@_opcion_retos()
def orden_iniciar(carpeta: str, retos: str | None) -> int:
    """Crea un espacio de trabajo en CARPETA con todos los retos.

    Copia los archivos que editas, el caso (caso.md) y sus datos; los jueces
    se quedan en el catálogo instalado. CARPETA no debe existir o estar vacía.
    """
    catalogo = cargar_catalogo(resolver_catalogo(retos))
    if not catalogo.retos:
        raise ErrorUso(f"{catalogo.rango_valido()}; no hay nada que copiar")
    destino = Path(carpeta).expanduser()
    espacio = iniciar(destino, catalogo, ajuste_retos=retos)
    pintor = Pintor()
    pintor.texto(f"Espacio de trabajo creado en {mostrar_ruta(espacio.raiz)} con "
                 f"{len(catalogo.retos)} retos.", "bold green", sin_cortar=True)
    primero = catalogo.retos[0]
    pintor.texto(f"Empieza así:\n  cd {carpeta}\n  verificar lista\n  "
                 f"verificar reto {primero.numero}", sin_cortar=True)
    return 0


@verificar.command("lista", context_settings=CONTEXTO)
@_opcion_retos()
def orden_lista(retos: str | None) -> int:
    """Muestra los retos con su tema, dificultad, puntos y tu estado en cada uno."""
    espacio, catalogo = _abrir(retos)
    with _progreso(espacio) as progreso:
        filas = _filas(catalogo, progreso)
    Pintor().lista(filas, sum(f.puntos_ganados for f in filas), sum(f.puntos for f in filas))
    return 0


def _ejecutar(reto: Reto, directorio: Path, semilla: int, repeticiones: int,
              pintor: Pintor, mostrar_barra: bool) -> InformeReto:
    """Lanza al juez del catálogo en un subproceso aislado, con barra de progreso viva.

    El juez sale siempre de `reto.juez` (el catálogo), nunca del espacio.
    """
    from verificador.ejecucion import comprobar_reto

    def lanzar(al_progreso: Callable[[dict[str, Any]], None] | None) -> InformeReto:
        return comprobar_reto(
            reto.juez, directorio, reto.archivos, semilla=semilla, repeticiones=repeticiones,
            tiempo_limite_s=reto.tiempo_limite_s, al_progreso=al_progreso,
        )

    if not mostrar_barra:
        return lanzar(None)
    with pintor.barra(f"Reto {reto.numero}", repeticiones) as avanzar:

        def al_progreso(evento: dict[str, Any]) -> None:
            total = evento.get("total")
            if evento.get("evento") == "inicio" and isinstance(total, int):
                avanzar(0, total)
            elif evento.get("evento") == "repeticion" and isinstance(total, int):
                hechas = evento.get("i")
                avanzar(hechas if isinstance(hechas, int) else 0, total)

        return lanzar(al_progreso)


@verificar.command("reto", context_settings=CONTEXTO)
@click.argument("numero", type=Entero(1), metavar="N")
@click.option("--semilla", type=Entero(0, SEMILLA_MAXIMA), metavar="S",
              help="Repite exactamente una comprobación anterior.")
@click.option("--repeticiones", type=Entero(1, REPETICIONES_MAXIMAS), metavar="R",
              help="Cuántas veces se juzga el intento (por defecto, las del reto).")
@click.option("--formato", type=Eleccion("texto", "json"), default="texto",
              help="texto (por defecto) o json: un único objeto JSON en la salida.")
@opcion_html()
@_opcion_retos()
def orden_reto(numero: int, semilla: int | None, repeticiones: int | None, formato: str,
               html: str | None, retos: str | None) -> int:
    """Comprueba tu intento del reto N y te dice si aún esconde un fallo.

    Sale con 0 si está aprobado, 1 si se encontró un fallo, 2 si la orden
    está mal y 3 si falló el propio verificador.
    """
    espacio, catalogo = _abrir(retos)
    reto = catalogo.obtener(numero)
    directorio = espacio.directorio_intentos(catalogo, reto)
    for archivo in espacio.archivos_intento(catalogo, reto):
        if not archivo.is_file():
            raise ErrorUso(
                f"falta el archivo {mostrar_ruta(archivo)} del reto {numero}; recupera la "
                f"versión original con `verificar reiniciar {numero}`"
            )
    semilla = _semilla_nueva() if semilla is None else semilla
    repeticiones = repeticiones or reto.repeticiones
    pintor = Pintor()
    with _progreso(espacio) as progreso:
        texto = formato == "texto"
        if texto:
            pintor.texto(f"Comprobando el reto {numero} ({reto.titulo}): {repeticiones} "
                         f"repeticiones, semilla {semilla}", "dim", sin_cortar=True)
        inicio = time.monotonic()
        informe = _ejecutar(reto, directorio, semilla, repeticiones, pintor, texto)
        duracion = informe.duracion_s or time.monotonic() - inicio
        veredicto = informe.veredicto
        evidencia = informe.evidencia
        ganados = progreso.registrar_intento(
            reto, veredicto=veredicto.value, semilla=semilla,
            repeticiones=repeticiones, duracion_s=duracion, parametros=informe.parametros,
        )
        cuenta = progreso.puntuacion(reto)
        siguiente = None
        if veredicto is Veredicto.APROBADO:
            siguiente = next((r for r in catalogo.retos if r.numero != numero and
                              progreso.puntuacion(r).estado not in (Estado.RESUELTO,
                                                                    Estado.RENDIDO)), None)
    repetir = f"verificar reto {numero} --semilla {semilla}"
    if repeticiones != reto.repeticiones:
        repetir += f" --repeticiones {repeticiones}"
    planificaciones = informe.planificaciones
    if formato == "json":
        pintor.json({
            "reto": numero,
            "nombre": reto.nombre,
            "titulo": reto.titulo,
            "aprobado": veredicto is Veredicto.APROBADO,
            "veredicto": veredicto.value,
            "puntos": ganados,
            "puntos_reto": reto.puntos,
            "puntos_acumulados": cuenta.puntos,
            "estado": cuenta.estado.value,
            "repeticiones": repeticiones,
            "repeticiones_ejecutadas": informe.repeticiones,
            "planificaciones": planificaciones,
            "duracion_s": round(duracion, 4),
            "semilla": semilla,
            "repetir": repetir,
            "parametros": informe.parametros,
            "evidencia": evidencia.a_dict() if evidencia is not None else None,
        })
    else:
        pintor.veredicto(VistaReto(
            numero=numero, titulo=reto.titulo, veredicto=veredicto, evidencia=evidencia,
            semilla=semilla, repeticiones=repeticiones, duracion_s=duracion,
            puntos_ganados=ganados, puntos_reto=reto.puntos, estado=cuenta.estado.value,
            repetir=repetir, planificaciones=planificaciones,
            repeticiones_ejecutadas=informe.repeticiones, motor=reto.motor,
        ))
        if siguiente is not None:
            pintor.texto(f"Siguiente: `verificar reto {siguiente.numero}` ({siguiente.titulo}); "
                         "lee antes su caso.md.")
    if html is not None:
        from verificador.informe_html import PaginaEvidencia

        ruta = (Path(html) if html else
                espacio.interna / "evidencia" / f"reto-{numero}-semilla-{semilla}.html")
        escribir_html(ruta, PaginaEvidencia(
            titulo=f"Reto {numero}: {reto.titulo}", veredicto=veredicto, evidencia=evidencia,
            semilla=semilla, repetir=repetir, motor=reto.motor), pintor)
    return codigo_salida(veredicto)


def _pedir_confirmacion(pregunta: str, que: str, sin_preguntar: str) -> bool:
    """Pregunta si hay terminal; si no, explica cómo confirmar y sale con 2.

    `pregunta` es la frase entera con sus signos (¿...?); `que` dice lo mismo
    como un infinitivo ("revelar la pista 1 de 3 del reto 1 (cuesta 10 puntos)")
    para la frase sin terminal, donde una pregunta partida perdería su `¿`.
    """
    if not _es_interactivo():
        raise ErrorUso(f"no puedo preguntarte si quieres {que}: la entrada no es una "
                       f"terminal; confírmalo con `{sin_preguntar}`")
    return _confirmar(pregunta)


@verificar.command("pista", context_settings=CONTEXTO)
@click.argument("numero", type=Entero(1), metavar="N")
@click.option("--si", "sin_preguntar", is_flag=True, help="Revela sin pedir confirmación.")
@_opcion_retos()
def orden_pista(numero: int, sin_preguntar: bool, retos: str | None) -> int:
    """Revela la siguiente pista del reto N (antes de aprobar, resta puntos).

    Enseña el coste y pide confirmación; las pistas ya vistas se repiten gratis.
    """
    espacio, catalogo = _abrir(retos)
    reto = catalogo.obtener(numero)
    pintor = Pintor()
    with _progreso(espacio) as progreso:
        vistas = progreso.pistas_reveladas(reto)
        total = len(reto.pistas)
        if len(vistas) >= total:
            pintor.pistas(numero, [(i, reto.pistas[i].texto) for i in vistas], total)
            pintor.texto(f"Ya viste todas las pistas del reto {numero} ({total}).")
            return 0
        siguiente = len(vistas)
        coste = coste_pendiente(progreso.puntuacion(reto), reto.pistas[siguiente].coste)
        if not sin_preguntar:
            precio = f"cuesta {coste} puntos" if coste else "es gratis: ya cerraste este reto"
            que = f"revelar la pista {siguiente + 1} de {total} del reto {numero}"
            pregunta = f"¿{que[0].upper()}{que[1:]}? ({precio.capitalize()}.)"
            if not _pedir_confirmacion(pregunta, f"{que} ({precio})",
                                       f"verificar pista {numero} --si"):
                pintor.texto("No se reveló ninguna pista.")
                return 0
        progreso.revelar_pista(reto, siguiente)
        vistas = progreso.pistas_reveladas(reto)
        cuenta = progreso.puntuacion(reto)
    pintor.pistas(numero, [(i, reto.pistas[i].texto) for i in vistas], total)
    if coste:
        pintor.texto(f"Esta pista te costó {coste} puntos: si apruebas ganarás como máximo "
                     f"{max(0, reto.puntos - cuenta.coste_pistas)} de {reto.puntos}.")
    return 0


def _leer_solucion(catalogo: Catalogo, reto: Reto) -> tuple[list[ArchivoSolucion], str | None]:
    carpeta = catalogo.solucion(reto)
    archivos = []
    for nombre in reto.archivos:
        ruta = carpeta / nombre
        if not ruta.is_file():
            raise ErrorCatalogo(
                f"no encuentro la solución del reto {reto.numero} ({mostrar_ruta(ruta)}); "
                "reinstala verificador o revisa la carpeta de soluciones"
            )
        archivos.append(ArchivoSolucion(nombre, ruta.read_text(encoding="utf-8")))
    explicacion = carpeta / "EXPLICACION.md"
    texto = explicacion.read_text(encoding="utf-8") if explicacion.is_file() else None
    return archivos, texto


@verificar.command("solucion", context_settings=CONTEXTO)
@click.argument("numero", type=Entero(1), metavar="N")
@click.option("--rendirse", is_flag=True,
              help="Ver la solución sin haber aprobado: el reto queda en 0 puntos para siempre.")
@click.option("--si", "sin_preguntar", is_flag=True, help="Con --rendirse, no pide confirmación.")
@_opcion_retos()
def orden_solucion(numero: int, rendirse: bool, sin_preguntar: bool, retos: str | None) -> int:
    """Muestra la solución de referencia del reto N, cuando ya lo aprobaste."""
    espacio, catalogo = _abrir(retos)
    reto = catalogo.obtener(numero)
    archivos, explicacion = _leer_solucion(catalogo, reto)
    pintor = Pintor()
    with _progreso(espacio) as progreso:
        estado = progreso.puntuacion(reto).estado
        if estado not in (Estado.RESUELTO, Estado.RENDIDO):
            if not rendirse:
                raise ErrorUso(
                    f"aún no has aprobado el reto {numero}: su solución se muestra al aprobarlo. "
                    f"Si quieres verla ya, `verificar solucion {numero} --rendirse` (el reto "
                    "quedará en 0 puntos para siempre)"
                )
            if not sin_preguntar:
                pregunta = (f"¿Rendirte en el reto {numero}? Verás la solución y el reto "
                            "quedará en 0 puntos para siempre.")
                que = (f"rendirte en el reto {numero} (verás la solución y el reto quedará "
                       "en 0 puntos para siempre)")
                orden = f"verificar solucion {numero} --rendirse --si"
                if not _pedir_confirmacion(pregunta, que, orden):
                    pintor.texto("No te has rendido: sigue investigando.")
                    return 0
            progreso.rendirse(reto)
    pintor.solucion(numero, reto.titulo, archivos, explicacion)
    return 0


@verificar.command("progreso", context_settings=CONTEXTO)
@click.option("--exportar", metavar="ARCHIVO.json", help="Guarda tu progreso en un JSON.")
@click.option("--importar", metavar="ARCHIVO.json",
              help="Fusiona un progreso exportado (sin duplicar nada).")
@_opcion_retos()
def orden_progreso(exportar: str | None, importar: str | None, retos: str | None) -> int:
    """Resume tus puntos, retos resueltos, pistas, intentos y tiempo dedicado."""
    if exportar and importar:
        raise ErrorUso("usa --exportar o --importar, no las dos a la vez")
    espacio, catalogo = _abrir(retos)
    pintor = Pintor()
    with _progreso(espacio) as progreso:
        if exportar:
            n = progreso.exportar(Path(exportar))
            pintor.texto(f"Exportados {n} eventos a {exportar}.", sin_cortar=True)
            return 0
        if importar:
            n = progreso.importar(Path(importar), catalogo.retos)
            pintor.texto(f"Importados {n} eventos nuevos de {importar}.", sin_cortar=True)
        filas = _filas(catalogo, progreso)
        cuentas = [progreso.puntuacion(r) for r in catalogo.retos]
        nombres = {r.nombre for r in catalogo.retos}
        momentos = [r.momento for r in progreso.registros() if r.reto in nombres]
    pintor.progreso(
        filas,
        ganados=sum(c.puntos for c in cuentas),
        maximo=sum(r.puntos for r in catalogo.retos),
        pistas=sum(c.pistas for c in cuentas),
        coste_pistas=sum(c.coste_pistas for c in cuentas),
        intentos=sum(c.intentos for c in cuentas),
        tiempo_s=tiempo_dedicado(momentos),
    )
    return 0


@verificar.command("reiniciar", context_settings=CONTEXTO)
@click.argument("numero", type=Entero(1), metavar="N")
@_opcion_retos()
def orden_reiniciar(numero: int, retos: str | None) -> int:
    """Vuelve a la versión original del reto N, guardando antes tu intento."""
    espacio, catalogo = _abrir(retos)
    reto = catalogo.obtener(numero)
    hecho = reiniciar(espacio, catalogo, reto)
    pintor = Pintor()
    if not hecho.restaurados:
        pintor.texto(f"Nada que reiniciar: tus archivos del reto {numero} ya son los originales.")
        return 0
    if hecho.respaldo is not None:
        pintor.texto(f"Tu intento quedó guardado en {mostrar_ruta(hecho.respaldo)}.",
                     sin_cortar=True)
    pintor.texto(f"Restaurada la versión original de {', '.join(hecho.restaurados)} "
                 f"(reto {numero}).", "bold")
    return 0


@verificar.command("explorar", context_settings={**CONTEXTO, "ignore_unknown_options": False})
@click.argument("programa", metavar="PROGRAMA.py")
@click.argument("argumentos", nargs=-1, type=click.UNPROCESSED, metavar="[-- ARGS...]")
@click.option("--planificaciones", type=Entero(1, 1_000_000), metavar="N",
              help="Cuántas planificaciones probar (por defecto, las del motor).")
@click.option("--semilla", type=Entero(0, SEMILLA_MAXIMA), metavar="S",
              help="Semilla de la exploración; con ella se repite idéntica.")
@click.option("--estrategia", type=Eleccion(*ESTRATEGIAS), metavar="E",
              help="Estrategia de búsqueda: " + ", ".join(ESTRATEGIAS)
              + " (por defecto, la del motor).")
@click.option("--formato", type=Eleccion("texto", "json"), default="texto",
              help="texto (por defecto) o json: un único objeto JSON en la salida.")
@opcion_html()
def orden_explorar(programa: str, argumentos: tuple[str, ...], planificaciones: int | None,
                   semilla: int | None, estrategia: str | None, formato: str,
                   html: str | None) -> int:
    """Ejecuta PROGRAMA.py bajo el motor en muchas planificaciones y busca fallos.

    Sus `assert` y las excepciones de sus hilos son sus invariantes; los
    interbloqueos, cuelgues e hilos perdidos no necesitan ninguno. Sale con 0
    si no encontró nada, 1 si encontró un fallo y 2 si la orden está mal.
    """
    ruta = Path(programa)
    if not ruta.is_file():
        raise ErrorUso(f"no existe el programa {programa}; pasa la ruta de un archivo .py")
    from verificador.ejecucion import explorar_aislado

    semilla = _semilla_nueva() if semilla is None else semilla
    opciones: dict[str, Any] = {"semilla": semilla}
    if planificaciones is not None:
        opciones["planificaciones"] = planificaciones
    if estrategia is not None:
        opciones["estrategia"] = estrategia
    try:
        resultado = explorar_aislado(ruta, list(argumentos), **opciones)
    except ValueError as error:  # p. ej. una estrategia desconocida
        raise ErrorUso(str(error)) from None
    if resultado.repetir is None and not resultado.aprobado:
        resultado.repetir = " ".join(
            ["verificar", "explorar", programa, "--semilla", str(resultado.semilla)]
            + (["--planificaciones", str(planificaciones)] if planificaciones else [])
            + (["--estrategia", estrategia] if estrategia else [])
            + (["--", *argumentos] if argumentos else [])
        )
    pintor = Pintor()
    if formato == "json":
        pintor.json(resultado.a_dict())
    else:
        pintor.explorar(programa, resultado)
    if html is not None:
        from verificador.informe_html import PaginaEvidencia

        estadisticas = resultado.estadisticas or {}
        motor = estadisticas.get("motor") or ("asyncio" if "tareas_max" in estadisticas
                                              else None)
        destino = Path(html) if html else ruta.with_name(
            f"{ruta.stem}-evidencia-{resultado.semilla}.html")
        escribir_html(destino, PaginaEvidencia(
            titulo=programa, veredicto=resultado.veredicto, evidencia=resultado.evidencia,
            semilla=resultado.semilla, repetir=resultado.repetir, motor=motor), pintor)
    return codigo_salida(resultado.veredicto)


def main() -> NoReturn:
    """Punto de entrada de la orden `verificar` (pyproject: verificador.cli:main)."""
    verificar.main(prog_name="verificar")
    raise SystemExit(0)  # pragma: no cover - main() siempre sale con sys.exit


# Órdenes que viven en otros módulos (`autor`, `vigilar` en cli_autor; `calificar`
# en cli_aula): se importan solo cuando se usan, para que arrancar sea rápido.
verificar.perezosas.update({
    "autor": "verificador.cli_autor:autor",
    "vigilar": "verificador.cli_autor:vigilar",
    "calificar": "verificador.cli_aula:calificar_orden",
})
# Los nombres con tilde, como los escribe quien habla español.
verificar.alias.update({"solución": "solucion"})
