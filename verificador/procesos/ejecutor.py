"""Ejecutor: lanza el conductor en un grupo de procesos propio y lo vigila.

Garantías (las pruebas las comprueban):
- el programa del alumno nunca corre en el proceso del verificador;
- la salida de todos sus procesos se captura y se acota (`LIMITE_SALIDA` bytes
  por flujo; el resto se lee y se descarta para que nadie se bloquee);
- al terminar, al agotarse el tiempo o ante cualquier excepción (Ctrl-C
  incluido), el grupo entero recibe SIGKILL y se recogen sus zombis: no queda
  ningún proceso suelto. Para poder recoger también a los nietos huérfanos, el
  proceso que llama se declara «subreaper» (Linux);
- antes de matar un intento colgado se pide a cada proceso su pila (SIGUSR1 →
  faulthandler) y se anota su estado, para explicar quién esperaba qué;
- los registros que deciden el veredicto (y el resultado de `main`) llegan por
  el canal de `canal.py` y se leen de la memoria de este proceso, nunca de la
  carpeta de registros, que el programa puede vaciar.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from verificador.procesos import estado as _estado
from verificador.procesos.canal import ENV_CANAL, Receptor
from verificador.procesos.estado import EstadoProceso
from verificador.procesos.retencion import ENV_SERIE
from verificador.procesos.tubos import ENV_TUBO
from verificador.reloj import RelojEfectivo

# Bytes de stdout y de stderr que se guardan por ejecución; el resto se lee y se cuenta.
LIMITE_SALIDA = 64 * 1024
# Retraso máximo que un juez supone de un proceso (segundos): las esperas acotadas
# del alumno con un plazo de hasta esto vencen enseguida (ver `plazos`).
PLAZO_ADVERSARIO_S = 10.0
# Tras anunciar un hijo un error fatal de multiprocessing, margen antes de cortar (s).
GRACIA_FATAL_S = 0.2
# Tiempo para que los procesos escriban su pila tras SIGUSR1 (segundos).
ESPERA_PILAS_S = 0.3
# Espera máxima a que desaparezca el grupo matado (segundos).
ESPERA_LIMPIEZA_S = 3.0
# Veces el límite de tiempo que se espera de pared, como mucho, a que el reloj
# efectivo lo alcance (máquina muy cargada); pasado eso, el veredicto no se decide.
FACTOR_CARGA_MAXIMO = 6.0
# Periodo del bucle de vigilancia (segundos).
PERIODO_S = 0.02

_ARRANQUE = Path(__file__).with_name("arranque")
_subreaper_hecho = False


@dataclass
class Ejecucion:
    """Lo que pasó en una ejecución del programa del alumno."""

    archivo: str
    parametros: dict[str, Any]
    semilla: int | None
    duracion_s: float
    colgado: bool  # se agotó el tiempo (o nada avanzaba: sin_avance)
    fatal: str | None  # error fatal anunciado en la salida (ejecución acortada)
    codigo_salida: int | None  # del conductor (None si lo matamos nosotros)
    resultado: dict[str, Any] | None  # lo que informó el conductor (None: no llegó a hacerlo)
    salida: str
    errores: str
    procesos: list[EstadoProceso] = field(default_factory=list)
    alumnos: list[str] = field(default_factory=list)
    sin_avance: bool = False  # acortada: todos los procesos esperaban y ninguno avanzaba
    # cortada por el reloj de pared con el efectivo aún por debajo del límite: la máquina
    # estaba tan cargada que no se puede decir si el programa se colgó
    sin_decidir: bool = False
    efectivo_s: float = 0.0  # segundos que el programa pudo avanzar (ver verificador.reloj)
    carreras: list[dict[str, Any]] = field(default_factory=list)  # actualizaciones perdidas vistas
    # leer y escribir un mismo dato de un Manager sin candado común (aunque nadie se cruzara)
    sin_candado: list[dict[str, Any]] = field(default_factory=list)
    # resultados que no llegaron al principal: copias cambiadas en un hijo, tareas de Pool sin acabar
    perdidos: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # colas que el principal vio vacías y en las que al final quedaron elementos sin leer
    colas_vacias: list[dict[str, Any]] = field(default_factory=list)
    # aristas «tenía A, pide B» de candados de multiprocessing (un ciclo es un interbloqueo)
    ordenes: list[dict[str, Any]] = field(default_factory=list)
    # lotes de resultados de un Pool/executor entregados fuera del orden de la entrada
    desordenes: list[dict[str, Any]] = field(default_factory=list)
    # lecturas del principal de datos que los hijos escribieron después (ver adelantadas.py)
    adelantadas: list[dict[str, Any]] = field(default_factory=list)
    # el relevo de los retenidos agotó su red de seguridad (una espera que no se modela)
    relevo_roto: bool = False

    @property
    def valor(self) -> Any:
        return None if self.resultado is None else self.resultado.get("valor")

    @property
    def hijos(self) -> list[EstadoProceso]:
        return [p for p in self.procesos if p.rol != "principal"]

    @property
    def trabajadores(self) -> list[EstadoProceso]:
        """Procesos hijos que hicieron llegar algún dato a otro proceso (su trabajo salió)."""
        return [p for p in self.hijos if p.envios > 0]

    @property
    def producidos(self) -> frozenset[int]:
        """Huellas (`envios.digesto`) de todo lo que enviaron los procesos hijos."""
        return frozenset().union(*(p.digestos for p in self.hijos))

    @property
    def entradas(self) -> frozenset[int]:
        """Huellas de lo que el principal hizo llegar a los hijos (`envios.registrar_entrada`)."""
        return frozenset().union(*(p.digestos for p in self.procesos if p.rol == "principal"))

    @property
    def procesos_del_alumno(self) -> int:
        """Procesos hijos (no el principal) que ejecutaron alguna función del alumno."""
        return sum(1 for p in self.hijos if p.ejecuto_alumno)


def _subreaper() -> None:
    global _subreaper_hecho
    if _subreaper_hecho or not sys.platform.startswith("linux"):
        return
    _subreaper_hecho = True
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


class _Lector(threading.Thread):
    """Lee un flujo hasta el final, guarda los primeros bytes y cuenta el resto."""

    def __init__(self, flujo: IO[bytes], patrones: tuple[str, ...]) -> None:
        super().__init__(daemon=True)
        self.flujo = flujo
        self.datos = bytearray()
        self.descartados = 0
        self.patrones = tuple(p.encode() for p in patrones)
        self.fatal: str | None = None

    def run(self) -> None:
        while True:
            trozo = self.flujo.read1(65536) if hasattr(self.flujo, "read1") else b""
            if not trozo:
                break
            libre = LIMITE_SALIDA - len(self.datos)
            if libre > 0:
                self.datos += trozo[:libre]
                if self.fatal is None:
                    for patron in self.patrones:
                        if patron in self.datos:
                            self.fatal = patron.decode()
                            break
            self.descartados += max(0, len(trozo) - max(libre, 0))

    def texto(self) -> str:
        texto = self.datos.decode("utf-8", errors="replace")
        if self.descartados:
            texto += f"\n[... {self.descartados} bytes más de salida descartados ...]"
        return texto


def ejecutar(
    archivo: Path,
    *,
    parametros: dict[str, Any] | None = None,
    modo: str = "funcion",
    funcion: str = "main",
    tiempo_limite_s: float = 10.0,
    semilla: int | None = None,
    metodo: str = "spawn",
    archivos_alumno: list[Path] | None = None,
    quietud_s: float | None = None,
    argv: list[str] | None = None,
    plazo_adversario_s: float | None = PLAZO_ADVERSARIO_S,
    serie: bool = False,
    tubo_pequeno: bool = True,
) -> Ejecucion:
    """Ejecuta el programa del alumno en procesos reales y devuelve lo que pasó.

    `semilla=None` desactiva la perturbación; con semilla, los hijos se perturban
    de forma sembrada (ver `verificador.procesos.hijo`). Con `quietud_s`, el
    intento se da por colgado antes del límite si durante ese tiempo ningún
    proceso del grupo gasta CPU y ningún hilo (salvo los internos) corre ni
    espera con plazo (todos esperan algo; ver `estado.Quietud`).
    `plazo_adversario_s` (con semilla): las esperas acotadas del alumno con un
    plazo de hasta eso vencen enseguida, como si el otro proceso llegara tarde
    (ver `verificador.procesos.plazos`); `None` las deja como son (`explorar`).
    `serie` (con semilla): los hijos retenidos salen en el orden en que se
    arrancaron y cada uno corre hasta acabar (o bloquearse, esperar algo o gastar
    su CPU) antes de que salga el siguiente: el primero que arranca acaba antes
    que los demás, como en una máquina tranquila (ver `retencion.py`).
    `tubo_pequeno` (con semilla y `plazo_adversario_s`, los jueces): las `Queue` del
    alumno con tuberías de una página (ver `verificador.procesos.tubos`); sin él,
    las del sistema (64 KiB en Linux).
    """
    _subreaper()
    archivo = Path(archivo).resolve()
    alumnos = [str(Path(a).resolve()) for a in (archivos_alumno or [archivo])]
    parametros = dict(parametros or {})
    with tempfile.TemporaryDirectory(prefix="verificador-procesos-") as temporal:
        base = Path(temporal)
        registros = base / "registros"
        registros.mkdir()
        trabajo = base / "trabajo"
        trabajo.mkdir()
        config = {
            "archivo": str(archivo),
            "modo": modo,
            "funcion": funcion,
            "parametros": parametros,
            "metodo": metodo,
            "argv": list(argv or []),
        }
        (base / "config.json").write_text(json.dumps(config), encoding="utf-8")
        receptor = Receptor()
        entorno = _entorno(registros, alumnos, semilla)
        entorno[ENV_CANAL] = receptor.nombre
        if semilla is not None and plazo_adversario_s is not None:
            entorno["VERIFICADOR_PROCESOS_PLAZO_MAX_S"] = str(plazo_adversario_s)
            if tubo_pequeno:
                entorno[ENV_TUBO] = "1"
        if semilla is not None and serie:
            entorno[ENV_SERIE] = "1"
        inicio = time.monotonic()
        try:
            proceso = subprocess.Popen(
                [sys.executable, "-m", "verificador.procesos.conductor", str(base / "config.json")],
                cwd=trabajo,
                env=entorno,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except BaseException:
            receptor.terminar()
            raise
        grupo = proceso.pid
        receptor.raiz = grupo
        colgado = sin_avance = sin_decidir = False
        efectivo = 0.0
        pilas: dict[int, str] = {}
        vistos: dict[int, tuple[str, str]] = {}
        try:
            assert proceso.stdout is not None
            assert proceso.stderr is not None
            salida = _Lector(proceso.stdout, ())
            errores = _Lector(proceso.stderr, _estado.PATRONES_FATALES)
            salida.start()
            errores.start()
            # El límite se mide con el reloj efectivo (sin lo que la carga de la
            # máquina robó); el de pared solo corta a FACTOR_CARGA_MAXIMO veces.
            reloj = RelojEfectivo(grupo)
            limite_fatal: float | None = None
            quietud = _estado.Quietud(grupo, quietud_s, receptor) if quietud_s else None
            while proceso.poll() is None:
                ahora = time.monotonic()
                if quietud is not None and quietud.quieto(ahora):
                    sin_avance = True
                if errores.fatal is not None and limite_fatal is None:
                    limite_fatal = ahora + GRACIA_FATAL_S
                efectivo = reloj.transcurrido()
                agotado = sin_avance or efectivo >= tiempo_limite_s
                cargado = not agotado and reloj.pared() >= FACTOR_CARGA_MAXIMO * tiempo_limite_s
                if agotado or cargado or (limite_fatal is not None and ahora >= limite_fatal):
                    colgado = agotado or cargado
                    sin_decidir = cargado
                    vistos = _estado.fotografiar(grupo)
                    pilas = _pedir_pilas(registros, receptor, vistos)
                    break
                time.sleep(PERIODO_S)
            else:
                vistos = _estado.fotografiar(grupo)
        finally:
            _matar_grupo(grupo, proceso)
            receptor.terminar()
        duracion = time.monotonic() - inicio
        salida.join(timeout=1.0)
        errores.join(timeout=1.0)
        for flujo in (proceso.stdout, proceso.stderr):
            if flujo is not None:
                flujo.close()
        # Solo el que mandó el propio conductor, y el primero: un atexit no lo cambia.
        resultado = receptor.uno("resultado", de=grupo) or None
        procesos = _estado.reunir(receptor, vistos, pilas, grupo)
        carreras = _estado.carreras(receptor)
        sin_candado = _estado.sin_candado(receptor)
        perdidos = _estado.perdidos(receptor)
        colas_vacias = _estado.colas_vacias(receptor)
        return Ejecucion(
            archivo=str(archivo),
            parametros=parametros,
            semilla=semilla,
            duracion_s=duracion,
            colgado=colgado,
            fatal=errores.fatal,
            codigo_salida=proceso.returncode
            if proceso.returncode is not None and proceso.returncode >= 0
            else None,
            resultado=resultado,
            salida=salida.texto(),
            errores=errores.texto(),
            procesos=procesos,
            alumnos=alumnos,
            sin_avance=sin_avance,
            sin_decidir=sin_decidir,
            efectivo_s=efectivo,
            carreras=carreras,
            sin_candado=sin_candado,
            perdidos=perdidos,
            colas_vacias=colas_vacias,
            ordenes=_estado.ordenes(receptor),
            desordenes=_estado.desordenes(receptor),
            adelantadas=_estado.adelantadas(receptor),
            relevo_roto=receptor.existe("relevo-roto"),
        )


def _entorno(registros: Path, alumnos: list[str], semilla: int | None) -> dict[str, str]:
    entorno = dict(os.environ)
    rutas = [str(_ARRANQUE)]
    if entorno.get("PYTHONPATH"):
        rutas.append(entorno["PYTHONPATH"])
    entorno["PYTHONPATH"] = os.pathsep.join(rutas)
    entorno["VERIFICADOR_PROCESOS_DIR"] = str(registros)
    entorno["VERIFICADOR_PROCESOS_ALUMNO"] = os.pathsep.join(alumnos)
    entorno.pop("VERIFICADOR_PROCESOS_RAIZ", None)
    entorno["VERIFICADOR_PROCESOS_PADRE"] = str(os.getpid())
    entorno.pop("VERIFICADOR_PROCESOS_SEMILLA", None)
    entorno.pop("VERIFICADOR_PROCESOS_PLAZO_MAX_S", None)
    entorno.pop(ENV_TUBO, None)
    if semilla is not None:
        entorno["VERIFICADOR_PROCESOS_SEMILLA"] = str(semilla)
    entorno["PYTHONUNBUFFERED"] = "1"
    entorno["PYTHONDONTWRITEBYTECODE"] = "1"
    entorno["PYTHONNODEBUGRANGES"] = "1"  # sin marcas ^^^: trazas más limpias para el alumno
    entorno.setdefault("PYTHONIOENCODING", "utf-8")
    return entorno


def _pedir_pilas(
    registros: Path, receptor: Receptor, vistos: dict[int, tuple[str, str]]
) -> dict[int, str]:
    """Pide la pila a cada proceso instrumentado y vivo, y la lee (solo explica, no decide)."""
    pedidos = []
    for pid in vistos:
        if receptor.existe(f"inicio-{pid}.json"):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGUSR1)
                pedidos.append(pid)
    time.sleep(ESPERA_PILAS_S if pedidos else 0)
    pilas = {}
    for pid in pedidos:
        with contextlib.suppress(OSError):
            pilas[pid] = (registros / f"pila-{pid}.txt").read_text(
                encoding="utf-8", errors="replace"
            )
    return pilas


def _matar_grupo(grupo: int, proceso: subprocess.Popen[bytes]) -> None:
    """SIGKILL a todo el grupo y recoge los zombis, también los de nietos huérfanos."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(grupo, signal.SIGKILL)
    with contextlib.suppress(Exception):
        proceso.wait(timeout=ESPERA_LIMPIEZA_S)
    limite = time.monotonic() + ESPERA_LIMPIEZA_S
    while time.monotonic() < limite:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(grupo, signal.SIGKILL)
        while True:
            try:
                pid, _ = os.waitpid(-grupo, os.WNOHANG)
            except ChildProcessError:
                pid = -1
            if pid <= 0:
                break
        # Los zombis que no podemos recoger (sin subreaper) son cosa de init.
        if not _estado.pids_del_grupo(grupo, zombis=_subreaper_hecho):
            return
        time.sleep(0.01)
