"""Calificar una carpeta de entregas: cada caso de cada alumno, en paralelo y aislado.

Invariantes (lo que hace creíble la nota):

- De una entrega solo se usan los archivos del alumno (`archivos` de cada
  reto.toml del catálogo del DOCENTE), copiados a una carpeta privada por caso:
  el juez, los metadatos, los puntos y los costes de las pistas salen siempre
  del catálogo instalado. Un test_juez.py editado, un conftest.py o un
  reto.toml con más puntos en la entrega no se leen.
- Cada veredicto es `comprobar_reto` (un pytest hijo en la caja de arena, con
  límites de memoria, procesos, archivo y salida, y tiempo límite): un intento
  que se cuelga, revienta o se multiplica da su veredicto y el lote sigue. La
  carpeta de entregas no se ve desde la caja, y la copia de cada caso se
  prepara justo antes de juzgarlo (en el /tmp privado del lote) y se borra
  después. Los hilos de este módulo solo esperan a esos hijos; un Ctrl-C los
  para a todos (`cancelar_todo`) y borra el temporal.
- Dos entregas con el mismo identificador (`ana/` y `ana.zip`) no se pisan:
  la segunda es `ana (2)`, con un aviso.
- Antes de ejecutar nada, `verificador.trampas` revisa el código: un hallazgo
  deja el caso en `trampa` (con archivo:línea) y no se ejecuta.
- La semilla del caso es `derivar_semilla(S, "calificar", reto)`: igual para
  todos los alumnos (mismos parámetros, competición justa), distinta por
  reto, y con la misma S el lote entero se repite. Cada caso informa de su
  semilla: `verificar reto N --semilla X` reproduce el veredicto.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from verificador.aula.clasificacion import clasificar
from verificador.aula.declaracion import Declaracion, leer_declaracion
from verificador.aula.entregas import (
    LIMITE_ARCHIVO_BYTES,
    MARCADOR,
    Entrega,
    abrir_entrega,
    descubrir_entregas,
    enlace_en_camino,
    identificadores_unicos,
)
from verificador.aula.modelo import (
    SIN_ENTREGA,
    SIN_INTENTAR,
    Calificacion,
    ResultadoAlumno,
    ResultadoCaso,
    RetoCalificado,
    Situacion,
)
from verificador.casos import Catalogo, Reto, mostrar_ruta
from verificador.ejecucion import InformeReto, comprobar_reto
from verificador.ejecucion.aislado import cancelar_todo
from verificador.juez.semillas import derivar_semilla
from verificador.puntuacion import Estado, puntuar
from verificador.trampas import evidencia_de_trampa, revisar_archivos
from verificador.veredictos import Evidencia, Veredicto

__all__ = ["Avance", "ErrorCalificar", "calificar", "juzgar_caso", "semilla_caso"]


class ErrorCalificar(Exception):
    """La carpeta de entregas no se puede usar; el mensaje dice qué hacer."""


@dataclass(frozen=True)
class Avance:
    """Un caso terminado: para la barra de progreso viva."""

    hechos: int
    total: int
    alumno: str
    reto: int
    veredicto: str


def semilla_caso(semilla: int, reto: Reto) -> int:
    return derivar_semilla(semilla, "calificar", reto.nombre)


def juzgar_caso(
    reto: Reto, directorio: Path, semilla: int, ocultar: tuple[Path, ...] = ()
) -> InformeReto:
    """El veredicto de un intento ya copiado a `directorio`, como `verificar reto N`.

    `ocultar`: carpetas que el intento no debe ver (la de las entregas).
    """
    return comprobar_reto(
        reto.juez, directorio, reto.archivos, semilla=semilla,
        repeticiones=reto.repeticiones, tiempo_limite_s=reto.tiempo_limite_s,
        ocultar=ocultar, revisar=False,  # ya lo revisó _preparar_caso
    )


@dataclass
class _Trabajo:
    indice_alumno: int
    reto: Reto
    entrega: Entrega
    directorio: Path
    semilla: int
    ocultar: tuple[Path, ...] = ()


def _juzgar_trabajo(trabajo: _Trabajo) -> ResultadoCaso:
    """Copia el caso justo antes de juzgarlo, lo revisa, lo juzga y borra la copia."""
    try:
        preparado = _preparar_caso(trabajo.entrega, trabajo.reto, trabajo.directorio,
                                   trabajo.semilla)
        if isinstance(preparado, ResultadoCaso):
            return preparado
        informe = juzgar_caso(trabajo.reto, preparado, trabajo.semilla, trabajo.ocultar)
        return _caso_juzgado(trabajo.reto, trabajo.semilla, informe)
    finally:
        shutil.rmtree(trabajo.directorio, ignore_errors=True)


def _preparar_caso(
    entrega: Entrega, reto: Reto, destino: Path, semilla: int
) -> ResultadoCaso | Path:
    """Copia los archivos del alumno a `destino`; devuelve la carpeta o el caso ya decidido."""
    base = ResultadoCaso(numero=reto.numero, nombre=reto.nombre, puntos_reto=reto.puntos,
                         veredicto=SIN_ENTREGA)
    assert entrega.raiz is not None
    problemas: list[str] = []
    for nombre in reto.archivos:
        relativa = f"retos/{reto.nombre}/{nombre}"
        ruta = entrega.raiz / relativa
        enlace = enlace_en_camino(entrega.raiz, relativa)
        if relativa in entrega.rechazados:
            problemas.append(f"{nombre} {entrega.rechazados[relativa]}")
        elif enlace is not None:
            problemas.append(f"{enlace} es un enlace simbólico")
        elif not ruta.is_file():
            problemas.append(f"falta {nombre}")
        elif ruta.stat().st_size > LIMITE_ARCHIVO_BYTES:
            problemas.append(f"{nombre} pasa de {LIMITE_ARCHIVO_BYTES // 1024} KiB")
    if problemas:
        base.motivo = "No se entregó: " + "; ".join(problemas) + "."
        return base
    if all((entrega.raiz / "retos" / reto.nombre / n).read_bytes()
           == (reto.directorio / n).read_bytes() for n in reto.archivos):
        base.veredicto = SIN_INTENTAR  # los originales (rotos): no hace falta juzgarlos
        return base
    copias = []
    for nombre in reto.archivos:
        copia = destino / nombre
        copia.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(entrega.raiz / "retos" / reto.nombre / nombre, copia)
        copias.append((copia, nombre))
    todos = revisar_archivos(copias)
    hallazgos = [h for h in todos if h.es_trampa]
    ilegibles = [h for h in todos if not h.es_trampa]
    if ilegibles and not hallazgos:
        primero = ilegibles[0]
        base.veredicto = Veredicto.NO_CARGA.value
        base.evidencia = Evidencia(
            resumen=f"{primero.archivo} no se puede leer como Python: {primero.regla}.",
            explicacion="Ni la revisión ni el intérprete pueden leer este archivo (sintaxis, "
            "codificación o bytes nulos), así que el caso no se ejecutó.",
            ubicacion=primero.ubicacion,
            detalles={"hallazgos": [h.a_dict() for h in ilegibles]},
        )
        base.motivo = f"No carga: {primero.ubicacion}: {primero.regla}."
        base.semilla = semilla
        return base
    if hallazgos:
        base.veredicto = Veredicto.TRAMPA.value
        base.evidencia = evidencia_de_trampa(hallazgos)
        base.motivo = f"Trampa en {hallazgos[0].ubicacion}: {hallazgos[0].regla}."
        base.semilla = semilla
        return base
    return destino


def _caso_juzgado(reto: Reto, semilla: int, informe: InformeReto) -> ResultadoCaso:
    return ResultadoCaso(
        numero=reto.numero, nombre=reto.nombre, puntos_reto=reto.puntos,
        veredicto=informe.veredicto.value, semilla=semilla, duracion_s=informe.duracion_s,
        repeticiones=informe.repeticiones, evidencia=informe.evidencia,
        parametros=informe.parametros,
    )


def _caso_roto(reto: Reto, semilla: int, error: BaseException) -> ResultadoCaso:
    return ResultadoCaso(
        numero=reto.numero, nombre=reto.nombre, puntos_reto=reto.puntos,
        veredicto=Veredicto.ERROR_INTERNO.value, semilla=semilla,
        evidencia=Evidencia(resumen="fallo del verificador: por favor repórtalo "
                            f"({type(error).__name__}: {error})"),
    )


def _puntuar(alumno: ResultadoAlumno, retos: tuple[Reto, ...], declaracion: Declaracion) -> None:
    """Puntos de cada caso aprobado menos lo declarado; pistas y fallidos para desempatar."""
    for reto in retos:
        eventos = declaracion.eventos.get(reto.nombre, [])
        cuenta = puntuar(reto.puntos, eventos)
        alumno.pistas += cuenta.pistas
        alumno.fallidos += sum(
            1 for e in eventos
            if e.tipo == "intento" and e.veredicto not in ("aprobado", "error_interno")
        )
        caso = alumno.caso(reto.numero)
        if caso is None or not caso.aprobado:
            continue
        if cuenta.estado is Estado.RENDIDO:
            caso.puntos, caso.descuento = 0, reto.puntos
            caso.motivo = "Aprobado, pero su progreso dice que se rindió antes: 0 puntos."
        else:
            caso.puntos = max(0, reto.puntos - cuenta.coste_pistas)
            caso.descuento = reto.puntos - caso.puntos


def calificar(
    carpeta: Path,
    catalogo: Catalogo,
    *,
    semilla: int,
    trabajos: int,
    leer_progreso: bool = True,
    al_inicio: Callable[[int], None] | None = None,
    al_avance: Callable[[Avance], None] | None = None,
) -> Calificacion:
    """Califica cada entrega de `carpeta` con el catálogo del docente.

    Si `carpeta` es ella misma un espacio de trabajo (tiene verificador.toml),
    es una sola entrega: el caso de GitHub Classroom y Gradescope, donde cada
    repositorio se califica en su propia máquina. `al_inicio(total)` y
    `al_avance(...)` se llaman desde este hilo (no desde los trabajadores).
    """
    if trabajos < 1:
        raise ValueError("trabajos debe ser al menos 1")
    if not carpeta.is_dir():
        raise ErrorCalificar(f"la carpeta de entregas {mostrar_ruta(carpeta)} no existe o no "
                             "es una carpeta")
    inicio = time.monotonic()
    momento = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    if (carpeta / MARCADOR).is_file():
        entradas, ignorados = [carpeta.resolve()], []
    else:
        entradas, ignorados = descubrir_entregas(carpeta)
    retos = catalogo.retos
    nombres, repetidos = identificadores_unicos(entradas)
    with tempfile.TemporaryDirectory(prefix="verificador-calificar-") as temporal:
        # Ni las entregas ni las copias de los demás (aunque TMPDIR no sea /tmp).
        ocultar = (carpeta.resolve(), Path(temporal).resolve())
        alumnos: list[ResultadoAlumno] = []
        trabajos_pendientes: list[_Trabajo] = []
        declaraciones: list[Declaracion] = []
        for i, origen in enumerate(entradas):
            privado = Path(temporal) / f"{i:05d}"
            entrega = abrir_entrega(origen, privado / "zip")
            entrega.alumno = nombres[i]
            alumno = ResultadoAlumno(alumno=entrega.alumno, origen=origen.name,
                                     situacion=entrega.situacion, motivo=entrega.motivo)
            alumnos.append(alumno)
            declaracion = Declaracion("ausente")
            if entrega.situacion is Situacion.VALIDA and entrega.raiz is not None:
                if leer_progreso:
                    declaracion = leer_declaracion(entrega.raiz, retos, privado / "progreso")
                else:
                    declaracion = Declaracion("ignorado")
                for reto in retos:
                    trabajos_pendientes.append(_Trabajo(
                        i, reto, entrega, privado / "casos" / reto.nombre,
                        semilla_caso(semilla, reto), ocultar))
            else:
                alumno.casos = [
                    ResultadoCaso(numero=r.numero, nombre=r.nombre, puntos_reto=r.puntos,
                                  veredicto=SIN_ENTREGA, motivo=entrega.situacion.descripcion)
                    for r in retos
                ]
            alumno.progreso, alumno.nota_progreso = declaracion.estado, declaracion.nota
            if i in repetidos:
                aviso = (f"identificador repetido: «{origen.name}» se califica como "
                         f"«{nombres[i]}»")
                alumno.nota_progreso = "; ".join(filter(None, [aviso, alumno.nota_progreso]))
            declaraciones.append(declaracion)

        total = len(trabajos_pendientes)
        if al_inicio is not None:
            al_inicio(total)
        _ejecutar(trabajos_pendientes, alumnos, trabajos, al_avance)
        for alumno, declaracion in zip(alumnos, declaraciones, strict=True):
            alumno.casos.sort(key=lambda c: c.numero)
            _puntuar(alumno, retos, declaracion)
    return Calificacion(
        retos=[RetoCalificado(r.numero, r.nombre, r.titulo, r.puntos) for r in retos],
        alumnos=clasificar(alumnos),
        semilla=semilla,
        momento=momento,
        trabajos=trabajos,
        duracion_s=time.monotonic() - inicio,
        catalogo=str(catalogo.directorio),
        ignorados=ignorados,
    )


def _ejecutar(
    pendientes: list[_Trabajo],
    alumnos: list[ResultadoAlumno],
    trabajos: int,
    al_avance: Callable[[Avance], None] | None,
) -> None:
    """Lanza los veredictos con `trabajos` a la vez; cada hilo solo espera a su hijo.

    Un Ctrl-C (o cualquier excepción) en este hilo cancela lo pendiente y para
    las ejecuciones en curso (`cancelar_todo`): se sale en menos de un segundo.
    """
    hechos = 0
    with ThreadPoolExecutor(max_workers=trabajos, thread_name_prefix="calificar") as grupo:
        futuros: dict[Future[ResultadoCaso], _Trabajo] = {
            grupo.submit(_juzgar_trabajo, t): t for t in pendientes
        }
        try:
            for futuro in as_completed(futuros):
                trabajo = futuros[futuro]
                try:
                    caso = futuro.result()
                except Exception as error:  # un fallo nuestro en un caso no para el lote
                    caso = _caso_roto(trabajo.reto, trabajo.semilla, error)
                alumno = alumnos[trabajo.indice_alumno]
                alumno.casos.append(caso)
                hechos += 1
                if al_avance is not None:
                    al_avance(Avance(hechos, len(futuros), alumno.alumno, caso.numero,
                                     caso.veredicto))
        except BaseException:
            grupo.shutdown(wait=False, cancel_futures=True)
            cancelar_todo()
            raise
