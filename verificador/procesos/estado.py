"""Estado de los procesos de un intento: /proc, los registros de `hijo` y las pilas.

Todo se lee desde fuera (el ejecutor) y se devuelve como datos; la explicación
para el alumno la construye `verificador.procesos.diagnostico`. Los registros
son los que llegaron por el canal (`canal.Receptor`), no archivos.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from verificador import reloj as _reloj
from verificador.procesos.canal import _pid_del_nombre

if TYPE_CHECKING:
    from verificador.procesos.canal import Receptor

# Textos que anuncian un error fatal de multiprocessing en el stderr de un hijo: en
# cuanto aparece uno se corta la ejecución en vez de esperar al límite de tiempo
# (un Pool cuyos trabajadores mueren al arrancar los repone para siempre).
PATRONES_FATALES = (
    "bootstrapping phase",
    "Can't pickle",
    "Can't get attribute",
    "Can't get local object",
    "PicklingError",
    "daemonic processes are not allowed to have children",
)

# Periodo de muestreo del detector de «nadie avanza» (segundos).
PERIODO_QUIETUD_S = 0.1

# Números de llamada al sistema de x86_64 que sabemos nombrar cuando un proceso espera.
_LLAMADAS_X86_64 = {
    0: "read",
    1: "write",
    7: "poll",
    23: "select",
    35: "nanosleep",
    61: "wait4",
    202: "futex",
    230: "clock_nanosleep",
    232: "epoll_wait",
    247: "waitid",
    270: "pselect6",
    271: "ppoll",
    281: "epoll_pwait",
}


@dataclass
class EstadoProceso:
    """Un proceso del intento: quién era, si seguía vivo y en qué estaba."""

    pid: int
    rol: str  # principal | hijo | auxiliar | otro
    nombre: str = ""
    vivo: bool = False  # seguía vivo al terminar (o al agotarse el tiempo)
    codigo_salida: int | None = None
    ejecuto_alumno: bool = False
    estado_linux: str = ""  # R, S, D, Z... de /proc al terminar
    llamada: str = ""  # llamada al sistema en la que esperaba su hilo principal, si se sabe
    pila: str = ""  # volcado de faulthandler (solo si se colgó)
    archivo_funcion: str = ""  # primera función del alumno que ejecutó, y dónde empieza
    linea_funcion: int = 0
    envios: int = 0  # datos que hizo llegar a otros procesos (colas, proxies, Value, resultados)
    digestos: frozenset[int] = frozenset()  # huellas de esos datos (`envios.digesto`)
    inicio_t: float = 0.0  # time.time() cuando lo lanzó su padre (o al arrancar su intérprete)
    fin_t: float | None = None  # al terminar (None: no terminó por sí mismo)
    solo: bool = False  # corrió solo: el principal esperaba su join() sin otro hijo vivo
    padre: int = 0  # pid del proceso que lo arrancó (0: no se sabe)
    # Procesos que seguro terminaron antes de que este empezara (ver `_ordenar`).
    antes: frozenset[int] = frozenset()

    def pudo_coincidir(self, otro: EstadoProceso) -> bool:
        """¿Pudieron este proceso y `otro` estar vivos a la vez en alguna ejecución?

        No si uno terminó antes de que empezara el otro y el programa lo sabía (esperó su
        fin antes de lanzarlo): es el orden del programa, no el de esta ejecución."""
        return otro.pid not in self.antes and self.pid not in otro.antes


def _campos(pid: int) -> list[str] | None:
    """Los campos de /proc/<pid>/stat desde el estado (el 3.º), o None si ya no existe."""
    try:
        texto = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return texto[texto.rindex(")") + 2 :].split()


def _stat(pid: int) -> tuple[str, int] | None:
    """(estado, grupo) de /proc/<pid>/stat, o None si ya no existe."""
    campos = _campos(pid)
    return None if campos is None else (campos[0], int(campos[2]))


class Quietud:
    """Detecta un grupo de procesos que no avanza: nadie gasta CPU ni espera con plazo.

    Mira cada `PERIODO_QUIETUD_S` la CPU acumulada (utime+stime, de todos los
    hilos) de todos los procesos del grupo y, uno a uno, los hilos de cada
    proceso (`/proc/<pid>/task/*`). Si la CPU no cambia en `quietud_s`, ningún
    hilo corre y ninguno está en una espera con plazo (`time.sleep`,
    `join(timeout=…)`, `get(timeout=…)`, `Event.wait(t)`: termina sola), todos
    esperan algo que no llega. Un hilo del alumno que duerme (el de un
    `ThreadPool` con un `time.sleep` largo, o uno que el principal espera con
    `join()`) cuenta como «esperando al reloj», no como parado.

    No cuentan los hilos que esperan para siempre sin ser del alumno: los que
    cada proceso instrumentado anunció como internos (`interno-<pid>-<tid>`: el
    vigía de `hijo.py`, los hilos `verificador-*`, los de servicio de
    multiprocessing, ver `hijo.HILOS_INTERNOS`), ni el hilo principal del
    servidor de un `Manager` (`servidor-<pid>`), que espera con plazo para
    siempre. Un anuncio que aún no llegó solo retrasa la detección (el hilo
    cuenta como del alumno): nunca produce un cuelgue falso.
    """

    def __init__(self, grupo: int, quietud_s: float, registros: Receptor | None = None) -> None:
        self.grupo = grupo
        self.quietud_s = quietud_s
        self.registros = registros
        self.ultima: tuple[tuple[int, ...], int] | None = None
        self.desde = 0.0
        self.proxima = 0.0

    def _servidor(self, pid: int) -> bool:
        return self.registros is not None and self.registros.existe(f"servidor-{pid}")

    def _interno(self, pid: int, tid: int, inicio: int) -> bool:
        """¿Anunció `pid` el hilo `tid` como interno? (el mismo hilo: no otro con su número)"""
        nombre = f"interno-{pid}-{tid}"
        if self.registros is None or not self.registros.existe(nombre):
            return False
        anotado = self.registros.uno(nombre).get("inicio")
        return anotado is None or anotado == inicio

    def avanza(self, pid: int) -> bool:
        """¿Algún hilo de `pid` que cuenta está corriendo o esperando con plazo?"""
        servidor = self._servidor(pid)
        for tid in hilos(pid):
            datos = estado_hilo(pid, tid)
            if datos is None or self._interno(pid, tid, datos[1]):
                continue
            if datos[0] in ("R", "D"):
                return True
            if not (servidor and tid == pid) and espera_con_plazo(pid, tid):
                return True
        return False

    def quieto(self, ahora: float) -> bool:
        if ahora < self.proxima:
            return False
        self.proxima = ahora + PERIODO_QUIETUD_S
        pids = tuple(descendientes(self.grupo))
        cpu = 0
        for pid in pids:
            campos = _campos(pid)
            if campos is None:
                continue
            cpu += int(campos[11]) + int(campos[12])
            if self.avanza(pid):
                cpu = -1
                break
        muestra = (pids, cpu)
        if cpu < 0 or muestra != self.ultima:
            self.ultima, self.desde = muestra, ahora
            return False
        return ahora - self.desde >= self.quietud_s


def hilos(pid: int) -> list[int]:
    """Los hilos (tid del núcleo) de `pid`, el principal (`tid == pid`) primero."""
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task") if t.isdigit()]
    except OSError:
        return []
    return sorted(tids, key=lambda t: (t != pid, t))


def estado_hilo(pid: int, tid: int) -> tuple[str, int] | None:
    """(estado R, S, D, Z..., instante de arranque en tics) del hilo `tid` de `pid`, o None."""
    try:
        with open(f"/proc/{pid}/task/{tid}/stat", encoding="ascii", errors="replace") as archivo:
            texto = archivo.read()
        campos = texto[texto.rindex(")") + 2 :].split()
        return campos[0], int(campos[19])
    except (OSError, ValueError, IndexError):
        return None


def _ruta_syscall(pid: int, tid: int | None) -> str:
    return f"/proc/{pid}/syscall" if tid is None else f"/proc/{pid}/task/{tid}/syscall"


def _argumentos(pid: int, tid: int | None = None) -> tuple[int, list[int]] | None:
    """(número de llamada, argumentos) de /proc/<pid>[/task/<tid>]/syscall, o None."""
    try:
        with open(_ruta_syscall(pid, tid), encoding="ascii", errors="replace") as archivo:
            texto = archivo.read().split()
    except OSError:
        return None
    if len(texto) < 7 or not texto[0].isdigit():
        return None
    try:
        return int(texto[0]), [int(a, 16) for a in texto[1:7]]
    except ValueError:
        return None


def _con_signo(valor: int) -> int:
    valor &= 0xFFFFFFFF
    return valor - (1 << 32) if valor & 0x80000000 else valor


def espera_con_plazo(pid: int, tid: int | None = None) -> bool:
    """¿Está el hilo `tid` de `pid` (por omisión, el principal) en una espera que termina sola?

    En x86_64 se leen los argumentos de la llamada al sistema; en otras
    arquitecturas solo se reconoce dormir (`nanosleep`, `clock_nanosleep`).
    """
    if platform.machine() != "x86_64":
        return _llamada(pid, tid) in ("clock_nanosleep", "nanosleep")
    datos = _argumentos(pid, tid)
    if datos is None:
        return False
    numero, a = datos
    if numero in (35, 230):  # nanosleep, clock_nanosleep
        return True
    if numero == 7:  # poll(fds, n, timeout_ms)
        return _con_signo(a[2]) >= 0
    if numero in (232, 281):  # epoll_wait / epoll_pwait(epfd, events, max, timeout_ms)
        return _con_signo(a[3]) >= 0
    if numero in (23, 270):  # select / pselect6(n, r, w, x, timeout*)
        return a[4] != 0
    if numero == 271:  # ppoll(fds, n, timeout*, ...)
        return a[2] != 0
    if numero == 202:  # futex(addr, op, val, timeout*, ...): WAIT o WAIT_BITSET con plazo
        return (a[1] & 0x7F) in (0, 9) and a[3] != 0
    return False


def descendientes(raiz: int) -> list[int]:
    """`raiz` y sus descendientes vivos, por /proc/<pid>/task/*/children (barato).

    Sin ese archivo (núcleos sin CONFIG_PROC_CHILDREN), recorre /proc entero.
    """
    encontrados = _reloj.descendientes(raiz)
    return pids_del_grupo(raiz) if encontrados is None else encontrados


def pids_del_grupo(grupo: int, *, zombis: bool = True) -> list[int]:
    """Los procesos cuyo grupo de procesos es `grupo` (con o sin los zombis)."""
    pids = []
    for entrada in os.listdir("/proc"):
        if entrada.isdigit():
            datos = _stat(int(entrada))
            if datos is not None and datos[1] == grupo and (zombis or datos[0] != "Z"):
                pids.append(int(entrada))
    return sorted(pids)


def _llamada(pid: int, tid: int | None = None) -> str:
    try:
        texto = Path(_ruta_syscall(pid, tid)).read_text().split()
    except OSError:
        return ""
    if not texto or not texto[0].lstrip("-").isdigit():
        return texto[0] if texto else ""
    if platform.machine() != "x86_64":
        return f"syscall {texto[0]}"
    return _LLAMADAS_X86_64.get(int(texto[0]), f"syscall {texto[0]}")


def fotografiar(grupo: int) -> dict[int, tuple[str, str]]:
    """Estado y llamada bloqueante de cada proceso vivo del grupo, ahora."""
    foto = {}
    for pid in pids_del_grupo(grupo):
        datos = _stat(pid)
        if datos is not None:
            foto[pid] = (datos[0], _llamada(pid) if datos[0] != "Z" else "")
    return foto


def _numero(valor: object) -> float | None:
    return float(valor) if isinstance(valor, (int, float)) and not isinstance(valor, bool) else None


def reunir(
    registros: Receptor, vistos: dict[int, tuple[str, str]], pilas: dict[int, str], grupo: int
) -> list[EstadoProceso]:
    """Une los registros de cada proceso instrumentado con lo visto en /proc.

    Un proceso que ya no vive y no mandó su fin (`os._exit`, una señal, o un
    programa que corta su canal) termina cuando se cerró su última conexión con
    el ejecutor: nunca cuenta como vivo hasta el final.
    """
    procesos = []
    inicios = [(n, d) for n, d in registros.con_prefijo("inicio-") if _numero(d.get("pid"))]
    for nombre, datos in sorted(inicios, key=lambda r: _numero(r[1].get("t")) or 0.0):
        pid = int(str(datos["pid"]))
        if nombre != f"inicio-{pid}.json":
            continue
        fin = registros.uno(f"fin-{pid}.json")
        alumno = registros.uno(f"alumno-{pid}.json")
        estado_linux, llamada = vistos.get(pid, ("", ""))
        codigo = fin.get("codigo_salida")
        envios = registros.uno(f"envios-{pid}.json")
        digestos = envios.get("digestos")
        vivo = pid in vistos and estado_linux != "Z"
        fin_t = _numero(fin.get("t"))
        if fin_t is None and not vivo:
            fin_t = registros.cierre(pid)
        lanzado = _numero(registros.uno(f"lanzado-{pid}.json").get("t")) or _numero(datos.get("t"))
        procesos.append(
            EstadoProceso(
                pid=pid,
                rol="principal" if pid == grupo else str(datos.get("rol", "otro")),
                nombre=str(fin.get("nombre") or alumno.get("nombre") or ""),
                vivo=vivo,
                codigo_salida=codigo if isinstance(codigo, int) else None,
                ejecuto_alumno=bool(alumno),
                estado_linux=estado_linux,
                llamada=llamada,
                pila=pilas.get(pid, ""),
                archivo_funcion=str(alumno.get("archivo") or ""),
                linea_funcion=int(str(alumno.get("linea") or 0)),
                envios=int(str(envios.get("envios") or 0)),
                digestos=frozenset(digestos) if isinstance(digestos, list) else frozenset(),
                inicio_t=float(str(lanzado or 0)),
                fin_t=fin_t,
                solo=registros.existe(f"solo-{pid}"),
                padre=int(_numero(datos.get("ppid")) or 0),
            )
        )
    return _ordenar(procesos, registros)


def _pids(valor: object) -> set[int]:
    return {v for v in valor if isinstance(v, int)} if isinstance(valor, list) else set()


def _ordenar(procesos: list[EstadoProceso], registros: Receptor) -> list[EstadoProceso]:
    """Rellena `antes` de cada proceso con lo que anotaron los procesos (`envios.py`).

    A terminó antes de que B empezara si el hilo que lanzó B ya había visto terminar a A
    (`tras`), si A terminó antes de que empezara quien lanzó B (el padre empieza antes que
    sus hijos), o si lo vio terminar un proceso que terminó antes de B (`vistos`, al
    terminar). Solo con lo que el programa sabía: nunca con la hora de esta ejecución.
    """
    por_pid = {p.pid: p for p in procesos}
    vistos = {p.pid: _pids(registros.uno(f"fin-{p.pid}.json").get("vistos")) for p in procesos}
    antes: dict[int, set[int]] = {}

    def calcular(pid: int, camino: frozenset[int]) -> set[int]:
        if pid in antes:
            return antes[pid]
        conjunto = _pids(registros.uno(f"lanzado-{pid}.json").get("tras"))
        padre = por_pid[pid].padre
        if padre in por_pid and padre not in camino:
            conjunto |= calcular(padre, camino | {pid})
        pendientes = list(conjunto)
        while pendientes:
            for visto in vistos.get(pendientes.pop(), set()) - conjunto:
                conjunto.add(visto)
                pendientes.append(visto)
        antes[pid] = conjunto
        return conjunto

    return [replace(p, antes=frozenset(calcular(p.pid, frozenset()))) for p in procesos]


def carreras(registros: Receptor) -> list[dict[str, object]]:
    """Las actualizaciones perdidas que anotaron los procesos perturbados, en orden."""
    return [d for _, d in registros.con_prefijo("carrera-") if d]


def desordenes(registros: Receptor) -> list[dict[str, object]]:
    """Lotes de resultados de un pool entregados fuera del orden de la entrada (`llegadas.py`)."""
    return [d for _, d in registros.con_prefijo("desorden-") if d]


def adelantadas(registros: Receptor) -> list[dict[str, object]]:
    """Lecturas del principal de un dato que los hijos cambiaron después (`adelantadas.py`)."""
    return [d for _, d in registros.con_prefijo("adelantada-") if d]


def ordenes(registros: Receptor) -> list[dict[str, object]]:
    """Aristas «tenía este candado, pide aquel» de todos los procesos (ver `orden.py`), con el
    `pid` de quien la anotó."""
    return [{**d, "pid": _pid_del_nombre(nombre, "orden-")} for nombre, d in registros.con_prefijo("orden-") if d]


def sin_candado(registros: Receptor) -> list[dict[str, object]]:
    """Lecturas-y-escrituras de un mismo dato de un Manager sin candado común (una por proceso,
    con su `pid`)."""
    return [{**d, "pid": _pid_del_nombre(nombre, "rmw-")} for nombre, d in registros.con_prefijo("rmw-") if d]


def perdidos(registros: Receptor) -> dict[str, list[dict[str, object]]]:
    """Pruebas de resultados que no llegaron al principal (ver `perdidos.py`).

    `copias`: un hijo cambió su copia de una lista o diccionario (con el nombre que
    le dio el padre, si lo pasó como argumento); `pendientes`: tareas de un Pool
    terminado antes de acabar.
    """
    copias = []
    for nombre, datos in registros.con_prefijo("perdido-"):
        pid = nombre[len("perdido-"):].removesuffix(".json")
        origen = registros.uno(f"argumento-{pid}.json")
        nombres = origen.get("nombres") if isinstance(origen.get("nombres"), dict) else {}
        assert isinstance(nombres, dict)
        argumentos = datos.get("argumentos") or []
        globales = datos.get("globales") or []
        assert isinstance(argumentos, list) and isinstance(globales, list)
        objetos = [str(nombres.get(a, f"el argumento {a}")) for a in argumentos] + [str(g) for g in globales]
        copias.append({**datos, "objetos": objetos, "archivo": origen.get("archivo"),
                       "linea": origen.get("linea")})
    pendientes = [d for _, d in registros.con_prefijo("pendiente-") if d]
    return {"copias": copias, "pendientes": pendientes}


def colas_vacias(registros: Receptor) -> list[dict[str, object]]:
    """Dónde vio el principal vacía una cola en la que al final quedaron elementos sin leer.

    Suma lo que puso y sacó cada proceso de cada cola (`colas.py`); `sin_leer` es
    lo que se puso y nadie sacó. Solo las colas que el principal vio vacías.
    """
    puestos: dict[str, int] = {}
    sacados: dict[str, int] = {}
    vacias: list[dict[str, object]] = []
    for _, datos in registros.con_prefijo("cola-"):
        for destino, clave in ((puestos, "puestos"), (sacados, "sacados")):
            cuentas = datos.get(clave)
            if isinstance(cuentas, dict):
                for cola, n in cuentas.items():
                    if isinstance(n, int):
                        destino[str(cola)] = destino.get(str(cola), 0) + n
        lista = datos.get("vacias")
        if isinstance(lista, list):
            vacias.extend(v for v in lista if isinstance(v, dict))
    resultado = []
    for vacia in vacias:
        cola = str(vacia.get("cola"))
        sin_leer = puestos.get(cola, 0) - sacados.get(cola, 0)
        if sin_leer > 0:
            resultado.append({**vacia, "sin_leer": sin_leer})
    return resultado
