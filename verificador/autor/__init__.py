"""Herramientas de autor: crear un caso nuevo y revisar un catálogo de casos.

Nada de aquí imprime ni importa click o rich: se devuelven datos, y
`verificador.cli_autor` los pinta con `verificador.informe`.
"""

from __future__ import annotations

from verificador.autor.andamio import ErrorAutor, RetoCreado, crear_reto, slug_de, titulo_de
from verificador.autor.modelo import Falta, Prueba, Regla, Revision, RevisionReto
from verificador.autor.plantillas import MARCA_PENDIENTE, PLANTILLAS
from verificador.autor.revision import revisar_catalogo

__all__ = [
    "MARCA_PENDIENTE",
    "PLANTILLAS",
    "ErrorAutor",
    "Falta",
    "Prueba",
    "Regla",
    "RetoCreado",
    "Revision",
    "RevisionReto",
    "crear_reto",
    "revisar_catalogo",
    "slug_de",
    "titulo_de",
]
