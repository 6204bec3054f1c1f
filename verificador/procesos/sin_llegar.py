"""`explorar` con procesos: de qué clase es el fallo del programa principal.

Cuando el programa principal falla (un `assert`, un `IndexError`...), el motor
mira lo que sabe de esa ejecución antes de llamarlo `excepcion`:

- si forzó una actualización perdida de un dato compartido (`carreras`), el
  fallo es una `carrera`: el valor que el principal leyó es el de una escritura
  que pisó otra;
- si un hijo cambió su propia copia de una lista o un diccionario, o un Pool se
  terminó con tareas sin acabar (`perdidos`), y la línea que falló lee ese
  objeto por su nombre, es `incompleto`: el principal usó resultados que nunca
  le llegaron;
- si el principal vio vacía una cola (`while not cola.empty()`,
  `get_nowait()` sin nada) en la que al final quedaron elementos que pusieron
  los hijos y nadie leyó, es `incompleto`: dio los resultados por leídos antes
  de que llegaran.

No se mira el texto de la aserción: solo las pruebas que dejó la
instrumentación y el código de la línea que falló. Sin esas pruebas (un
`assert 1 == 2` que no tiene que ver con los hijos) sigue siendo `excepcion`.
"""

from __future__ import annotations

import linecache
import os
import re
from pathlib import Path
from typing import Any

from verificador.procesos import diagnostico as _diag
from verificador.procesos import juicio
from verificador.procesos.ejecutor import Ejecucion
from verificador.procesos.estado import EstadoProceso
from verificador.veredictos import Evidencia, Paso, Veredicto

_MARCO = re.compile(r'^\s*File "([^"]+)", line (\d+)', re.M)
_NOMBRE = re.compile(r"[A-Za-z_]\w*")
_PALABRAS = frozenset({"assert", "print", "len", "sorted", "sum", "list", "dict", "set", "in",
                       "not", "and", "or", "is", "None", "True", "False", "range", "if"})


def _linea_que_fallo(ejecucion: Ejecucion) -> tuple[str, int, str] | None:
    """(archivo, línea, código) del último marco del alumno en la traza del principal."""
    traza = str((ejecucion.resultado or {}).get("traza") or "")
    alumnos = set(ejecucion.alumnos)
    ultimo = None
    for m in _MARCO.finditer(traza):
        if m.group(1) in alumnos:
            ultimo = (m.group(1), int(m.group(2)))
    if ultimo is None:
        return None
    return ultimo[0], ultimo[1], linecache.getline(ultimo[0], ultimo[1]).strip()


def _traza(ejecucion: Ejecucion) -> str | None:
    traza = str((ejecucion.resultado or {}).get("traza") or "")
    return _diag.recortar_traza(traza, ejecucion.alumnos) if traza else None


def _procesos(nombres: list[str]) -> str:
    unicos = sorted(set(nombres))
    if len(unicos) == 1:
        return unicos[0]
    return ", ".join(unicos[:-1]) + " y " + unicos[-1]


def _donde(registro: dict[str, Any]) -> tuple[str, str]:
    """(«archivo:línea», « (`código`)») del dato de un registro de los procesos."""
    archivo, linea = str(registro.get("archivo", "")), int(str(registro.get("linea") or 0))
    codigo = linecache.getline(archivo, linea).strip()
    return f"{Path(archivo).name}:{linea}", f" (`{codigo}`)" if codigo else ""


def carrera(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia]:
    """La actualización perdida que forzó la perturbación, con el dato y los procesos."""
    primera = ejecucion.carreras[0]
    donde, dato = _donde(primera)
    actores = _procesos([str(c.get("actor")) for c in ejecucion.carreras])
    return Veredicto.CARRERA, juicio.evidencia(
        Veredicto.CARRERA,
        ejecucion,
        f"Se perdió una actualización de un dato compartido entre procesos{dato} en "
        f"{donde}: {actores} lo escribieron a partir de lecturas que otro "
        "proceso ya había cambiado.",
        explicacion="Un proceso leyó el dato, otro lo cambió, y el primero escribió "
        "encima el valor calculado con lo que había leído: el cambio del otro se "
        "perdió. Leer, calcular y escribir debe hacerse con un mismo candado que "
        "tengan todos los procesos (por ejemplo `with valor.get_lock():`).",
        esperado=f"escribir a partir de {primera.get('visto')}",
        obtenido=f"leyó {primera.get('leido')} y escribió {primera.get('escrito')}",
        ubicacion=donde,
    )


def _a_la_vez(ejecucion: Ejecucion) -> bool:
    """¿Dos procesos que leyeron y escribieron sin candado en la misma línea pudieron estar
    vivos a la vez? (el orden del programa, no la hora: `EstadoProceso.pudo_coincidir`)"""
    procesos = {p.pid: p for p in ejecucion.procesos}
    por_linea: dict[tuple[object, object], list[EstadoProceso]] = {}
    for c in ejecucion.sin_candado:
        if c.get("pid") in procesos:
            por_linea.setdefault((c.get("archivo"), c.get("linea")), []).append(procesos[c["pid"]])
    return any(a.pid != b.pid and a.pudo_coincidir(b)
               for grupo in por_linea.values() for i, a in enumerate(grupo) for b in grupo[i + 1:])


def sin_candado(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia] | None:
    """`carrera` si una comprobación del principal falló y dos o más procesos leyeron y
    escribieron un mismo dato de un Manager sin un candado común (`rmw-<pid>.json`): la
    actualización perdida explica el fallo aunque esta vez la perturbación no la viera
    pisar (con la máquina cargada, los procesos se cruzan también fuera de su espera)."""
    resultado = ejecucion.resultado or {}
    if resultado.get("tipo") != "AssertionError" or not _a_la_vez(ejecucion):
        return None
    donde, dato = _donde(ejecucion.sin_candado[0])
    return Veredicto.CARRERA, juicio.evidencia(
        Veredicto.CARRERA,
        ejecucion,
        f"{len(ejecucion.sin_candado)} procesos leyeron y escribieron el mismo dato de un "
        f"Manager sin un candado común{dato} en {donde}, y una "
        "comprobación del programa falló: se perdió una actualización.",
        explicacion="Leer un dato de un proxy de Manager, cambiarlo y volver a escribirlo son "
        "dos viajes al Manager: otro proceso puede escribir entre medias y su cambio se "
        "pierde. Rodea leer-cambiar-escribir con un mismo candado compartido por todos.",
        traza=_traza(ejecucion),
        ubicacion=donde,
    )


def desorden(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia]:
    """El principal falló tras recibir los resultados de un pool en otro orden que la entrada."""
    primero = ejecucion.desordenes[0]
    archivo, linea = str(primero.get("archivo") or ""), int(str(primero.get("linea") or 0))
    donde = f" en {Path(archivo).name}:{linea}" if archivo else ""
    return Veredicto.CARRERA, juicio.evidencia(
        Veredicto.CARRERA,
        ejecucion,
        f"Los resultados del pool{donde} llegaron en otro orden que las tareas y el programa "
        "falló: daba por hecho que acaban en el orden en que se enviaron.",
        explicacion="`imap_unordered`, los `callback` de `apply_async` y `as_completed` "
        "entregan cada resultado cuando su tarea acaba, y eso depende de cómo se turnan los "
        "procesos (la carga de la máquina, una tarea más lenta). Si el orden importa, usa "
        "`map`/`imap` (conservan el de la entrada), guarda cada resultado con su índice o "
        "su clave, u ordénalos después.",
        ubicacion=f"{Path(archivo).name}:{linea}" if archivo else None,
    )


def incompleto(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia] | None:
    """`incompleto` si la línea que falló lee un resultado que los hijos no entregaron."""
    fallo = _linea_que_fallo(ejecucion)
    if fallo is None:
        return None
    archivo, linea, codigo = fallo
    leidos = set(_NOMBRE.findall(codigo)) - _PALABRAS
    donde = f"{os.path.basename(archivo)}:{linea}"
    copias = [c for c in ejecucion.perdidos.get("copias", [])
              if any(o in leidos for o in c.get("objetos", []))]
    if copias:
        return _copias(ejecucion, copias, leidos, donde, codigo)
    pendientes = [p for p in ejecucion.perdidos.get("pendientes", []) if p.get("destino") in leidos]
    if pendientes:
        return _pendientes(ejecucion, pendientes, donde, codigo)
    if ejecucion.colas_vacias:
        return _cola_vacia(ejecucion, ejecucion.colas_vacias[0], donde)
    return None


def _cola_vacia(ejecucion: Ejecucion, vacia: dict[str, Any], donde: str) -> tuple[Veredicto, Evidencia]:
    base, linea = os.path.basename(str(vacia.get("archivo"))), int(str(vacia.get("linea") or 0))
    codigo = linecache.getline(str(vacia.get("archivo")), linea).strip()
    nombre = f"`{vacia['nombre']}`" if vacia.get("nombre") else "una Queue"
    sin_leer = int(str(vacia.get("sin_leer") or 0))
    return Veredicto.INCOMPLETO, juicio.evidencia(
        Veredicto.INCOMPLETO,
        ejecucion,
        f"El programa principal dio por vacía la cola {nombre} en {base}:{linea}"
        f"{f' (`{codigo}`)' if codigo else ''} antes de que llegaran los resultados: "
        f"{sin_leer} elemento(s) que pusieron los procesos no los leyó nadie, y el principal "
        f"falló en {donde}.",
        explicacion="`empty()` (o `get_nowait()`) solo dice cómo está la cola en ese "
        "instante: arrancar un proceso tarda, y sus resultados llegan después. Para saber "
        "que ya están todos, lee tantos elementos como se esperan (un `get()` por cada "
        "uno), o que cada productor ponga un centinela al acabar y lee hasta verlos todos.",
        obtenido=str((ejecucion.resultado or {}).get("mensaje") or "") or None,
        ubicacion=f"{base}:{linea}",
        traza=_traza(ejecucion),
    )


def _copias(ejecucion: Ejecucion, copias: list[dict[str, Any]], leidos: set[str], donde: str,
            codigo: str) -> tuple[Veredicto, Evidencia]:
    objeto = next(o for o in copias[0]["objetos"] if o in leidos)
    actores = _procesos([str(c.get("actor")) for c in copias])
    funcion = copias[0].get("funcion", "?")
    origen = copias[0].get("archivo")
    pasos = []
    if origen:
        base = os.path.basename(str(origen))
        linea = int(str(copias[0].get("linea") or 0))
        pasos.append(Paso("MainProcess", base, linea, linecache.getline(str(origen), linea).strip(),
                          f"lanza {funcion} con `{objeto}`: el hijo recibe una copia"))
    pasos.append(Paso(actores, "", 0, "", f"{funcion} cambia su copia de `{objeto}` y termina"))
    pasos.append(Paso("MainProcess", donde.split(":")[0], int(donde.split(":")[1]), codigo,
                      f"lee `{objeto}`: no tiene nada de lo que hicieron los hijos"))
    ev = juicio.evidencia(
        Veredicto.INCOMPLETO,
        ejecucion,
        f"El programa principal usó `{objeto}` en {donde}, pero el trabajo de {actores} no llegó "
        f"nunca: {'cada uno cambió su' if len(copias) > 1 else 'cambió su'} propia copia de `{objeto}` ({funcion}).",
        explicacion="Cada proceso tiene su propia memoria: una lista o un diccionario normales "
        "que se pasan a un Process (o que el hijo toma de las variables globales) se copian, y "
        "lo que el hijo les añade se queda en su copia. Para traer resultados de vuelta usa una "
        "Queue, un Manager().list()/dict() o los valores que devuelve Pool.map.",
        obtenido=str((ejecucion.resultado or {}).get("mensaje") or "") or None,
        ubicacion=donde,
        traza=_traza(ejecucion),
    )
    ev.linea_tiempo = pasos
    return Veredicto.INCOMPLETO, ev


def _pendientes(ejecucion: Ejecucion, pendientes: list[dict[str, Any]], donde: str,
                codigo: str) -> tuple[Veredicto, Evidencia]:
    p, base, linea, tareas = _encargo(pendientes)
    return Veredicto.INCOMPLETO, juicio.evidencia(
        Veredicto.INCOMPLETO,
        ejecucion,
        f"El Pool se terminó con {tareas} tarea(s) de {p.get('metodo')}({p.get('funcion')}) "
        f"sin acabar ({base}:{linea}): sus resultados no llegaron a `{p.get('destino')}`, y el "
        f"programa principal lo usó en {donde}.",
        explicacion="Salir del `with Pool(...)` llama a terminate(): mata a los trabajadores "
        "aunque queden tareas. apply_async/map_async no esperan a nada; hay que recoger cada "
        "resultado con .get() (o llamar a pool.close() y pool.join()) antes de cerrar el Pool "
        "y de usar los resultados.",
        obtenido=str((ejecucion.resultado or {}).get("mensaje") or "") or None,
        ubicacion=f"{base}:{linea}",
        traza=_traza(ejecucion),
    )


def _encargo(pendientes: list[dict[str, Any]]) -> tuple[dict[str, Any], str, int, int]:
    """El primer registro de tareas sin acabar, su archivo y línea, y cuántas tareas suman todos."""
    p = pendientes[0]
    base, linea = os.path.basename(str(p.get("archivo"))), int(str(p.get("linea") or 0))
    return p, base, linea, sum(int(str(x.get("tareas") or 0)) for x in pendientes)


def pool_tirado(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia] | None:
    """Un Pool terminado (el `with`, `terminate()` o el final del programa) sin que acabara
    ninguna de las tareas que el alumno le encargó con apply_async/map_async: aunque el
    principal no falle, anunció o usó sus resultados sin esperarlos (se perdieron todos).

    Si alguna sí acabó (el principal esperó el primer resultado y luego terminó el Pool a
    propósito, «el primero que acabe gana»), no es esto."""
    tirados = [p for p in ejecucion.perdidos.get("pendientes", [])
               if p.get("entregados") == 0 and int(str(p.get("tareas") or 0)) > 0]
    if not tirados:
        return None
    p, base, linea, tareas = _encargo(tirados)
    destino = f" Sus resultados debían llegar a `{p['destino']}`." if p.get("destino") else ""
    ev = juicio.evidencia(
        Veredicto.INCOMPLETO,
        ejecucion,
        f"El Pool se terminó con {tareas} tarea(s) de {p.get('metodo')}({p.get('funcion')}) "
        f"sin acabar ({base}:{linea}) y ninguna de las que se le encargaron había acabado: "
        f"nadie esperó a ese trabajo y se perdió entero.{destino}",
        explicacion="apply_async/map_async no esperan a nada. Salir del `with Pool(...)` llama "
        "a terminate(), y al acabar el programa un Pool sin join() también se termina: mata a "
        "los trabajadores aunque queden tareas. Recoge cada resultado con .get(), o llama a "
        "pool.close() y pool.join() antes de cerrar el Pool y de usar lo que llenan los callback.",
        ubicacion=f"{base}:{linea}",
    )
    ev.linea_tiempo = [Paso("MainProcess", base, linea, linecache.getline(str(p.get("archivo")), linea).strip(),
                            f"encarga {p.get('funcion')} al Pool y no espera su resultado")]
    return Veredicto.INCOMPLETO, ev


def adelantada(ejecucion: Ejecucion) -> tuple[Veredicto, Evidencia] | None:
    """El principal leyó un dato que los hijos aún no habían escrito y no lo volvió a leer.

    Lo anota `adelantadas.py` (con los hijos retenidos por `retencion.py`): aunque
    el principal no falle, usó (imprimió, sumó, devolvió) un resultado a medio hacer.
    """
    if not ejecucion.adelantadas:
        return None
    primera = ejecucion.adelantadas[0]
    donde = f"{os.path.basename(str(primera.get('archivo')))}:{primera.get('linea')}"
    nombre = primera.get("nombre")
    return Veredicto.INCOMPLETO, juicio.evidencia(
        Veredicto.INCOMPLETO,
        ejecucion,
        f"El programa principal leyó `{nombre}` ({donde}) antes de que terminaran los "
        f"procesos que lo llenan: entonces valía {primera.get('antes')}; al final, "
        f"{primera.get('despues')}.",
        explicacion="Nada garantiza que un proceso hijo haya hecho su trabajo hasta que lo "
        "esperas: `join()` de TODOS los que escriben ese dato, `get()` de su resultado, o "
        "`close()` y `join()` del pool antes de leer lo que llenan los `callback`. Un "
        "`time.sleep` no es esperar: en una máquina cargada el hijo llega más tarde. Aquí "
        "los hijos no entregaron nada hasta que el principal esperó (el programa solo "
        "funciona si ningún proceso se retrasa).",
        esperado="leer después de esperar a los procesos que lo escriben",
        obtenido=f"leído en {donde} con el trabajo a medias",
        ubicacion=donde,
    )
