"""Las pruebas de un `incompleto` de asyncio: el trabajo que el programa usa no se hizo entero.

Cada función cuenta un caso con su evidencia (qué pasó, dónde y qué hacer) y
una clave que identifica el fallo para reducirlo y repetirlo:

- `cancelada`: se canceló una tarea antes de que hiciera el trabajo que se lee;
- `pendientes_al_salir`: estilo antiguo, el bucle volvió con tareas a medias y
  el programa acabó sin volver a correrlo;
- `uso_adelantado` y `comprobacion_adelantada`: main leyó o comprobó un dato
  con tareas a medias (`lecturas.py`).
"""

from __future__ import annotations

from verificador.asincrono.control import Cancelada, Control
from verificador.asincrono.lecturas import Lectura
from verificador.asincrono.traza import codigo, nombre_corto
from verificador.veredictos import Evidencia, Paso


def donde(archivo: str | None, linea: int | None) -> str:
    return f"{nombre_corto(archivo)}:{linea}" if archivo and linea else "¿?"


def cancelada(canceladas: list[Cancelada]) -> tuple[Evidencia, tuple[object, ...]]:
    """El alumno canceló una tarea antes de que hiciera el trabajo cuyo resultado lee."""
    k = canceladas[0]
    ubic = donde(k.archivo, k.linea)
    datos = ", ".join(f"`{d}`" for d in k.datos)
    que = (
        "antes de que empezara"
        if k.motivo == "sin_empezar"
        else "justo cuando le llegaba un elemento de la cola, sin dejar que lo procesara"
    )
    otras = len({x.actor for x in canceladas}) - 1
    mas = f" (y {otras} tarea(s) más)" if otras > 0 else ""
    return (
        Evidencia(
            resumen=f"Se canceló {k.actor} {que} ({ubic}){mas}, pero el programa lee lo que esa "
            f"tarea produce ({datos}): usa unos resultados de un trabajo que no llegó a hacerse.",
            explicacion="Una tarea creada solo corre cuando quien la creó cede el control (un "
            "await que espera de verdad); `put` en una cola sin límite no cede. Si el programa "
            "lee los resultados y cancela las tareas sin haberlas esperado (`await cola.join()`, "
            "`await asyncio.gather(...)`), lee lo que aún no se ha hecho y el trabajo se tira.",
            ubicacion=ubic,
            detalles={"canceladas": [
                {"tarea": x.actor, "motivo": x.motivo, "ubicacion": donde(x.archivo, x.linea),
                 "datos": list(x.datos)}
                for x in canceladas
            ]},
        ),
        ("cancelada", k.actor, k.motivo, k.linea),
    )


def pendientes_al_salir(c: Control) -> tuple[Evidencia, tuple[object, ...]]:
    """Estilo antiguo: run_until_complete volvió con tareas a medias y el programa acabó."""
    p = c.pendientes[0]
    tarea = next((t for t in c.tareas if c.nombre_de(t) == p.actor), None)
    origen = c.origenes.get(id(tarea)) if tarea is not None else None
    creada = f", creada en {donde(*origen)}" if origen else ""
    otras = f" (y {len(c.pendientes) - 1} tarea(s) más)" if len(c.pendientes) > 1 else ""
    if c.ultima_vuelta == "run_forever":
        vuelta = "El bucle se paró (loop.stop) y run_forever volvió"
        explicacion = (
            "`loop.run_forever()` corre el bucle solo hasta que alguien llama a `loop.stop()`: "
            "las tareas que no habían terminado se quedan paradas donde estaban. Para el bucle "
            "cuando el trabajo haya acabado (o espera las tareas con `run_until_complete`), no "
            "tras un tiempo que «seguro que basta»."
        )
    else:
        vuelta = "run_until_complete volvió cuando terminó su corrutina,"
        explicacion = (
            "`loop.run_until_complete(main())` solo corre el bucle hasta que main termina: "
            "las tareas que main creó y no esperó se quedan paradas donde estaban. Guarda las "
            "tareas y espéralas (await, asyncio.gather) antes de que main termine."
        )
    return (
        Evidencia(
            resumen=f"{vuelta} con {p.actor}{creada} aún trabajando{otras}; el programa acabó sin "
            "volver a correr el bucle y su trabajo no se hizo, aunque el programa usa lo que produce.",
            explicacion=explicacion,
            bloqueados=list(c.pendientes),
            ubicacion=donde(*origen) if origen else donde(p.archivo, p.linea),
            detalles={"tareas_pendientes": [
                {"tarea": b.actor, "espera": b.espera, "ubicacion": donde(b.archivo, b.linea)}
                for b in c.pendientes
            ]},
        ),
        ("pendiente_al_salir", p.actor, p.linea),
    )



def _sitio(lectura: Lectura) -> str:
    return f"{nombre_corto(lectura.archivo)}:{lectura.linea}"


def _quienes(lectura: Lectura) -> str:
    nombres = list(lectura.tareas)
    texto = ", ".join(nombres[:3]) + (f" y {len(nombres) - 3} más" if len(nombres) > 3 else "")
    return f"{texto} {'seguía' if len(nombres) == 1 else 'seguían'} a medias"


def uso_adelantado(lectura: Lectura) -> Evidencia:
    """`incompleto`: main usó `lectura.nombre` a medio hacer y no volvió a leerlo."""
    donde = _sitio(lectura)
    return Evidencia(
        resumen=f"main usó `{lectura.nombre}` en {donde} (`{codigo(lectura.archivo, lectura.linea)}`) "
        f"mientras {_quienes(lectura)}, y después ese dato cambió: usó un resultado a medio hacer "
        "y no lo volvió a leer.",
        explicacion="Una tarea creada trabaja cada vez que main cede el control (un await), no "
        "cuando main quiere. Si main lee los resultados antes de esperar a TODAS las tareas que "
        "los producen (`await asyncio.gather(...)`, o `asyncio.wait` sin `FIRST_COMPLETED`), lee "
        "lo que está a medias. Espera primero y lee después.",
        ubicacion=donde,
        linea_tiempo=[Paso("main", nombre_corto(lectura.archivo), lectura.linea,
                           codigo(lectura.archivo, lectura.linea),
                           f"lee `{lectura.nombre}` con tareas a medias")],
    )


def comprobacion_adelantada(lectura: Lectura, exc: BaseException, traza: str) -> Evidencia:
    """`incompleto`: un assert de main comprobó `lectura.nombre` a medio hacer."""
    donde = _sitio(lectura)
    texto = str(exc) or codigo(lectura.archivo, lectura.linea)
    return Evidencia(
        resumen=f"Falló una comprobación de main en {donde} ({texto}) mientras {_quienes(lectura)}: "
        f"comprobó `{lectura.nombre}` antes de que terminara el trabajo que lo produce.",
        explicacion="Las tareas que producen el resultado aún no habían terminado cuando main lo "
        "comprobó. Espera a todas (`await asyncio.gather(...)`) antes de usar lo que producen.",
        traza=traza,
        ubicacion=donde,
    )
