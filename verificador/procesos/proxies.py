"""Proxies de `Manager` (dict, list, Namespace, Value): la perturbación de `datos.py`.

`hijo.py` carga este módulo por su ruta justo después de `datos.py` y le pasa
ese módulo: se usan sus mismas reglas (qué candados protegen un dato, cuánto se
puede esperar, cómo se anota una actualización perdida). `d[k] += 1` a través
de un proxy es leer por el tubo y escribir por el tubo: tras una lectura del
alumno sin un candado común, el proceso espera (acotado, solo con semilla) a
que otro escriba ese elemento; leer y escribir el mismo elemento sin ese
candado queda anotado (`rmw-<pid>.json`) aunque esta vez nadie se cruzara. Los
candados de un Manager (`AcquirerProxy`) que tiene el proceso cuentan como
protección (`datos._proxies_tenidos`). Con o sin semilla, cada llamada del
alumno que cambia un proxy cuenta como un envío.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

# Métodos de un proxy de Manager que solo leen un dato (los demás, si vienen del alumno, envían).
LECTURAS = frozenset({"__getitem__", "get", "__getattribute__"})
NO_ENVIAN = LECTURAS | frozenset(
    {"__len__", "__contains__", "__repr__", "__str__", "#GETVALUE", "keys", "values", "items",
     "copy", "count", "index", "acquire", "release", "__iter__", "__reduce__", "qsize", "empty",
     "full", "wait", "is_set", "get_nowait"}
)
ESCRITURAS_CON_CLAVE = frozenset({"__setitem__", "__setattr__"})
ESCRITURAS = ESCRITURAS_CON_CLAVE | {"set"}
# Lecturas del principal que cuentan como usar el dato (ver `adelantadas.py`).
LEIDAS_EN_PRINCIPAL = LECTURAS | frozenset(
    {"__len__", "__contains__", "__repr__", "__str__", "#GETVALUE", "keys", "values", "items",
     "copy", "count", "index", "__iter__"})
# Proxies cuyos elementos se leen y se escriben por separado (`d[k] += 1` no es atómico).
PROXIES_DE_DATOS = frozenset({"DictProxy", "ListProxy", "NamespaceProxy", "ValueProxy"})
# Lo más que espera un proceso a que otro compruebe el mismo contenedor, cada vez y en total;
# y cuánto sin que ningún otro proceso gaste CPU antes de dejar de esperar (segundos).
ESPERA_COMPROBACION_S = 2.0
PRESUPUESTO_COMPROBACION_S = 3.0
QUIETOS_S = 0.1

_comprobando = 0.0  # lo que lleva este proceso esperando a que otro compruebe lo mismo


def _esperar_comprobacion(datos: Any, comprobaciones_de_otros: Any, base: int) -> None:
    """Tras comprobar un contenedor sin protección y antes de cambiarlo: espera a que otro
    proceso compruebe el mismo contenedor (`if x not in l: l.append(x)` en dos procesos:
    los dos ven que falta y los dos lo añaden). Mientras otros procesos avanzan (gastan
    CPU), no por reloj: con la máquina cargada espera lo mismo en pasos de los demás."""
    global _comprobando
    if _comprobando >= PRESUPUESTO_COMPROBACION_S or os.getpid() == datos._h._raiz or datos._solo():
        return
    datos._h._retencion.espera()
    inicio = time.monotonic()
    limite = inicio + min(ESPERA_COMPROBACION_S, PRESUPUESTO_COMPROBACION_S - _comprobando)
    cpu, desde = _cpu_de_otros(datos), inicio
    while time.monotonic() < limite:
        visto = comprobaciones_de_otros()
        if not isinstance(visto, int) or visto > base or datos._solo():
            break
        time.sleep(0.002)
        ahora, gastada = time.monotonic(), _cpu_de_otros(datos)
        if gastada != cpu:
            cpu, desde = gastada, ahora
        elif ahora - desde >= QUIETOS_S:
            break  # nadie más avanza: nadie va a mirar
    _comprobando += time.monotonic() - inicio


def _cpu_de_otros(datos: Any) -> float:
    """La CPU que llevan gastada los demás procesos hijo del alumno que siguen vivos."""
    return sum(datos._h._retencion._cpu(pid) for pid in datos._otros_vivos())


def instalar(datos: Any) -> None:
    """Proxies de Manager: `d[k] += 1` es leer por el tubo y escribir por el tubo."""
    import multiprocessing.managers as gestores

    pendientes: dict[Any, tuple[object, object]] = {}

    original = gestores.BaseProxy._callmethod
    sin_candado: set[tuple[str, str]] = set()  # datos leídos sin protección, aún sin escribir
    leido_entero: set[str] = set()  # proxies leídos sin protección desde la última escritura

    comprobadas: dict[str, int] = {}  # contenedor -> lecturas enteras sin protección de este proceso
    comprobado: dict[str, tuple[str, int]] = {}  # contenedor -> (qué miró, cuántos lo habían mirado ya)

    def _consultar(pregunta: str) -> Any:
        return datos._h.consultar(pregunta)

    def _anotar_comprobacion(contenedor: str, que: str) -> None:
        # Una lectura entera sin protección en un hijo (`x in l`: `que` es `x`; `len(d)`,
        # `list(l)`: nada): se publica, con cuántos procesos habían mirado ya lo mismo.
        if not datos._perturbar or _comprobando >= PRESUPUESTO_COMPROBACION_S:
            return
        n = comprobadas[contenedor] = comprobadas.get(contenedor, 0) + 1
        datos._h._escribir(f"comprueba-{contenedor}-{n}-{os.getpid()}.json", {"que": que})
        otros = _consultar(f"comprobaciones:{contenedor}:{que}")
        if isinstance(otros, int):
            comprobado[contenedor] = (que, otros)

    def _esperar_al_contenedor(proxy: Any, contenedor: str) -> None:
        # Leer el contenedor (entero o a trozos) y luego escribirlo sin candado común: antes
        # de escribir, espera (acotado) a que otro proceso mire lo mismo. `if x not in l:
        # l.append(x)` en dos procesos añade dos veces, y `copia = list(l); l[:] = copia +
        # lote` pierde el lote del otro, como en una ejecución real. Espera uno solo a la vez
        # (si esperaran los dos, ninguno llegaría a mirar); si ya espera otro, este espera a
        # que alguien cambie el contenedor.
        visto = comprobado.pop(contenedor, None)
        if visto is not None and _consultar(f"aguardan:{contenedor}") is False:
            que, base = visto
            marca = f"{contenedor}-{comprobadas.get(contenedor, 0)}-{os.getpid()}.json"
            datos._h._escribir(f"aguarda-{marca}", {})
            try:
                _esperar_comprobacion(datos, lambda: _consultar(f"comprobaciones:{contenedor}:{que}"), base)
            finally:
                datos._h._escribir(f"aguardado-{marca}", {})
            return

        def foto() -> Any:
            return original(proxy, "#GETVALUE", (), {})

        try:
            antes = foto()
        except Exception:
            return
        datos._esperar_escritura(foto, antes)

    def _callmethod(self: Any, methodname: str, args: tuple[Any, ...] = (), kwds: Any = None) -> Any:
        kwds = {} if kwds is None else kwds
        if isinstance(self, gestores.AcquirerProxy):
            resultado = original(self, methodname, args, kwds)
            clave = str(self._token.id)
            if methodname == "acquire" and resultado is not False:
                datos._proxies_tenidos[clave] = datos._proxies_tenidos.get(clave, 0) + 1
            elif methodname == "release":
                datos._proxies_tenidos[clave] = max(0, datos._proxies_tenidos.get(clave, 0) - 1)
            return resultado
        alumno = datos._h.marco_del_alumno(1, 3)
        if alumno is None or os.getpid() == datos._h._raiz:
            if (alumno is not None and methodname not in LEIDAS_EN_PRINCIPAL
                    and methodname not in NO_ENVIAN and type(self).__name__ in PROXIES_DE_DATOS):
                datos._h._retencion.ceder()  # el principal escribe: los retenidos, primero
            if (alumno is not None and datos._perturbar and methodname in LEIDAS_EN_PRINCIPAL
                    and type(self).__name__ in PROXIES_DE_DATOS):
                adelantadas = sys.modules.get("_verificador_procesos_adelantadas")
                if adelantadas is not None:
                    adelantadas.leida(self, alumno)
            return original(self, methodname, args, kwds)
        tipo = type(self).__name__
        es_dato = tipo in PROXIES_DE_DATOS
        dato = (str(self._token.id), "valor" if tipo == "ValueProxy" else repr(args[:1])[:200])
        if es_dato and methodname in LEIDAS_EN_PRINCIPAL and methodname not in LECTURAS:
            if datos._sin_proteger(f"proxy:{self._token.id}", datos._tenidos()):
                leido_entero.add(dato[0])  # len(), copy(), items()...: una foto del contenedor
                resultado = original(self, methodname, args, kwds)
                _anotar_comprobacion(dato[0], repr(args[:1])[:200] if methodname == "__contains__" else "")
                return resultado
            return original(self, methodname, args, kwds)
        if es_dato and methodname in LECTURAS:
            try:
                valor = original(self, methodname, args, kwds)
            except Exception:
                # También es una lectura: `list(l)` de una lista vacía acaba en IndexError.
                if datos._sin_proteger(f"proxy:{self._token.id}", datos._tenidos()):
                    leido_entero.add(dato[0])
                raise
            if datos._sin_proteger(f"proxy:{self._token.id}", datos._tenidos()):
                leido_entero.add(dato[0])
                sin_candado.add(dato)
            if datos._perturbar and dato in sin_candado:
                visto = datos._esperar_escritura(lambda: original(self, methodname, args, kwds), valor)
                if visto is not datos._NADA:
                    pendientes[dato] = (valor, visto)
            return valor
        if methodname not in NO_ENVIAN:
            escrito = args[-1] if methodname in ESCRITURAS_CON_CLAVE or len(args) == 1 else list(args)
            datos._e.registrar_envio(escrito, hecho=False)
            lectura = pendientes.pop(dato, None) if es_dato and methodname in ESCRITURAS else None
            if lectura is not None:
                datos._anotar_carrera(lectura[0], lectura[1], escrito, alumno)
            if es_dato and dato[0] in leido_entero:
                leido_entero.discard(dato[0])
                if datos._perturbar and dato not in sin_candado:
                    _esperar_al_contenedor(self, dato[0])
                if dato not in sin_candado:
                    # Comprobó el contenedor sin candado común y lo cambia: comprobar y luego
                    # actuar, una carrera aunque esta vez nadie se cruzara (como abajo).
                    datos._h._escribir(f"rmw-{os.getpid()}.json", {
                        "archivo": alumno.f_code.co_filename, "linea": alumno.f_lineno})
            if es_dato and methodname in ESCRITURAS and dato in sin_candado:
                # Leer y escribir el mismo dato sin un candado común: una carrera aunque esta
                # vez nadie se cruzara (el juez lo usa para nombrar lo que se perdió).
                sin_candado.discard(dato)
                datos._h._escribir(f"rmw-{os.getpid()}.json", {
                    "archivo": alumno.f_code.co_filename, "linea": alumno.f_lineno})
            resultado = original(self, methodname, args, kwds)
            datos._h._retencion.confirmar()
            return resultado
        return original(self, methodname, args, kwds)

    gestores.BaseProxy._callmethod = _callmethod  # type: ignore[method-assign]

    servir = gestores.Server.serve_forever

    def serve_forever(self: Any) -> Any:
        # El servidor de un Manager espera con plazo para siempre: que la quietud no lo cuente.
        datos._h._escribir(f"servidor-{os.getpid()}", {})
        return servir(self)

    gestores.Server.serve_forever = serve_forever  # type: ignore[method-assign]
