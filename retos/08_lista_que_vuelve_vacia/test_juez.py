"""Juez del reto 8: lo que añaden los hijos tiene que verlo el proceso principal.

Formas que garantiza cada veredicto (2 repeticiones):
- los lotes (cuántos y qué valores) salen de `alumno.rng`: una lista escrita a
  mano no pasa; 2 a 4 lotes de 3 a 8 inscripciones, y 4 lotes en la primera
  repetición (más procesos que núcleos: las escrituras se cruzan);
- en la segunda repetición, un lote grande (`LOTE_GRANDE`): con las tuberías
  de una página que el motor da a las `multiprocessing.Queue` en los jueces
  (`verificador/procesos/tubos.py`), no cabe en la tubería, así que quien
  cambia el Manager por una Queue y hace `join()` antes de vaciarla se cuelga
  en cada veredicto (el hijo no termina hasta que su tubería se vacía);
- con perturbación sembrada: quien lee un dato de un proxy de Manager
  (`registro["todas"]`, `ns.lista`) sin un candado común a todos los procesos
  espera a que otro lo escriba, así que `d[k] += [v]` pierde inscripciones en
  cada veredicto (`carrera`), y con `with candado:` compartido nunca;
- al menos un proceso hijo entrega inscripciones a otro proceso, y si las
  entregan varios, al menos 2 a la vez (arrancar y esperar cada uno dentro del
  bucle es `sin_concurrencia`; un Pool puede dar todo a un solo trabajador);
- ningún proceso hijo del alumno (salvo los trabajadores de un Pool o de un
  ProcessPoolExecutor) arranca sin entregar nada: uno solo que inscribe todos
  los lotes con los demás de adorno es `sin_concurrencia`;
- cada inscripción devuelta tiene que haberla enviado un hijo (reconstruir la
  lista en el principal a partir de los lotes es `sin_concurrencia`);
- en la primera repetición, una segunda ejecución con los hijos en serie, en
  el orden en que se arrancaron (`serie=True`): el primero acaba antes de que
  empiecen los demás, así que dejar de recoger al ver el fin del primero (un
  centinela que pone un solo productor) es `incompleto` en cada veredicto.
Se compara como multiconjunto: el orden entre procesos no está garantizado,
pero no puede faltar ni repetirse nada.

Clases de error y la forma que las alcanza en cada veredicto:
- lista normal en vez de `Manager().list()` (el caso), o una lista normal
  dentro de un `Manager().dict()`: cualquier lote (`incompleto`);
- `d[k] += [v]` o `ns.lista += ...` sobre un proxy sin candado común:
  perturbación sembrada (`carrera`);
- leer el proxy antes del `join`, o `join(timeout=...)` corto: los hijos se
  retrasan con la perturbación (`incompleto`);
- un centinela de fin que pone un solo productor: la ejecución en serie
  (`incompleto`);
- una Queue esperada con `join()` antes de vaciarla: el lote grande (`cuelgue`);
- en serie, hijos de adorno o lista reconstruida en main: solapamiento,
  señuelos y origen (`sin_concurrencia`).
"""

from __future__ import annotations

from collections import Counter

from verificador.juez import Veredicto

# Inscripciones del lote grande: 19 bytes cada una en la tubería de una Queue (pickle y
# cabecera), así que cualquier cantidad de este rango pasa de los 4 KiB de la tubería.
LOTE_GRANDE = (400, 600)
MUESTRA = 12  # inscripciones que se enseñan en la evidencia


def _resumen(valores: list[int]) -> str:
    """Una lista larga, acotada para la evidencia."""
    if len(valores) <= MUESTRA:
        return repr(valores)
    return f"[{', '.join(map(repr, valores[:MUESTRA]))}, …] ({len(valores)} en total)"


def test_todas_las_inscripciones_llegan(alumno, procesos):
    n_lotes = 4 if procesos.repeticion == 1 else alumno.rng.randint(2, 4)
    lotes = [
        [alumno.rng.randint(1000, 9999) for _ in range(alumno.rng.randint(3, 8))]
        for _ in range(n_lotes)
    ]
    if procesos.repeticion == 2:
        grande = alumno.rng.randrange(n_lotes)
        lotes[grande] = [alumno.rng.randint(1000, 9999) for _ in range(alumno.rng.randint(*LOTE_GRANDE))]
    esperado = sorted(v for lote in lotes for v in lote)
    procesos.anotar(lotes=n_lotes, inscripciones=len(esperado))
    alumno.anotar_parametros(lotes=[lote if len(lote) <= MUESTRA else f"{len(lote)} inscripciones" for lote in lotes])
    ejecucion = procesos.ejecutar({"lotes": lotes}, minimo_procesos=1, tiempo_limite_s=20,
                                  quietud_s=1.0)
    obtenido = ejecucion.valor
    procesos.exigir(
        isinstance(obtenido, list),
        "main no devolvió una lista",
        veredicto=Veredicto.INCOMPLETO,
        esperado=f"una lista con {len(esperado)} inscripciones",
        obtenido=repr(obtenido)[:200],
    )
    faltan = Counter(esperado) - Counter(obtenido)
    sobran = Counter(obtenido) - Counter(esperado)
    procesos.exigir(
        not (faltan and (ejecucion.carreras or ejecucion.sin_candado)),
        f"Se perdieron {sum(faltan.values())} inscripciones: dos procesos leyeron el mismo "
        "dato del Manager y uno escribió encima del otro",
        esperado=_resumen(esperado),
        obtenido=_resumen(sorted(obtenido, key=repr)),
        explicacion="Leer un elemento de un proxy de Manager, cambiarlo y volver a "
        "escribirlo son dos viajes al Manager: otro proceso puede escribir entre medias y "
        "su cambio se pierde. Usa operaciones de un solo viaje (`lista.append(x)`) o "
        "rodea leer-cambiar-escribir con un mismo candado compartido por todos.",
    )
    procesos.exigir(
        not faltan,
        f"Al proceso principal le llegaron {len(obtenido)} de {len(esperado)} inscripciones",
        veredicto=Veredicto.INCOMPLETO,
        esperado=_resumen(esperado),
        obtenido=_resumen(sorted(obtenido, key=repr)),
        explicacion="Los procesos hijos trabajaron (su código se ejecutó), pero lo que "
        "añadieron no llegó al proceso principal.",
    )
    procesos.exigir(
        not sobran,
        "La lista final tiene inscripciones repetidas o que no estaban en ningún lote",
        esperado=_resumen(esperado),
        obtenido=_resumen(sorted(obtenido, key=repr)),
    )
    procesos.exigir_origen(obtenido, "inscripciones")
    procesos.exigir_procesos(1)
    procesos.exigir_sin_senuelos(valores=obtenido)
    procesos.exigir_solapamiento(2)
    if procesos.repeticion == 1:
        # Y otra vez, con los hijos acabando de uno en uno en el orden en que arrancaron (lo
        # normal en una máquina tranquila): el primero termina antes de que empiece el resto.
        en_serie = procesos.ejecutar({"lotes": lotes}, minimo_procesos=1, tiempo_limite_s=20, serie=True)
        recibidas = en_serie.valor if isinstance(en_serie.valor, list) else []
        faltan = Counter(esperado) - Counter(recibidas)
        procesos.exigir(
            not faltan,
            f"Con los procesos terminando en el orden en que arrancaron, al principal le "
            f"llegaron {len(recibidas)} de {len(esperado)} inscripciones",
            veredicto=Veredicto.INCOMPLETO,
            esperado=_resumen(esperado),
            obtenido=_resumen(sorted(recibidas, key=repr)),
            explicacion="El principal dejó de recoger antes de que acabaran todos los procesos "
            "(por ejemplo, al ver el aviso de fin del primero): espera a que termine cada uno, "
            "o un aviso de fin por cada proceso.",
            ejecucion=en_serie,
        )
