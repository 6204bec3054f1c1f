"""`verificar autor comprobar`: revisa un catálogo de casos como tests/ revisa el nuestro.

Como el `dev check` de rustlings: cada regla que un caso incumple se dice con
qué pasa y qué hacer, y un caso solo vale si la versión rota FALLA en cada uno
de K veredictos (semillas distintas) y la solución APRUEBA en cada uno de K.
Los veredictos se piden a `comprobar_reto` con el juez del caso, igual que
`verificar reto N`: el caso se revisa con la misma máquina que lo juzgará.

Las reglas estáticas van primero y son baratas; los veredictos solo se piden
cuando hay con qué (metadatos válidos, juez y archivos de la solución), para
que un caso a medio hacer reciba la lista de lo que le falta y no un error.
"""

from __future__ import annotations

import ast
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from verificador.autor.intentos import (
    ErrorIntento,
    Intento,
    carpeta_de_intentos,
    intentos_de,
    preparar,
)
from verificador.autor.modelo import (
    MINIMO_PISTAS,
    Falta,
    Prueba,
    Regla,
    Revision,
    RevisionReto,
)
from verificador.autor.plantillas import MARCA_PENDIENTE
from verificador.casos import (
    ErrorCatalogo,
    FuenteCatalogo,
    Reto,
    cargar_reto,
    mostrar_ruta,
)
from verificador.veredictos import Veredicto

__all__ = [
    "FIXTURE_DEL_MOTOR",
    "MINIMO_CARACTERES_CASO",
    "MINIMO_PISTAS",
    "Falta",
    "Prueba",
    "Regla",
    "Revision",
    "RevisionReto",
    "revisar_catalogo",
]

MINIMO_CARACTERES_CASO = 200  # caracteres de caso.md sin contar títulos: una historia, no un rótulo
FIXTURE_DEL_MOTOR = {"hilos": "hilos", "asyncio": "asincrono", "procesos": "procesos"}
ARCHIVOS_DEL_CASO = ("reto.toml", "caso.md", "test_juez.py")
EXPLICACION = "EXPLICACION.md"

_NOMBRE_CASO = re.compile(r"^\d{2,}_[a-z0-9][a-z0-9_]*$")
_MARCA = re.compile(rf"\b{MARCA_PENDIENTE}\b")
_IGNORADOS = {"__pycache__"}


# -- reglas estáticas ----------------------------------------------------------------------


def _archivos_de(carpeta: Path) -> set[str]:
    """Rutas relativas (posix) de los archivos de `carpeta`, sin cachés ni ocultos."""
    encontrados = set()
    for ruta in carpeta.rglob("*"):
        partes = ruta.relative_to(carpeta).parts
        if any(p in _IGNORADOS or p.startswith(".") for p in partes) or ruta.suffix == ".pyc":
            continue
        if ruta.is_file():
            encontrados.add("/".join(partes))
    return encontrados


def _revisar_pistas(reto: Reto) -> list[Falta]:
    faltas = []
    n = len(reto.pistas)
    if n < MINIMO_PISTAS:
        faltas.append(Falta(Regla.PISTAS, (
            f"tiene {n} pista{'' if n == 1 else 's'} y necesita al menos {MINIMO_PISTAS}: añade "
            "bloques [[pistas]] con 'texto' y 'coste' en reto.toml, de la más suave a la más "
            "directa")))
    total = sum(p.coste for p in reto.pistas)
    if n and total >= reto.puntos:
        faltas.append(Falta(Regla.PISTAS, (
            f"las pistas cuestan {total} puntos en total y el caso da {reto.puntos}: con todas "
            "vistas, aprobar no valdría nada. Baja los costes o sube 'puntos'")))
    return faltas


def _revisar_caso_md(directorio: Path) -> list[Falta]:
    caso = directorio / "caso.md"
    if not caso.is_file():
        return [Falta(Regla.CASO, "falta caso.md: escribe el caso como una historia (qué "
                      "observa el cliente y qué exige), sin revelar el arreglo")]
    texto = caso.read_text(encoding="utf-8", errors="replace")
    cuerpo = "".join(
        linea.strip() for linea in texto.splitlines() if not linea.lstrip().startswith("#")
    )
    if len(cuerpo) < MINIMO_CARACTERES_CASO:
        return [Falta(Regla.CASO, (
            f"caso.md tiene solo {len(cuerpo)} caracteres de texto (sin títulos); cuenta el caso "
            f"en al menos {MINIMO_CARACTERES_CASO}: qué observa el cliente, qué debe cumplirse")
        )]
    return []


def _revisar_pendientes(rutas: list[Path]) -> list[Falta]:
    faltas = []
    for ruta in rutas:
        if not ruta.is_file():
            continue
        lineas = [
            i for i, linea in enumerate(
                ruta.read_text(encoding="utf-8", errors="replace").splitlines(), start=1)
            if _MARCA.search(linea)
        ]
        if lineas:
            donde = ", ".join(str(i) for i in lineas[:5]) + (" ..." if len(lineas) > 5 else "")
            faltas.append(Falta(Regla.PENDIENTES, (
                f"{mostrar_ruta(ruta)} tiene {len(lineas)} marca{'' if len(lineas) == 1 else 's'} "
                f"{MARCA_PENDIENTE} (línea{'' if len(lineas) == 1 else 's'} {donde}): "
                f"sustitúyela{'' if len(lineas) == 1 else 's'} por el contenido real")))
    return faltas


def _analizar(ruta: Path) -> ast.Module | str:
    """El AST del archivo, o el mensaje del error de sintaxis."""
    try:
        return ast.parse(ruta.read_text(encoding="utf-8"), filename=str(ruta))
    except SyntaxError as error:
        return f"línea {error.lineno}: {error.msg}"
    except (UnicodeDecodeError, ValueError) as error:
        return str(error)


def _revisar_archivo_alumno(ruta: Path) -> list[Falta]:
    if ruta.suffix != ".py":
        return []
    arbol = _analizar(ruta)
    nombre = mostrar_ruta(ruta)
    if isinstance(arbol, str):
        return [Falta(Regla.ARCHIVOS, (
            f"{nombre} no es Python válido ({arbol}): el caso debe cargar y fallar por "
            "concurrencia, no por sintaxis"))]
    faltas = []
    main = next((n for n in arbol.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                 and n.name == "main"), None)
    if main is None:
        faltas.append(Falta(Regla.ARCHIVOS, (
            f"{nombre} no define main(...): el juez llama a main con parámetros distintos en "
            "cada veredicto")))
    else:
        args = main.args
        sin_valor = len(args.posonlyargs) + len(args.args) - len(args.defaults)
        sin_valor += sum(1 for d in args.kw_defaults if d is None)
        if sin_valor:
            faltas.append(Falta(Regla.ARCHIVOS, (
                f"main de {nombre} tiene {sin_valor} parámetro(s) sin valor por defecto: dales "
                "uno, para que el alumno pueda ejecutar el archivo tal cual")))
    principal = any(
        isinstance(n, ast.If) and isinstance(n.test, ast.Compare)
        and isinstance(n.test.left, ast.Name) and n.test.left.id == "__name__"
        for n in arbol.body
    )
    if not principal:
        faltas.append(Falta(Regla.ARCHIVOS, (
            f'{nombre} no termina con `if __name__ == "__main__":`; añádelo para que el alumno '
            "pueda ejecutarlo y el juez importarlo sin efectos")))
    return faltas


def _revisar_juez(reto: Reto) -> list[Falta]:
    if not reto.juez.is_file():
        return [Falta(Regla.JUEZ, "falta test_juez.py: escribe el juez con las fixtures de "
                      "verificador.juez (mira docs/autores.md)")]
    arbol = _analizar(reto.juez)
    if isinstance(arbol, str):
        return [Falta(Regla.JUEZ, f"test_juez.py no es Python válido ({arbol}); corrígelo")]
    pruebas = [n for n in arbol.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
               and n.name.startswith("test")]
    if not pruebas:
        return [Falta(Regla.JUEZ, "test_juez.py no tiene ninguna función test_...: pytest no "
                      "juzgaría nada; escribe al menos una prueba")]
    fixture = FIXTURE_DEL_MOTOR[reto.motor]
    usadas = {a.arg for p in pruebas for a in (*p.args.posonlyargs, *p.args.args)}
    if fixture not in usadas:
        return [Falta(Regla.JUEZ, (
            f"el juez no usa la fixture `{fixture}` y reto.toml dice motor = \"{reto.motor}\": "
            f"pide `{fixture}` en la prueba y explora con ella, o corrige 'motor'"))]
    return []


def _revisar_solucion(reto: Reto, solucion: Path) -> list[Falta]:
    if not solucion.is_dir():
        return [Falta(Regla.SOLUCION, (
            f"falta la carpeta de la solución {mostrar_ruta(solucion)}: crea en ella "
            f"{', '.join(reto.archivos)} reparados y {EXPLICACION}"))]
    faltas = []
    for nombre in reto.archivos:
        reparado = solucion / nombre
        if not reparado.is_file():
            faltas.append(Falta(Regla.SOLUCION, (
                f"falta {mostrar_ruta(reparado)}: cada archivo del alumno necesita su versión "
                "reparada con el mismo nombre")))
        elif reparado.read_bytes() == (reto.directorio / nombre).read_bytes():
            faltas.append(Falta(Regla.SOLUCION, (
                f"{mostrar_ruta(reparado)} es idéntico a la versión rota: o el caso ya está "
                "resuelto o la solución no arregla nada")))
    explicacion = solucion / EXPLICACION
    if not explicacion.is_file() or not explicacion.read_text(
            encoding="utf-8", errors="replace").strip():
        faltas.append(Falta(Regla.SOLUCION, (
            f"falta {mostrar_ruta(explicacion)} (o está vacío): explica el error, por qué "
            "pasa y el arreglo")))
    return faltas


def _revisar_sobrantes(reto: Reto, solucion: Path) -> list[Falta]:
    faltas = []
    permitidos = {*ARCHIVOS_DEL_CASO, *reto.archivos}
    sobran = sorted(_archivos_de(reto.directorio) - permitidos)
    if sobran:
        faltas.append(Falta(Regla.SOBRANTES, (
            f"sobra{'n' if len(sobran) > 1 else ''} en {mostrar_ruta(reto.directorio)}: "
            f"{', '.join(sobran)}. Un caso solo tiene reto.toml, caso.md, test_juez.py y los "
            "archivos de 'archivos': bórralos o añádelos a 'archivos'")))
    if solucion.is_dir():
        sobran = sorted(_archivos_de(solucion) - {*reto.archivos, EXPLICACION})
        if sobran:
            faltas.append(Falta(Regla.SOBRANTES, (
                f"sobra{'n' if len(sobran) > 1 else ''} en {mostrar_ruta(solucion)}: "
                f"{', '.join(sobran)}. La solución refleja uno a uno los archivos del alumno "
                f"más {EXPLICACION}: bórralos")))
    return faltas


def _revisar_estatico(directorio: Path, fuente: FuenteCatalogo) -> RevisionReto:
    revision = RevisionReto(nombre=directorio.name, directorio=directorio)
    solucion = fuente.soluciones / directorio.name
    try:
        reto = cargar_reto(directorio)
    except ErrorCatalogo as error:
        revision.faltas.append(Falta(Regla.METADATOS, f"{error}"))
        revision.faltas.extend(_revisar_caso_md(directorio))
        revision.faltas.extend(_revisar_pendientes(
            [directorio / n for n in ARCHIVOS_DEL_CASO] + [solucion / EXPLICACION]))
        return revision
    revision.reto = reto
    revision.faltas.extend(_revisar_pistas(reto))
    revision.faltas.extend(_revisar_caso_md(directorio))
    revision.faltas.extend(_revisar_pendientes(
        [directorio / n for n in (*ARCHIVOS_DEL_CASO, *reto.archivos)]
        + [solucion / n for n in (*reto.archivos, EXPLICACION)]))
    for nombre in reto.archivos:
        revision.faltas.extend(_revisar_archivo_alumno(directorio / nombre))
    revision.faltas.extend(_revisar_juez(reto))
    revision.faltas.extend(_revisar_solucion(reto, solucion))
    revision.faltas.extend(_revisar_sobrantes(reto, solucion))
    return revision


def _revisar_generales(fuente: FuenteCatalogo, revisiones: list[RevisionReto]) -> list[Falta]:
    faltas = []
    casos = {r.nombre for r in revisiones}
    for hijo in sorted(fuente.retos.iterdir()):
        if (hijo.is_dir() and not _NOMBRE_CASO.match(hijo.name)
                and hijo.name not in _IGNORADOS and not hijo.name.startswith(".")):
            faltas.append(Falta(Regla.CATALOGO, (
                f"la carpeta {mostrar_ruta(hijo)} no es un caso (los casos se llaman NN_slug, "
                "como 03_mi_caso) y se ignora: renómbrala o sácala del catálogo")))
    if fuente.soluciones.is_dir():
        for hijo in sorted(fuente.soluciones.iterdir()):
            if (hijo.is_dir() and hijo.name not in casos and hijo.name not in _IGNORADOS
                    and not hijo.name.startswith(".")):
                faltas.append(Falta(Regla.CATALOGO, (
                    f"la solución {mostrar_ruta(hijo)} no tiene caso en "
                    f"{mostrar_ruta(fuente.retos)}: bórrala o renómbrala como su caso")))
    por_numero: dict[int, list[RevisionReto]] = {}
    for revision in revisiones:
        if revision.reto is not None:
            por_numero.setdefault(revision.reto.numero, []).append(revision)
    for numero, repetidos in por_numero.items():
        if len(repetidos) > 1:
            nombres = ", ".join(r.nombre for r in repetidos)
            for revision in repetidos:
                revision.faltas.append(Falta(Regla.CATALOGO, (
                    f"el número {numero} está repetido ({nombres}): cada caso necesita el suyo; "
                    "renumera la carpeta y 'numero' de reto.toml")))
    return faltas


# -- veredictos ----------------------------------------------------------------------------


Comprobador = Callable[..., object]  # la firma de verificador.ejecucion.comprobar_reto


def _puede_juzgarse(revision: RevisionReto, fuente: FuenteCatalogo) -> bool:
    reto = revision.reto
    if reto is None or not reto.juez.is_file():
        return False
    arbol = _analizar(reto.juez)
    if isinstance(arbol, str) or not any(
            isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name.startswith("test")
            for n in arbol.body):
        return False  # pytest no juzgaría nada: ya lo dice la regla `juez`
    solucion = fuente.soluciones / reto.nombre
    return all((solucion / n).is_file() for n in reto.archivos)


def _juzgar(reto: Reto, carpeta: Path, version: str, semilla: int,
            comprobar: Comprobador) -> Prueba:
    informe = comprobar(reto.juez, carpeta, reto.archivos, semilla=semilla,
                        repeticiones=reto.repeticiones, tiempo_limite_s=reto.tiempo_limite_s)
    veredicto: Veredicto = informe.veredicto  # type: ignore[attr-defined]
    evidencia = informe.evidencia  # type: ignore[attr-defined]
    resumen = (evidencia.resumen if evidencia is not None else "").strip()
    return Prueba(version, semilla, veredicto,
                  resumen.splitlines()[0] if resumen else veredicto.descripcion)


def _intentos(revision: RevisionReto, fuente: FuenteCatalogo) -> dict[str, Intento]:
    """Los intentos con veredicto esperado del caso; los mal escritos, como faltas."""
    if revision.reto is None:
        return {}
    carpeta = carpeta_de_intentos(fuente.retos.parent, revision.reto)
    if carpeta is None:
        return {}
    try:
        return {i.nombre: i for i in intentos_de(carpeta)}
    except ErrorIntento as error:
        revision.faltas.append(Falta(Regla.INTENTOS, (
            f"{mostrar_ruta(carpeta)}/{error}")))
        return {}


def _calificar(revision: RevisionReto, k: int, intentos: dict[str, Intento] | None = None) -> None:
    """Convierte los veredictos de `revision.pruebas` en faltas."""
    for prueba in revision.pruebas:
        if prueba.version.startswith("intento:"):
            intento = (intentos or {})[prueba.version.removeprefix("intento:")]
            if not intento.acierta(prueba.veredicto):
                revision.faltas.append(Falta(Regla.INTENTOS, (
                    f"el intento {intento.ruta.name} recibió «{prueba.veredicto.value}» con la "
                    f"semilla {prueba.semilla} y espera «{intento.texto_esperado}» "
                    f"({prueba.resumen}). Si el intento está bien etiquetado, el juez se "
                    "equivoca: endurécelo (o deja de exigir una solución concreta)")))
        elif prueba.version == "rota":
            if prueba.veredicto is Veredicto.APROBADO:
                revision.faltas.append(Falta(Regla.ROTO_FALLA, (
                    f"la versión rota APROBÓ con la semilla {prueba.semilla}: el juez no "
                    "detecta el fallo en todas las ejecuciones. Endurece el juez (más "
                    "planificaciones, parámetros que lo provoquen siempre)")))
            elif prueba.veredicto in (Veredicto.ERROR_INTERNO, Veredicto.NO_CARGA):
                revision.faltas.append(Falta(Regla.ROTO_FALLA, (
                    f"la versión rota dio «{prueba.veredicto.titulo}» con la semilla "
                    f"{prueba.semilla} ({prueba.resumen}): debe fallar por el error de "
                    "concurrencia del caso, no por el juez ni por no cargar")))
        elif prueba.veredicto is not Veredicto.APROBADO:
            revision.faltas.append(Falta(Regla.SOLUCION_APRUEBA, (
                f"la solución no aprobó con la semilla {prueba.semilla}: "
                f"«{prueba.veredicto.titulo}» ({prueba.resumen}). Arregla la solución o el "
                f"juez; ha de aprobar en los {k} veredictos")))


def revisar_catalogo(
    fuente: FuenteCatalogo,
    *,
    veredictos: int,
    semilla: int,
    numero: int | None = None,
    trabajos: int = 1,
    comprobar: Comprobador | None = None,
    al_avance: Callable[[int, int], None] | None = None,
) -> Revision:
    """Revisa cada caso de `fuente` (o solo el `numero`) con `veredictos` semillas.

    Semillas: `semilla`, `semilla + 1`, ... (así una revisión se repite entera).
    `comprobar` es `verificador.ejecucion.comprobar_reto` salvo en las pruebas.
    Lanza ErrorCatalogo si la carpeta no existe o el número no está.
    """
    if not fuente.retos.is_dir():
        raise ErrorCatalogo(
            f"la carpeta de retos {mostrar_ruta(fuente.retos)} ({fuente.origen}) no existe")
    if comprobar is None:
        from verificador.ejecucion import comprobar_reto

        comprobar = comprobar_reto
    revision = Revision(fuente=fuente, veredictos=veredictos, semilla=semilla)
    carpetas = sorted(h for h in fuente.retos.iterdir()
                      if h.is_dir() and _NOMBRE_CASO.match(h.name))
    revisiones = [_revisar_estatico(c, fuente) for c in carpetas]
    revision.generales = _revisar_generales(fuente, revisiones)
    if not revisiones:
        revision.generales.append(Falta(Regla.CATALOGO, (
            f"no hay ningún caso en {mostrar_ruta(fuente.retos)}: crea uno con "
            "`verificar autor nuevo NOMBRE --retos RUTA`")))
    if numero is not None:
        revisiones = [r for r in revisiones if r.reto is not None and r.reto.numero == numero]
        if not revisiones:
            raise ErrorCatalogo(f"no hay ningún caso con número {numero} válido en "
                                f"{mostrar_ruta(fuente.retos)}")
        revision.generales = []  # los problemas del catálogo no son de este caso
    revision.retos = revisiones
    semillas = [semilla + i for i in range(veredictos)]
    juzgables = [r for r in revisiones if _puede_juzgarse(r, fuente)]
    intentos = {r.nombre: _intentos(r, fuente) for r in juzgables}
    for r in juzgables:
        r.esperados = {n: i.esperados for n, i in intentos[r.nombre].items()}
    tareas = [
        (r, version, s)
        for r in juzgables
        for version in ("rota", "solucion", *(f"intento:{n}" for n in intentos[r.nombre]))
        for s in semillas
    ]
    hechos = 0
    cerrojo = threading.Lock()

    def una(tarea: tuple[RevisionReto, str, int]) -> Prueba:
        nonlocal hechos
        r, version, s = tarea
        assert r.reto is not None
        solucion = fuente.soluciones / r.nombre
        if version.startswith("intento:"):
            intento = intentos[r.nombre][version.removeprefix("intento:")]
            with preparar(intento, r.reto, solucion) as carpeta:
                prueba = _juzgar(r.reto, carpeta, version, s, comprobar)
        else:
            carpeta = r.directorio if version == "rota" else solucion
            prueba = _juzgar(r.reto, carpeta, version, s, comprobar)
        with cerrojo:
            hechos += 1
            if al_avance is not None:
                al_avance(hechos, len(tareas))
        return prueba

    if al_avance is not None:
        al_avance(0, len(tareas))
    with ThreadPoolExecutor(max_workers=max(1, trabajos)) as grupo:
        pruebas = list(grupo.map(una, tareas))
    for (r, _, _), prueba in zip(tareas, pruebas, strict=True):
        r.pruebas.append(prueba)
    for r in revisiones:
        if r.pruebas:
            _calificar(r, veredictos, intentos.get(r.nombre))
    return revision
