"""Perturbación sembrada ligada al dato, DESDE DENTRO de cada proceso del intento.

`hijo.py` carga este módulo por su ruta (como `_verificador_procesos_datos`)
en cada proceso instrumentado, después de `envios.py` (que cuenta lo que cada
hijo entrega a otros procesos; aquí se usa para las escrituras de `Value` y de
proxies).

Solo con semilla: tras leer un `Value`, un `RawValue` o un elemento de un proxy
de `Manager` (`d[k]`, `d.get(k)`, `ns.x`, `v.value`) desde el código del
alumno, si ese dato no está protegido, el proceso espera (acotado) a que otro
proceso lo escriba; lo mismo antes de escribir un `Value` leído con candado y
escrito sin él. Un dato está protegido solo si TODOS los procesos que lo leen
tienen a la vez un mismo candado compartido (o su propio `get_lock()`): un
candado privado por proceso no protege nada. Cada proceso publica en
`acceso-<dato>-<pid>.json` la intersección de los candados que tenía en sus
accesos (al ejecutor, que la guarda), y cada uno decide con la intersección de
todas, que le pregunta al ejecutor: borrar o inventar archivos no cambia nada. Además, antes de
algunos `Queue.put` del alumno, pausas de milisegundos (`while not
cola.empty()` deja de «funcionar por suerte»).

Las esperas a otro proceso acaban sin depender del reloj cuando nadie puede
llegar: si el principal está bloqueado en `join()` (sin plazo) de este hijo,
con un solo hilo y sin otro hijo vivo (salvo el servidor de un `Manager`),
ningún otro proceso puede arrancar ni escribir mientras este corre (programa en
serie): el principal lo anuncia al ejecutor (`solo-<pid>`) antes de esperar y el hijo,
que se lo pregunta al ejecutor, no espera ningún encuentro. Así un programa en serie da el mismo veredicto con la
máquina libre o cargada.
"""

from __future__ import annotations

import os
import sys
import time
from types import FrameType, ModuleType
from typing import Any

# Presupuesto de perturbación (segundos, por proceso): cuánto puede esperar en total.
PRESUPUESTO_ESPERA_S = 0.4
# Espera máxima tras una lectura sin protección a que otro proceso escriba (segundos).
ESPERA_LECTURA_S = (0.015, 0.040)
# Espera única a que otro proceso esté ejecutando código del alumno (segundos).
ESPERA_ENCUENTRO_S = 2.0
# Espera única por dato a que otro proceso publique sus candados (segundos).
ESPERA_CANDADOS_S = 0.3
# Cada cuánto se relee la intersección de candados publicada por los demás (segundos).
PERIODO_CANDADOS_S = 0.005
# Retrasos de Queue.put: probabilidad y rango (segundos), por put del alumno.
PROB_RETRASO_PUT = 0.5
RETRASO_PUT_S = (0.002, 0.015)
# Actualizaciones perdidas anotadas por proceso como prueba (carrera-<pid>-<n>.json).
MAX_CARRERAS = 3
_NADA = object()
_h: Any = None  # el módulo hijo (rutas, pid raíz, semilla, nombre del proceso)
_e: Any = None  # el módulo envios.py de este proceso


# --- candados que protegen cada dato ---------------------------------------------

_candados: Any = None  # WeakSet de Lock/RLock/Semaphore recibidos de otro proceso
_proxies_tenidos: dict[str, int] = {}  # candados de un Manager que este proceso tiene
_interseccion: dict[str, frozenset[str]] = {}  # por dato: candados en TODAS mis lecturas
_global: dict[str, tuple[float, bool]] = {}  # por dato: (cuándo se miró, protegido)
_esperado_candados: set[str] = set()


def _nombre_semlock(candado: Any) -> str | None:
    try:
        if candado._semlock._is_mine():
            return str(candado._semlock.name or id(candado._semlock))
    except Exception:
        return None
    return None


def _tenidos(propio: Any = None) -> frozenset[str]:
    nombres = {n for n in (_nombre_semlock(c) for c in list(_candados or ())) if n}
    if propio is not None:
        nombre = _nombre_semlock(propio)
        if nombre:
            nombres.add(nombre)
    nombres.update(f"proxy:{k}" for k, v in _proxies_tenidos.items() if v > 0)
    return frozenset(nombres)


def _archivo_dato(clave: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in clave)[:80]


def _protegido(clave: str, tenidos: frozenset[str]) -> bool:
    """¿Tienen TODOS los procesos que leen `clave` un candado común en cada lectura?"""
    previa = _interseccion.get(clave)
    propia = tenidos if previa is None else previa & tenidos
    nombre = _archivo_dato(clave)
    if propia != previa:
        _interseccion[clave] = propia
        _h._escribir(f"acceso-{nombre}-{os.getpid()}.json", {"candados": sorted(propia)})
        _global.pop(clave, None)
    if not propia:
        return False
    ahora = time.monotonic()
    visto = _global.get(clave)
    if visto is not None and ahora - visto[0] < PERIODO_CANDADOS_S:
        return visto[1]
    otros = _candados_de_otros(nombre)
    if not otros and clave not in _esperado_candados and _h._semilla is not None and not _solo():
        # Nadie más publicó todavía: espera (una vez por dato) a que otro proceso lo lea.
        _esperado_candados.add(clave)
        _h._retencion.espera()
        limite = ahora + ESPERA_CANDADOS_S
        while not otros and time.monotonic() < limite and not _solo():
            time.sleep(0.002)
            otros = _candados_de_otros(nombre)
    comun = propia
    for conjunto in otros:
        comun &= conjunto
    protegido = bool(comun)
    _global[clave] = (time.monotonic(), protegido)
    return protegido


_definitivo: dict[str, float] = {}  # por dato: cuándo se supo que todos habían publicado


def _sin_proteger(clave: str, tenidos: frozenset[str]) -> bool:
    """¿Hay que perturbar este acceso? Sí si no está protegido, y también si su
    protección es provisional: algún hijo vivo aún no dijo qué candados tiene en
    sus accesos al dato (si usa otro candado, no hay exclusión). Saltarse la
    perturbación mientras tanto haría depender el veredicto de quién arrancó antes.
    """
    if not _protegido(clave, tenidos):
        return True
    if _h._semilla is None or clave in _definitivo:
        return False
    pendientes = _h.consultar(f"pendientes:{_archivo_dato(clave)}")
    if isinstance(pendientes, int) and pendientes > 0:
        return True
    _definitivo[clave] = time.monotonic()
    return False


def _listar() -> list[str]:
    """Los archivos de coordinación (ninguno si el programa vació o borró la carpeta)."""
    try:
        return os.listdir(_h._dir)
    except OSError:
        return []


def _candados_de_otros(nombre: str) -> list[frozenset[str]]:
    """Los candados que publicaron los demás procesos para el dato (los guarda el ejecutor)."""
    respuesta = _h.consultar(f"acceso:{nombre}")
    if not isinstance(respuesta, list):
        return []
    return [frozenset(str(c) for c in conjunto) for conjunto in respuesta if isinstance(conjunto, list)]


# --- perturbación sembrada ---------------------------------------------------------

_rng: Any = None
_gastado = 0.0
_encuentro_hecho = False
_carreras = 0


def _generador() -> Any:
    global _rng
    if _rng is None:
        import random

        _rng = random.Random(f"{_h._semilla}:{_h._nombre_proceso()}")
    return _rng


_solo_visto = False


def _solo() -> bool:
    """¿Está este hijo solo (el principal espera su fin, sin nadie más que pueda arrancar)?

    Lo sabe el ejecutor: solo cuenta el anuncio que mandó el propio principal.
    """
    global _solo_visto
    if not _solo_visto:
        _solo_visto = _h.consultar("solo") is True
    return _solo_visto


def _instalar_union() -> None:
    """En el principal: antes de un `join()` sin plazo, anota si el hijo queda solo."""
    import multiprocessing.process as proceso
    import threading

    join_original = proceso.BaseProcess.join
    start_original = proceso.BaseProcess.start

    def start(self: Any) -> None:
        objetivo = getattr(self, "_target", None)
        # El servidor de un Manager no ejecuta código del alumno ni arranca procesos.
        self._verificador_servidor = getattr(objetivo, "__name__", "") == "_run_server"
        start_original(self)

    def join(self: Any, timeout: float | None = None) -> None:
        if timeout is None and os.getpid() == _h._raiz and self.pid is not None:
            try:
                otros = [h for h in proceso.active_children()
                         if h is not self and not getattr(h, "_verificador_servidor", False)]
                hilos = [t for t in threading.enumerate() if t.name != "verificador-retencion"]
                if not otros and len(hilos) == 1 and self.is_alive():
                    _h._escribir(f"solo-{self.pid}", {})
            except Exception:
                pass
        join_original(self, timeout)

    proceso.BaseProcess.start = start  # type: ignore[method-assign]
    proceso.BaseProcess.join = join  # type: ignore[method-assign]


def _otros_vivos() -> list[int]:
    """Los otros procesos hijo que ejecutan código del alumno y aún no terminaron."""
    yo, pids = os.getpid(), []
    for marca in _listar():
        if not (marca.startswith("alumno-") and marca.endswith(".json")):
            continue
        cifras = marca[len("alumno-") : -len(".json")]
        if not cifras.isdigit():
            continue
        pid = int(cifras)
        if pid not in (yo, _h._raiz) and not os.path.exists(os.path.join(_h._dir, f"fin-{pid}.json")):
            pids.append(pid)
    return pids


def _otros_activos() -> bool:
    """¿Hay otro proceso hijo ejecutando código del alumno ahora mismo?"""
    return bool(_otros_vivos())


def _esperar_escritura(leer_crudo: Any, leido: object) -> object:
    """Tras una lectura sin protección, espera a que otro proceso escriba (acotado).

    Devuelve el valor que escribió otro proceso durante la espera, o `_NADA`.
    """
    global _gastado, _encuentro_hecho
    if _gastado >= PRESUPUESTO_ESPERA_S or os.getpid() == _h._raiz:
        return _NADA
    if _solo():
        return _NADA  # nadie más puede escribir mientras este proceso corre
    _h._retencion.espera()  # espera a otro proceso: si el principal lo espera, suelta a todos
    if not _encuentro_hecho:
        _encuentro_hecho = True
        limite = time.monotonic() + ESPERA_ENCUENTRO_S
        while not _otros_activos() and time.monotonic() < limite:
            if _solo():
                return _NADA
            time.sleep(0.002)
    inicio = time.monotonic()  # el encuentro inicial no gasta presupuesto
    limite = inicio + _generador().uniform(*ESPERA_LECTURA_S)
    visto: object = _NADA
    while time.monotonic() < limite:
        try:
            actual = leer_crudo()
            if actual != leido:
                visto = actual
                break
        except Exception:
            break
        time.sleep(0.001)
    _gastado += time.monotonic() - inicio
    return visto


def _anotar_carrera(
    leido: object, visto: object, escrito: object, marco: FrameType, tipo: str = "perdida"
) -> None:
    """Deja constancia de una actualización perdida: la prueba para la línea de tiempo.

    `tipo`: `perdida` (la escritura pisa la de otro proceso) o `comprobacion` (el
    proceso decidió con una lectura sin candado que otro cambió antes de que
    escribiera; solo explica un fallo del programa, no es un fallo por sí sola).
    """
    global _carreras
    if _carreras >= MAX_CARRERAS:
        return
    _carreras += 1
    codigo = marco.f_code
    _h._escribir(
        f"carrera-{os.getpid()}-{_carreras}.json",
        {
            "actor": _h._nombre_proceso(),
            "archivo": codigo.co_filename,
            "linea": marco.f_lineno,
            "leido": repr(leido)[:200],
            "visto": repr(visto)[:200],
            "escrito": repr(escrito)[:200],
            "tipo": tipo,
        },
    )


def _instalar_candados() -> None:
    global _candados
    import multiprocessing.synchronize as sincronizacion
    import weakref

    # Todo Lock/RLock/Semaphore recibido de otro proceso puede proteger un dato; si lo
    # protege o no lo decide `_protegido` con lo que publican todos los procesos.
    _candados = weakref.WeakSet()
    for clase in (sincronizacion.Lock, sincronizacion.RLock, sincronizacion.Semaphore):
        estado_original = clase.__setstate__

        def __setstate__(self: Any, estado: Any, _o: Any = estado_original) -> None:
            _o(self, estado)
            _candados.add(self)

        clase.__setstate__ = __setstate__


def _leida_en_principal(dato: Any) -> None:
    """El principal leyó un Value/Array (desde el alumno): sondeo y lectura adelantada."""
    marco = _h._retencion.marco_del_alumno(1, 6)
    if marco is None:
        return
    _h._retencion.sondeo()
    adelantadas = sys.modules.get("_verificador_procesos_adelantadas")
    if adelantadas is not None:
        adelantadas.leida(dato, marco)


def _perturbar_valores(pendientes: dict[Any, tuple[object, object]]) -> None:
    import multiprocessing.sharedctypes as compartidos

    sincronizado: Any = compartidos.Synchronized
    propiedad = sincronizado.value
    leidos: dict[int, Any] = {}  # última lectura del alumno de cada Value, hasta su escritura
    sueltas: dict[int, Any] = {}  # primera lectura sin ningún candado, hasta la escritura

    def _clave(self: Any) -> tuple[Any, str]:
        candado = self.get_lock()
        nombre = getattr(getattr(candado, "_semlock", None), "name", None) or "valor"
        return candado, f"valor:{nombre}"

    def _leer(self: Any) -> Any:
        valor = propiedad.fget(self)
        if _perturbar and os.getpid() == _h._raiz:
            _leida_en_principal(self)
        elif _perturbar and _e._del_alumno(1, 1):
            leidos[id(self)] = valor
            candado, clave = _clave(self)
            tenidos = _tenidos(candado)
            if not tenidos:
                sueltas.setdefault(id(self), valor)
            if _sin_proteger(clave, tenidos):
                crudo = self.get_obj()
                visto = _esperar_escritura(lambda: type(crudo).value.__get__(crudo), valor)
                if visto is not _NADA:
                    pendientes[id(self)] = (valor, visto)
        return valor

    def _poner(self: Any, valor: Any) -> None:
        if _e._del_alumno(1, 1):
            _h._retencion.retener()
            leido = leidos.get(id(self), _NADA)
            suelta = sueltas.pop(id(self), _NADA)
            if (suelta is not _NADA and leido is not _NADA and suelta != leido
                    and id(self) not in pendientes):
                # Comprobó el dato sin candado y, cuando escribe, otro proceso ya lo
                # había cambiado: decidió con un valor viejo (comprobar y luego actuar).
                _anotar_carrera(suelta, leido, valor, sys._getframe(1), tipo="comprobacion")
            leido = leidos.pop(id(self), _NADA)
            if leido is not _NADA and id(self) not in pendientes:
                # Leyó con el candado y escribe sin él: la ventana está en la escritura.
                candado, clave = _clave(self)
                if _sin_proteger(clave, _tenidos(candado)):
                    crudo = self.get_obj()
                    visto = _esperar_escritura(lambda: type(crudo).value.__get__(crudo), leido)
                    if visto is not _NADA:
                        pendientes[id(self)] = (leido, visto)
            propiedad.fset(self, valor)
            _e.registrar_envio(valor)
            lectura = pendientes.pop(id(self), None)
            if lectura is not None:
                _anotar_carrera(lectura[0], lectura[1], valor, sys._getframe(1))
        else:
            propiedad.fset(self, valor)

    sincronizado.value = property(_leer, _poner)
    _perturbar_valores_crudos(compartidos, pendientes)


def _perturbar_valores_crudos(compartidos: Any, pendientes: dict[Any, tuple[object, object]]) -> None:
    """`RawValue` (y `Value(..., lock=False)`): la misma ventana, sin candado propio.

    Un RawValue es un objeto de ctypes: se sustituye su tipo por una subclase del
    mismo tipo cuyo `value` espera tras una lectura del alumno sin protección
    (todos los RawValue cuentan como un solo dato para decidir qué los protege).
    Las subclases se crean al arrancar cada proceso, para que pickle las
    encuentre por su nombre en todos.
    """
    modulo = sys.modules[__name__]
    perturbados: dict[Any, Any] = {}
    for tipo in set(compartidos.typecode_to_type.values()):
        descriptor = tipo.value

        def _leer(self: Any, _d: Any = descriptor) -> Any:
            valor = _d.__get__(self)
            if (_perturbar and os.getpid() != _h._raiz and _e._del_alumno(1, 1)
                    and _sin_proteger("crudo", _tenidos())):
                visto = _esperar_escritura(lambda: _d.__get__(self), valor)
                if visto is not _NADA:
                    pendientes[id(self)] = (valor, visto)
            return valor

        def _poner(self: Any, valor: Any, _d: Any = descriptor) -> None:
            if _e._del_alumno(1, 1):
                _h._retencion.retener()
            _d.__set__(self, valor)
            if _e._del_alumno(1, 1):
                _e.registrar_envio(valor)
                lectura = pendientes.pop(id(self), None)
                if lectura is not None:
                    _anotar_carrera(lectura[0], lectura[1], valor, sys._getframe(1))

        nombre = f"Perturbado_{tipo.__name__}"
        clase = type(nombre, (tipo,), {"value": property(_leer, _poner), "__module__": __name__})
        clase.__qualname__ = nombre
        setattr(modulo, nombre, clase)
        perturbados[tipo] = clase

    crudo_original = compartidos.RawValue

    def RawValue(typecode_or_type: Any, *args: Any) -> Any:  # mismo nombre que el original
        tipo = compartidos.typecode_to_type.get(typecode_or_type, typecode_or_type)
        return crudo_original(perturbados.get(tipo, tipo), *args)

    compartidos.RawValue = RawValue


_perturbar = False


def instalar(hijo: ModuleType, envios: ModuleType) -> None:
    """Candados y proxies en todos los procesos; las esperas, solo si hay semilla."""
    global _h, _e, _perturbar
    _h, _e = hijo, envios
    _perturbar = hijo._semilla is not None
    pendientes: dict[Any, tuple[object, object]] = {}
    _instalar_candados()
    _perturbar_valores(pendientes)
    if not _perturbar:
        return
    _instalar_union()
    import multiprocessing.queues as colas

    # JoinableQueue redefine `put` sin llamar a Queue.put: se perturba aparte.
    colas.Queue.put = _put_con_pausas(colas.Queue.put)  # type: ignore[method-assign]
    colas.JoinableQueue.put = _put_con_pausas(colas.JoinableQueue.put)  # type: ignore[method-assign]


def _put_con_pausas(put_original: Any) -> Any:
    def put(self: Any, obj: Any, block: bool = True, timeout: float | None = None) -> None:
        global _gastado
        if _e._del_alumno(1, 1) and _gastado < PRESUPUESTO_ESPERA_S and os.getpid() != _h._raiz:
            rng = _generador()
            if rng.random() < PROB_RETRASO_PUT:
                pausa = rng.uniform(*RETRASO_PUT_S)
                _gastado += pausa
                time.sleep(pausa)
        put_original(self, obj, block, timeout)

    return put
