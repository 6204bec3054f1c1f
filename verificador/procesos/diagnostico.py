"""Diagnóstico: de lo que pasó en los procesos a una explicación en español.

Lee las pilas de faulthandler, recorta las trazas a las líneas del alumno y
reconoce los errores típicos de multiprocessing (falta el `if __name__ ==
"__main__":`, una lambda enviada a un Pool...) para explicar POR QUÉ fallan
con `spawn`, el método de arranque de Windows y macOS.
"""

from __future__ import annotations

import linecache
import os
import re
from dataclasses import dataclass

from verificador.procesos.estado import EstadoProceso
from verificador.veredictos import Bloqueado, Paso

_CABECERA_HILO = re.compile(r"^(Current thread|Thread) (0x[0-9a-f]+)", re.MULTILINE)
_MARCO_PILA = re.compile(r'^\s+File "(?P<archivo>.*)", line (?P<linea>\d+) in (?P<funcion>.*)$')
_MARCO_TRAZA = re.compile(r'^\s+File "(?P<archivo>.*)", line (?P<linea>\d+), in (?P<funcion>.*)$')


@dataclass(frozen=True)
class Marco:
    archivo: str
    linea: int
    funcion: str


def parsear_pilas(texto: str) -> list[list[Marco]]:
    """Hilos de un volcado de faulthandler; cada uno del marco más interno al externo."""
    hilos: list[list[Marco]] = []
    for bloque in _CABECERA_HILO.split(texto)[1:][2::3]:
        marcos = []
        for linea in bloque.splitlines():
            m = _MARCO_PILA.match(linea)
            if m:
                marcos.append(Marco(m["archivo"], int(m["linea"]), m["funcion"].strip()))
        if marcos:
            hilos.append(marcos)
    return hilos


# (archivo de la biblioteca, función) de un marco de la pila -> qué espera el proceso.
_ESPERAS = [
    (
        ("queues.py", "_feed"),
        "el hilo que alimenta su Queue no puede escribir: el tubo está "
        "lleno porque nadie está sacando elementos de la cola",
    ),
    (
        ("util.py", "_exit_function"),
        "ya terminó su trabajo, pero no puede salir hasta que su "
        "Queue entregue los datos pendientes, y nadie los está leyendo",
    ),
    (
        ("queues.py", "_finalize_join"),
        "ya terminó su trabajo, pero no puede salir hasta que su "
        "Queue entregue los datos pendientes, y nadie los está leyendo",
    ),
    (("queues.py", "get"), "espera un elemento de una Queue (get) que nadie pone"),
    (("popen_spawn_posix.py", "wait"), "espera a que termine otro proceso (join)"),
    (("popen_fork.py", "wait"), "espera a que termine otro proceso (join)"),
    (("popen_fork.py", "poll"), "espera a que termine otro proceso (join)"),
    (("process.py", "join"), "espera a que termine otro proceso (join)"),
    (("pool.py", "get"), "espera los resultados de un Pool"),
    (("pool.py", "wait"), "espera los resultados de un Pool"),
    (("pool.py", "join"), "espera a que terminen los procesos de un Pool"),
    (("managers.py", "_callmethod"), "espera la respuesta del proceso del Manager"),
    (("synchronize.py", "__enter__"), "espera un Lock de multiprocessing que tiene otro proceso"),
    (("synchronize.py", "acquire"), "espera un Lock de multiprocessing que tiene otro proceso"),
    (("synchronize.py", "wait"), "espera un Event, Condition o Barrier de multiprocessing"),
    (("connection.py", "recv"), "espera datos de un Pipe que nadie envía"),
    (("connection.py", "recv_bytes"), "espera datos de un Pipe que nadie envía"),
    (("connection.py", "send"), "escribe en un Pipe lleno que nadie lee"),
]

_POR_LLAMADA = {
    "clock_nanosleep": "duerme (time.sleep)",
    "nanosleep": "duerme (time.sleep)",
    "wait4": "espera a que termine otro proceso (join)",
    "read": "espera datos que nadie envía",
    "write": "escribe en un tubo lleno que nadie lee",
    "futex": "espera un candado",
}


def _describir(hilos: list[list[Marco]], llamada: str, alumnos: list[str]) -> str:
    """Qué espera un proceso, por orden: su salida bloqueada por una Queue, y si no,
    lo que espera el hilo que ejecuta código del alumno (luego los demás hilos)."""
    for marcos in hilos:
        # El hilo alimentador solo cuenta si está atascado escribiendo, no ocioso en wait().
        escribiendo = any(
            os.path.basename(m.archivo) == "connection.py" and "send" in m.funcion for m in marcos
        )
        for marco in marcos:
            base = os.path.basename(marco.archivo)
            for (archivo, funcion), texto in _ESPERAS[:3]:
                if (
                    base == archivo
                    and marco.funcion == funcion
                    and (funcion != "_feed" or escribiendo)
                ):
                    return texto
    ordenados = sorted(hilos, key=lambda h: not any(m.archivo in alumnos for m in h))
    for marcos in ordenados:
        for (archivo, funcion), texto in _ESPERAS[3:]:
            for marco in marcos:
                if os.path.basename(marco.archivo) == archivo and marco.funcion == funcion:
                    return texto
    if llamada in _POR_LLAMADA:
        return _POR_LLAMADA[llamada]
    return (
        "sigue ejecutándose (¿un bucle que no termina?)"
        if not llamada
        else (f"bloqueado en la llamada al sistema {llamada}")
    )


def _del_alumno(hilos: list[list[Marco]], alumnos: list[str]) -> Marco | None:
    for marcos in hilos:
        for marco in marcos:
            if marco.archivo in alumnos:
                return marco
    return None


def actor(proceso: EstadoProceso) -> str:
    if proceso.rol == "principal":
        return f"programa principal (pid {proceso.pid})"
    nombre = proceso.nombre or {
        "principal": "programa principal",
        "hijo": "proceso hijo",
        "auxiliar": "proceso auxiliar",
    }.get(proceso.rol, "proceso")
    return f"{nombre} (pid {proceso.pid})"


def parado_en(proceso: EstadoProceso, alumnos: list[str]) -> tuple[str, int] | None:
    """(archivo, línea) del alumno donde esperaba un proceso vivo al colgarse, según su pila."""
    if not proceso.vivo or not proceso.pila:
        return None
    marco = _del_alumno(parsear_pilas(proceso.pila), alumnos)
    return None if marco is None else (os.path.basename(marco.archivo), marco.linea)


def bloqueados(procesos: list[EstadoProceso], alumnos: list[str]) -> list[Bloqueado]:
    """Cada proceso vivo al agotarse el tiempo: qué esperaba y en qué línea del alumno."""
    lista = []
    vivos = [p for p in procesos if p.vivo and p.rol != "auxiliar"]
    for proceso in vivos:
        hilos = parsear_pilas(proceso.pila)
        marco = _del_alumno(hilos, alumnos)
        if marco is None and proceso.archivo_funcion in alumnos:
            # Nada del alumno en su pila (p. ej. atascado al salir): se señala la
            # función del alumno que ejecutó este proceso.
            marco = Marco(proceso.archivo_funcion, proceso.linea_funcion, "")
        espera = _describir(hilos, proceso.llamada, alumnos)
        otros = [actor(p) for p in vivos if p is not proceso and p.rol == "hijo"]
        lista.append(
            Bloqueado(
                actor=actor(proceso),
                espera=espera,
                tenido_por=", ".join(otros) if "(join)" in espera and otros else None,
                archivo=os.path.basename(marco.archivo) if marco else "",
                linea=marco.linea if marco else 0,
                codigo=linecache.getline(marco.archivo, marco.linea).strip() if marco else "",
            )
        )
    return lista


def recortar_traza(traza: str, alumnos: list[str], *, completa: bool = False) -> str:
    """Deja solo los marcos del alumno (y el mensaje final) de una traza de Python."""
    if completa or not traza:
        return traza
    lineas = traza.splitlines()
    salida: list[str] = []
    i = 0
    while i < len(lineas):
        m = _MARCO_TRAZA.match(lineas[i])
        if m:
            bloque = [lineas[i]]
            i += 1
            while (
                i < len(lineas)
                and lineas[i].startswith("    ")
                and not _MARCO_TRAZA.match(lineas[i])
            ):
                bloque.append(lineas[i])
                i += 1
            if m["archivo"] in alumnos:
                salida.extend(bloque)
            continue
        salida.append(lineas[i])
        i += 1
    return "\n".join(salida)


def primera_traza(texto: str) -> str:
    """La primera traza de `texto` (los hijos que mueren igual la repiten cada uno)."""
    cabecera = "Traceback (most recent call last):"
    partes = texto.split(cabecera)
    if len(partes) < 3:
        return texto
    return (partes[0] + cabecera + partes[1]).rstrip() + "\n"


def ubicacion(traza: str, alumnos: list[str]) -> str | None:
    """archivo:línea del marco del alumno más interno de una traza."""
    lugar = None
    for linea in traza.splitlines():
        m = _MARCO_TRAZA.match(linea)
        if m and m["archivo"] in alumnos:
            lugar = f"{os.path.basename(m['archivo'])}:{m['linea']}"
    return lugar


# Fallos conocidos de multiprocessing: (texto del error, resumen, explicacion).
_CONOCIDOS = [
    (
        "bootstrapping phase",
        "Un proceso hijo intentó crear procesos mientras arrancaba: falta proteger el "
        'programa principal con `if __name__ == "__main__":`.',
        "Con el método de arranque `spawn` (el de Windows y macOS, y el que usa el "
        "verificador) cada proceso hijo empieza un intérprete nuevo que vuelve a ejecutar "
        "tu archivo desde arriba para encontrar tus funciones. Todo lo que está fuera de "
        "funciones se ejecuta otra vez en cada hijo: si ahí se crea un Pool o un Process, "
        "cada hijo intentaría crear sus propios hijos. Python lo impide con este "
        "RuntimeError. En Linux con `fork` no se nota, pero en la máquina de tu cliente sí.",
    ),
    (
        "context has already been set",
        "El programa intentó cambiar el método de arranque de los procesos.",
        "El verificador arranca los procesos con `spawn`, como Windows y macOS. En Windows "
        "`fork` no existe, así que cambiar el método de arranque no arregla el programa para "
        "quien lo use allí: hay que hacer que funcione con `spawn`.",
    ),
    (
        "daemonic processes are not allowed to have children",
        "Un proceso del Pool intentó crear sus propios procesos.",
        "Los trabajadores de un Pool son procesos «daemon» y no pueden tener hijos. Suele "
        "pasar cuando el código que crea el Pool se ejecuta también al importar tu archivo "
        "en los procesos hijos.",
    ),
    (
        "<lambda>",
        "No se puede enviar una lambda a otro proceso.",
        "Para pasar una función a otro proceso, multiprocessing la serializa con pickle "
        "POR SU NOMBRE (módulo y nombre) y el otro proceso la busca en tu archivo. Una "
        "lambda no tiene nombre que buscar, así que pickle no puede enviarla.",
    ),
    (
        "Can't get local object",
        "No se puede enviar a otro proceso una función definida dentro de otra función.",
        "multiprocessing serializa las funciones con pickle por su nombre y el proceso hijo "
        "las busca en el nivel superior de tu archivo. Una función anidada (definida dentro "
        "de otra) no se puede encontrar así.",
    ),
    (
        "Can't get attribute",
        "Un proceso hijo no encontró la función que debía ejecutar.",
        "Con `spawn`, el hijo vuelve a cargar tu archivo y busca la función por su nombre en "
        "el nivel superior del módulo. Si la función se define dentro del bloque "
        '`if __name__ == "__main__":` o dentro de otra función, el hijo no la encuentra.',
    ),
    (
        "Can't pickle",
        "Se intentó enviar a otro proceso algo que no se puede serializar.",
        "Todo lo que pasa de un proceso a otro (funciones, argumentos, resultados) viaja "
        "serializado con pickle. Las lambdas, las funciones anidadas, los candados de "
        "`threading` o los archivos abiertos no se pueden serializar.",
    ),
    (
        "PicklingError",
        "Se intentó enviar a otro proceso algo que no se puede serializar.",
        "Todo lo que pasa de un proceso a otro (funciones, argumentos, resultados) viaja "
        "serializado con pickle. Las lambdas y las funciones anidadas no se pueden enviar.",
    ),
]


_DE_PICKLE = ("Can't pickle", "Can't get local object", "PicklingError", "attribute lookup")


def error_conocido(texto: str) -> tuple[str, str] | None:
    """(resumen, explicacion) del primer error típico de multiprocessing en `texto`.

    `<lambda>` solo cuenta junto a un error de pickle: una lambda que falla por
    otra razón dentro de un proceso es una excepción cualquiera.
    """
    for patron, resumen, explicacion in _CONOCIDOS:
        if patron not in texto:
            continue
        if patron == "<lambda>" and not any(p in texto for p in _DE_PICKLE):
            continue
        return resumen, explicacion
    return None


_LINEA_EXCEPCION = re.compile(
    r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning))(?::\s*(.*))?$"
)


def ultima_excepcion(texto: str) -> str:
    """«Tipo: mensaje» de la última excepción de `texto` (una línea)."""
    lineas = texto.splitlines()
    for i in range(len(lineas) - 1, -1, -1):
        m = _LINEA_EXCEPCION.match(lineas[i])
        if m:
            mensaje = (m.group(2) or "").strip()
            if not mensaje:
                siguientes = [x.strip() for x in lineas[i + 1 : i + 4] if x.strip()]
                mensaje = " ".join(siguientes[:2])
            return f"{m.group(1)}: {mensaje}" if mensaje else m.group(1)
    return ""


def linea_tiempo(carreras: list[dict[str, object]]) -> list[Paso]:
    """La primera actualización perdida, contada en tres pasos con los valores."""
    if not carreras:
        return []
    c = carreras[0]
    archivo, linea = str(c["archivo"]), int(str(c["linea"]))
    base, codigo = os.path.basename(archivo), linecache.getline(archivo, linea).strip()
    actor = str(c["actor"])
    return [
        Paso(actor, base, linea, codigo, f"lee el valor compartido: {c['leido']}"),
        Paso(
            "otro proceso",
            base,
            linea,
            codigo,
            f"escribe {c['visto']} mientras {actor} aún no ha escrito",
        ),
        Paso(
            actor,
            base,
            linea,
            codigo,
            f"escribe {c['escrito']}, calculado con el {c['leido']} que leyó: "
            f"se pierde lo que escribió el otro proceso",
        ),
    ]


def linea_desorden(desordenes: list[dict[str, object]]) -> list[Paso]:
    """El primer lote de resultados entregado fuera del orden de la entrada, en dos pasos."""
    if not desordenes:
        return []
    d = desordenes[0]
    archivo, linea = str(d.get("archivo") or ""), int(str(d.get("linea") or 0))
    base = os.path.basename(archivo)
    codigo = linecache.getline(archivo, linea).strip() if archivo else ""
    crudo = d.get("orden")
    orden = [int(str(i)) for i in crudo] if isinstance(crudo, list) else []
    muestra = ", ".join(str(i + 1) for i in orden[:10])
    return [
        Paso("el pool", base, linea, codigo,
             f"reparte {len(orden)} tareas (o trozos) entre sus procesos"),
        Paso(str(d.get("actor") or "MainProcess"), base, linea, codigo,
             f"recibe los resultados según acaban: primero los de las tareas {muestra}, "
             "no en el orden de la entrada"),
    ]
