"""A whole script's exit: the interpreter's implicit join, and results used too early.

When the main module of a script returns, CPython's `threading._shutdown`
joins every non-daemon thread and then kills the daemon ones. So a thread that
is still working (and printing) after `main` returns is no bug by itself:
PyMOTW-style examples start threads and simply fall off the end. The engine
emulates that shutdown and keeps exploring those threads for deadlocks, races
and exceptions (`Planificador.salida_implicita`).

What stays a bug, `incompleto`, is what the README calls it: the program uses
results, or announces completion, before the work that produces them has
finished. Two observations, both conservative (a real run can go wrong exactly
that way):

- *Early use*: the main thread's last read of a location (a global, an
  attribute, a list or dict element) happened while other threads were alive
  whose end it never waited for (no join, event or queue edge from their last
  step to main's exit), no thread was started after it, and by the end of
  the run the location held something new (a new element, another number, a
  new object). Main printed or returned a stale value. The same when main
  did wait for those threads, but only after that read, if the read was a
  one-off (its line read once by main in the run: not a polling loop) and
  main never read the location again. Only reads the race detector records
  are seen, so this runs in the detector runs.
- *Early announcement*: main printed a completion message («todo terminado»,
  «done»...; not about main itself) while some thread was alive, and that
  thread printed afterwards. Seen in every run.

Daemon threads killed at exit are covered by the first rule when they changed
a result after main last read it. A third rule covers the daemon that the
interpreter kills in the middle of its work:

- *Killed daemon*: at main's exit a daemon thread was still working (running
  or in `time.sleep`, not waiting on a lock, queue or event for more work),
  main never waited for it, it was not inside an endless service loop
  (`while True:` — a logger or heartbeat killed at exit is fine) unless items
  were still waiting in a `queue.Queue` it consumes from, and main
  either read a location that daemon writes while it was alive, or announced
  completion while it was alive. Its remaining work never happens.

"A location that daemon writes" is one it already wrote in this run, or a
global its target function fills (assigns under `global`, stores an item
into, or calls `append`/`update`/... on; `programas.llena_global`): the
daemon killed before its first write still owed that result. A daemon killed
before touching anything main read, whose function does not fill it, and with
no announcement, is not reported (nothing shows that a real run would use its
work).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from verificador.huellas import algo_nuevo, huella
from verificador.motor.detectores import AUSENTE, Acceso, valor_en
from verificador.motor.planificador import Estado, Hilo, Lugar, Planificador
from verificador.programas import en_bucle_sin_fin, llenado, muta_en_linea, trabajo_finito
from verificador.veredictos import Evidencia, Paso

_ANUNCIO = re.compile(
    r"\b(completad[oa]s?|complet[oó]|completaron|completed?|complete|terminad[oa]s?|termin[oó]|terminaron|"
    r"finalizad[oa]s?|finaliz[oó]|finalizaron|acabad[oa]s?|acab[oó]|acabaron|hecho|listos?|done|"
    r"finished|fin)\b",
    re.IGNORECASE,
)
_SOBRE_MAIN = re.compile(r"\b(main|principal)\b", re.IGNORECASE)


def _corto(ruta: str) -> str:
    return ruta.rsplit("/", 1)[-1]


def anuncia_fin(texto: str) -> bool:
    """Does this line of output announce that the work is finished (and not just main)?"""
    return bool(_ANUNCIO.search(texto)) and not _SOBRE_MAIN.search(texto)


def _huella(valor: Any) -> tuple[str, Any] | None:
    """What is compared to tell whether a location got something new later."""
    return ("ausente", None) if valor is AUSENTE else huella(valor)


@dataclass
class _Lectura:
    leer: Callable[[], Any]
    huella: tuple[str, Any]
    acceso: Acceso
    vivos: frozenset[int]
    n_hilos: int
    nombre_global: str | None = None  # the global's name, when the location is one
    objeto: Any = None  # the object, when the location is one of its attributes
    atributo: str | None = None


@dataclass
class _Anuncio:
    texto: str
    lugar: Lugar | None
    vivos: frozenset[int]


@dataclass
class Hallazgo:
    """Why the run counts as `incompleto`, ready to be told."""

    resumen: str
    explicacion: str
    ubicacion: str
    linea_tiempo: list[Paso]


def _con_trabajo(plan: Planificador, id_: int) -> bool:
    """Does a queue this thread consumes from still hold items (work handed to it, not done)?"""
    hilo = next(h for h in plan.hilos if h.id == id_)
    return any(_pendientes(cola) for cola in hilo.colas)


def _pendientes(cola: Any) -> int:
    try:
        return int(cola._qsize())  # no thread runs at exit: the internal size is exact
    except Exception:
        return 0


def _objetivo(plan: Planificador, id_: int) -> tuple[Any, tuple[Any, ...]]:
    """The code a thread runs and its positional arguments (`self` first for a method), or (None, ())."""
    hilo = next(h for h in plan.hilos if h.id == id_)
    fachada = hilo.fachada
    objetivo, args = getattr(fachada, "_tarea", (None, ()))  # `run` already returned (or unwound)
    objetivo = getattr(fachada, "_target", objetivo)
    args = tuple(getattr(fachada, "_args", args) or ())
    if objetivo is None:
        run = getattr(type(fachada), "run", None)  # a Thread subclass's own `run`
        codigo = getattr(run, "__code__", None)
        return (codigo, (fachada,)) if codigo is not None and codigo.co_filename in plan.archivos \
            else (None, ())
    if hasattr(objetivo, "__self__") and hasattr(objetivo, "__func__"):
        return getattr(objetivo.__func__, "__code__", None), (objetivo.__self__, *args)
    return getattr(objetivo, "__code__", None), args


def _objetivo_finito(plan: Planificador, id_: int) -> bool:
    """A thread that never ran: is its target a plain function without a service loop?"""
    codigo, _args = _objetivo(plan, id_)
    return codigo is not None and trabajo_finito(codigo.co_filename, codigo.co_firstlineno)


def _llenaria(plan: Planificador, id_: int, lectura: _Lectura) -> bool:
    """Would this thread's target, finite work (or a service with items still queued for it),
    write what main read (see `programas.llenado`): the global, a container passed to it as an
    argument, or its own object's attribute? For a daemon killed before it got to that write."""
    codigo, args = _objetivo(plan, id_)
    # A service thread (`while True: cola.get()`) with items still handed to it fills, for each,
    # what its loop fills.
    servicio = _con_trabajo(plan, id_)
    lleno = llenado(codigo.co_filename, codigo.co_firstlineno, servicio) if codigo is not None else None
    if lleno is None:
        return False
    if lectura.nombre_global is not None:
        if lectura.nombre_global in lleno.globales:
            return True
        try:
            valor = lectura.leer()
        except Exception:
            return False
        return any(k < len(args) and args[k] is valor for k in lleno.parametros)
    return lectura.atributo is not None and bool(args) and args[0] is lectura.objeto \
        and lectura.atributo in lleno.atributos


def _vivos(plan: Planificador) -> frozenset[int]:
    return frozenset(h.id for h in plan.hilos
                     if not h.principal and h.lanzado and h.estado is not Estado.TERMINADO)


def _lector(objeto: Any, categoria: str, clave: Any) -> Callable[[], Any]:
    if categoria == "atributo":
        return lambda: getattr(objeto, "__dict__", {}).get(clave, AUSENTE)
    return lambda: valor_en(objeto, clave)


class VigiaCierre:
    """Per run: main's last reads, its announcements, and who was alive when it ended."""

    def __init__(self) -> None:
        self.lecturas: dict[Any, _Lectura] = {}
        self.anuncios: list[_Anuncio] = []
        self.vivos_al_salir: frozenset[int] | None = None
        self.reloj_al_salir: list[int] = []
        self.n_hilos_al_salir = 0
        self.hallazgo: Hallazgo | None = None
        self.escritores: dict[Any, set[int]] = {}  # location -> daemons that wrote it (or read it as a container)
        self.sitios: Counter[tuple[str, int]] = Counter()  # main's reads per (file, line)
        self.daemons_al_salir: dict[int, tuple[Estado, Lugar | None]] = {}

    # called by DetectorCarreras.acceso (detector runs only)
    def acceso(self, plan: Planificador, hilo: Hilo, clave: Any, objeto: Any, categoria: str,
               escritura: bool, valor: Any, acceso: Acceso) -> None:
        if not hilo.principal:
            # What a daemon touches: written, or read when it is a container it may fill.
            if hilo.daemon and (escritura or (_huella(valor) or ("",))[0] == "elementos"):
                self.escritores.setdefault(clave, set()).add(hilo.id)
            return
        if plan.fin_principal:
            return
        if escritura or (isinstance(clave[1], str) and categoria in ("global", "atributo")
                         and muta_en_linea(acceso.archivo, acceso.linea, clave[1])):
            # main's own write; reading a container to append to it (`hilos.append(t)`) is one too
            self.lecturas.pop(clave, None)
            return
        self.sitios[(acceso.archivo, acceso.linea)] += 1
        vivos = _vivos(plan)
        huella = _huella(valor) if vivos else None
        if huella is None:
            self.lecturas.pop(clave, None)
            return
        self.lecturas[clave] = _Lectura(_lector(objeto, categoria, clave[1]), huella, acceso, vivos,
                                        len(plan.hilos),
                                        clave[1] if categoria == "global" and isinstance(clave[1], str)
                                        else None,
                                        objeto if categoria == "atributo" else None,
                                        clave[1] if categoria == "atributo" else None)

    def salida(self, plan: Planificador, hilo: Hilo, texto: str) -> None:
        if hilo.principal:
            if not plan.fin_principal and anuncia_fin(texto):
                vivos = _vivos(plan)
                if vivos:
                    self.anuncios.append(_Anuncio(texto.strip()[:80], plan.lugar_alumno(3), vivos))
            return
        if self.hallazgo is not None:
            return
        for anuncio in self.anuncios:
            if hilo.id in anuncio.vivos:
                self.hallazgo = self._anuncio_temprano(plan, anuncio, hilo, texto)
                return

    def al_salir(self, plan: Planificador) -> None:
        principal = next(h for h in plan.hilos if h.principal)
        self.reloj_al_salir = list(principal.reloj_orden)
        self.vivos_al_salir = _vivos(plan)
        self.n_hilos_al_salir = len(plan.hilos)
        self.daemons_al_salir = {h.id: (h.estado, h.lugar) for h in plan.hilos
                                 if h.daemon and h.id in self.vivos_al_salir}

    def _sin_esperar(self, plan: Planificador, ids: frozenset[int]) -> frozenset[int]:
        """Threads whose end main never waited for (join, event, queue...) before it returned."""
        reloj = self.reloj_al_salir
        return frozenset(h.id for h in plan.hilos if h.id in ids and
                         (h.reloj_orden[h.id] if h.id < len(h.reloj_orden) else 0) >
                         (reloj[h.id] if h.id < len(reloj) else 0))

    def fin(self, plan: Planificador) -> Hallazgo | None:
        """After a run without failure: the finding, if main used or announced results early."""
        if self.hallazgo is not None or self.vivos_al_salir is None:
            return self.hallazgo
        for lectura in self.lecturas.values():
            pendientes = self._sin_esperar(plan, lectura.vivos)
            # Waited for only afterwards: a one-off read (not a polling loop), never read again.
            una_vez = self.sitios[(lectura.acceso.archivo, lectura.acceso.linea)] == 1
            if not (pendientes or una_vez) or lectura.n_hilos != self.n_hilos_al_salir:
                continue
            try:
                ahora = _huella(lectura.leer())
            except Exception:
                continue
            if ahora is not None and algo_nuevo(lectura.huella, ahora):
                self.hallazgo = self._uso_temprano(plan, lectura, pendientes or lectura.vivos,
                                                   esperados_despues=not pendientes)
                break
        if self.hallazgo is None:
            self.hallazgo = self._daemon_matado(plan)
        return self.hallazgo

    def _trabajando(self, plan: Planificador) -> dict[int, Lugar | None]:
        """Daemons killed at exit in the middle of finite work (see the module's third rule)."""
        sin_esperar = self._sin_esperar(plan, frozenset(self.daemons_al_salir))
        reloj = self.reloj_al_salir
        # Main never synchronised with it (no queue join, event or lock edge from it): had main
        # waited for its work in any way, the daemon would be between work items, not inside one.
        return {i: lugar for i, (estado, lugar) in self.daemons_al_salir.items()
                if i in sin_esperar and estado in (Estado.LISTO, Estado.DURMIENDO)
                and (reloj[i] if i < len(reloj) else 0) == 0
                and (_con_trabajo(plan, i)
                     or (lugar is None and _objetivo_finito(plan, i))
                     or (lugar is not None and not en_bucle_sin_fin(lugar.archivo, lugar.linea)))}

    def _daemon_matado(self, plan: Planificador) -> Hallazgo | None:
        matados = self._trabajando(plan)
        if not matados:
            return None
        for clave, lectura in self.lecturas.items():
            if lectura.n_hilos != self.n_hilos_al_salir:
                continue
            suyos = frozenset(i for i in matados if i in lectura.vivos
                              and (i in self.escritores.get(clave, ())
                                   or _llenaria(plan, i, lectura)))
            if suyos:
                return self._matado(plan, suyos, matados, lectura=lectura)
        for anuncio in self.anuncios:
            suyos = frozenset(i for i in matados if i in anuncio.vivos)
            if suyos:
                return self._matado(plan, suyos, matados, anuncio=anuncio)
        return None

    # ------------------------------------------------------------------ evidence
    @staticmethod
    def _nombres(plan: Planificador, ids: frozenset[int]) -> str:
        nombres = [h.nombre for h in plan.hilos if h.id in ids]
        return ", ".join(nombres[:3]) + (f" y {len(nombres) - 3} más" if len(nombres) > 3 else "")

    def _uso_temprano(self, plan: Planificador, lectura: _Lectura, pendientes: frozenset[int], *,
                      esperados_despues: bool = False) -> Hallazgo:
        a = lectura.acceso
        donde = f"{_corto(a.archivo)}:{a.linea}"
        quienes = self._nombres(plan, pendientes)
        verbo = "seguía" if len(pendientes) == 1 else "seguían"
        despues = (" Los esperó, pero después de leer, y no volvió a leerlo." if esperados_despues
                   else "")
        return Hallazgo(
            resumen=(f"El programa principal usó un resultado en {donde} (`{a.codigo}`) mientras "
                     f"{quienes} {verbo} trabajando, y después ese dato cambió: leyó un valor a medio "
                     f"hacer.{despues}"),
            explicacion=("Nadie esperó a los hilos antes de usar lo que producen. Espera a que "
                         "terminen (join, o el `with` del ejecutor, o una cola) antes de leer sus "
                         "resultados."),
            ubicacion=donde,
            linea_tiempo=[Paso("MainThread", _corto(a.archivo), a.linea, a.codigo,
                               f"lee el resultado con {quienes} aún en marcha")],
        )

    def _matado(self, plan: Planificador, ids: frozenset[int], lugares: dict[int, Lugar | None], *,
                lectura: _Lectura | None = None, anuncio: _Anuncio | None = None) -> Hallazgo:
        quienes = self._nombres(plan, ids)
        lugar = next((lugares[i] for i in sorted(ids) if lugares.get(i) is not None), None)
        donde_daemon = f" (iba por {_corto(lugar.archivo)}:{lugar.linea})" if lugar else ""
        pasos = []
        if lectura is not None:
            a = lectura.acceso
            donde = f"{_corto(a.archivo)}:{a.linea}"
            que = f"usó un resultado en {donde} (`{a.codigo}`)"
            pasos.append(Paso("MainThread", _corto(a.archivo), a.linea, a.codigo,
                              f"lee el resultado con {quienes} aún trabajando"))
        else:
            assert anuncio is not None
            al = anuncio.lugar
            donde = f"{_corto(al.archivo)}:{al.linea}" if al else "?"
            que = f"anunció «{anuncio.texto}» en {donde}"
            if al is not None:
                pasos.append(Paso("MainThread", _corto(al.archivo), al.linea, al.codigo,
                                  f"imprime «{anuncio.texto}»"))
        if lugar is not None:
            pasos.append(Paso(", ".join(sorted(h.nombre for h in plan.hilos if h.id in ids)),
                              _corto(lugar.archivo), lugar.linea, lugar.codigo,
                              "el programa termina y el intérprete mata al hilo daemon aquí"))
        verbo = "seguía" if len(ids) == 1 else "seguían"
        return Hallazgo(
            resumen=(f"El programa principal {que} y terminó mientras el hilo daemon {quienes} {verbo} "
                     f"trabajando{donde_daemon}: al salir, Python mata los hilos daemon y el resto de "
                     "su trabajo no se hizo nunca."),
            explicacion=("Un hilo daemon no retrasa la salida del programa: cuando el hilo principal "
                         "acaba, el intérprete lo mata esté donde esté. Si su trabajo importa, espera a "
                         "que termine (join, o una cola con task_done/join) antes de usar sus "
                         "resultados o de dar el trabajo por terminado."),
            ubicacion=donde,
            linea_tiempo=pasos,
        )

    def _anuncio_temprano(self, plan: Planificador, anuncio: _Anuncio, hilo: Hilo, texto: str) -> Hallazgo:
        lugar = anuncio.lugar
        donde = f"{_corto(lugar.archivo)}:{lugar.linea}" if lugar else "?"
        despues = plan.lugar_alumno(3)
        pasos = []
        if lugar is not None:
            pasos.append(Paso("MainThread", _corto(lugar.archivo), lugar.linea, lugar.codigo,
                              f"imprime «{anuncio.texto}»"))
        if despues is not None:
            pasos.append(Paso(hilo.nombre, _corto(despues.archivo), despues.linea, despues.codigo,
                              f"imprime «{texto.strip()[:60]}»"))
        return Hallazgo(
            resumen=(f"El programa anunció «{anuncio.texto}» en {donde} cuando {hilo.nombre} todavía "
                     f"trabajaba: después imprimió «{texto.strip()[:60]}»."),
            explicacion=("El mensaje de fin llega antes que el trabajo. Espera a los hilos (join) "
                         "antes de dar el trabajo por terminado."),
            ubicacion=donde,
            linea_tiempo=pasos,
        )


class PlanificadorScript(Planificador):
    """The scheduler of a whole script: implicit join at exit, and a VigiaCierre per run."""

    salida_implicita = True

    def _reiniciar(self, estrategia: Any) -> None:
        super()._reiniciar(estrategia)
        self.vigia = VigiaCierre()

    def escribir(self, texto: str) -> None:
        h = self.hilo_actual()
        if h is not None and texto.strip():
            self.vigia.salida(self, h, texto)
        super().escribir(texto)

    def _fin_del_principal(self, h: Hilo) -> None:
        self.vigia.al_salir(self)
        super()._fin_del_principal(h)


def evidencia_de(hallazgo: Hallazgo) -> Evidencia:
    return Evidencia(resumen=hallazgo.resumen, explicacion=hallazgo.explicacion,
                     ubicacion=hallazgo.ubicacion, linea_tiempo=hallazgo.linea_tiempo,
                     detalles={"tipo": "incompleto"})
