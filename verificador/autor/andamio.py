"""`verificar autor nuevo`: crea la carpeta de un caso nuevo y la de su solución.

Invariante: no sobrescribe nada. Si la carpeta del caso o la de su solución
ya existen, o el catálogo ya tiene un caso con el mismo slug, se niega antes
de escribir un solo archivo. El caso creado es completo y funciona (ver
`plantillas`), pero lleva marcas `TODO` donde el autor debe escribir lo suyo,
y `verificar autor comprobar` dice cuáles quedan.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from verificador.autor.plantillas import MARCA_PENDIENTE, PLANTILLAS, Plantilla
from verificador.casos import FuenteCatalogo, mostrar_ruta

__all__ = ["ErrorAutor", "RetoCreado", "crear_reto", "slug_de", "titulo_de"]

_NUMERO_CARPETA = re.compile(r"^(\d{2,})_")
_COSTES_PISTAS = (10, 20, 30)  # puntos por pista en la plantilla, de la más suave a la más directa
_MAX_SLUG = 40  # caracteres: nombres de carpeta legibles


class ErrorAutor(Exception):
    """Un error de uso de las órdenes de autor; el mensaje dice qué hacer."""


@dataclass(frozen=True)
class RetoCreado:
    numero: int
    nombre: str  # NN_slug
    directorio: Path
    solucion: Path
    archivos: tuple[Path, ...]  # todo lo escrito, en orden


def slug_de(nombre: str) -> str:
    """`"El contador loco"` → `el_contador_loco` (sin tildes, solo [a-z0-9_])."""
    sin_tildes = unicodedata.normalize("NFKD", nombre).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", sin_tildes.lower()).strip("_")
    return slug[:_MAX_SLUG].rstrip("_")


def titulo_de(nombre: str) -> str:
    texto = " ".join(nombre.replace("_", " ").split())
    return texto[:1].upper() + texto[1:]


def _siguiente_numero(fuente: FuenteCatalogo) -> int:
    usados = [0]
    for carpeta in (fuente.retos, fuente.soluciones):
        if carpeta.is_dir():
            for hijo in carpeta.iterdir():
                coincide = _NUMERO_CARPETA.match(hijo.name)
                if hijo.is_dir() and coincide:
                    usados.append(int(coincide[1]))
    return max(usados) + 1


def _reto_toml(numero: int, titulo: str, plantilla: Plantilla) -> str:
    pistas = "".join(
        f'\n[[pistas]]\ntexto = "{MARCA_PENDIENTE}: pista {i}, {grado}."\ncoste = {coste}\n'
        for i, (grado, coste) in enumerate(zip(
            ("la más suave: una pregunta que oriente hacia dónde mirar",
             "nombra el mecanismo que falla, sin dar el arreglo",
             "la más directa: qué herramienta usar y dónde"),
            _COSTES_PISTAS, strict=True,
        ), start=1)
    )
    titulo_toml = titulo.replace("\\", "\\\\").replace('"', '\\"')
    return (
        f"numero = {numero}\n"
        f'titulo = "{titulo_toml}"\n'
        f'tema = "{plantilla.tema}"            # hilos | sincronización | asyncio | procesos\n'
        'dificultad = "media"        # fácil | media | difícil\n'
        "puntos = 100\n"
        f'archivos = ["{plantilla.archivo}"]      # los archivos que edita el alumno\n'
        f'motor = "{plantilla.motor}"\n'
        "repeticiones = 3            # repeticiones del juez en cada veredicto\n"
        "tiempo_limite_s = 30        # límite de cada repetición, en segundos\n"
        f"{pistas}"
    )


def _caso_md(titulo: str, plantilla: Plantilla) -> str:
    return (
        f"# {titulo}\n\n"
        f"{MARCA_PENDIENTE}: cuenta el caso como una historia de detectives. Quién es el\n"
        "cliente, qué observa (el síntoma, nunca la causa), por qué «en mi máquina\n"
        "funciona». No reveles el arreglo: eso es trabajo de las pistas.\n\n"
        "El cliente exige:\n\n"
        f"- {MARCA_PENDIENTE}: qué debe devolver `main(...)` (con sus parámetros) pase lo\n"
        "  que pase con el orden de ejecución;\n"
        "- que la concurrencia siga ahí: quitarla no cuenta.\n\n"
        f"El archivo es `{plantilla.archivo}`. Cuando creas tenerlo, ejecuta `verificar reto N`.\n"
    )


def _explicacion_md(titulo: str) -> str:
    return (
        f"# {titulo}: explicación\n\n"
        f"**El error.** {MARCA_PENDIENTE}: qué está mal, en una frase.\n\n"
        f"**Por qué pasa.** {MARCA_PENDIENTE}: el entrelazado que lo provoca y por qué casi\n"
        "nunca se ve en una ejecución normal.\n\n"
        f"**El arreglo.** {MARCA_PENDIENTE}: qué cambia la solución y por qué basta.\n"
    )


def crear_reto(fuente: FuenteCatalogo, nombre: str, motor: str) -> RetoCreado:
    """Crea `NN_slug` (el siguiente número libre) en `fuente.retos` y en `fuente.soluciones`."""
    if motor not in PLANTILLAS:
        raise ErrorAutor(f"motor {motor!r} desconocido; usa uno de {', '.join(PLANTILLAS)}")
    slug = slug_de(nombre)
    if not slug:
        raise ErrorAutor(
            f"el nombre {nombre!r} no tiene letras ni números para el nombre de la carpeta; "
            "usa un título como \"El contador loco\""
        )
    for carpeta in (fuente.retos, fuente.soluciones):
        if carpeta.is_dir():
            for hijo in sorted(carpeta.iterdir()):
                coincide = _NUMERO_CARPETA.match(hijo.name)
                if coincide and hijo.name[coincide.end():] == slug:
                    raise ErrorAutor(
                        f"ya existe un caso con ese nombre: {mostrar_ruta(hijo)}; elige otro "
                        "nombre (no sobrescribo nada)"
                    )
    numero = _siguiente_numero(fuente)
    carpeta_reto = fuente.retos / f"{numero:02d}_{slug}"
    carpeta_sol = fuente.soluciones / carpeta_reto.name
    for carpeta in (carpeta_reto, carpeta_sol):
        if carpeta.exists():  # pragma: no cover - el número es el siguiente libre
            raise ErrorAutor(f"{mostrar_ruta(carpeta)} ya existe; no sobrescribo nada")
    plantilla = PLANTILLAS[motor]
    titulo = titulo_de(nombre)
    contenidos = {
        carpeta_reto / "reto.toml": _reto_toml(numero, titulo, plantilla),
        carpeta_reto / "caso.md": _caso_md(titulo, plantilla),
        carpeta_reto / plantilla.archivo: plantilla.roto,
        carpeta_reto / "test_juez.py": plantilla.juez,
        carpeta_sol / plantilla.archivo: plantilla.reparado,
        carpeta_sol / "EXPLICACION.md": _explicacion_md(titulo),
    }
    carpeta_reto.mkdir(parents=True)
    carpeta_sol.mkdir(parents=True)
    for ruta, texto in contenidos.items():
        with ruta.open("x", encoding="utf-8", newline="\n") as archivo:  # "x": nunca pisa
            archivo.write(texto)
    return RetoCreado(numero, carpeta_reto.name, carpeta_reto, carpeta_sol, tuple(contenidos))
