"""Actualizaciones perdidas entre hilos del ejecutor (`to_thread`, `run_in_executor`), vistas al ocurrir.

Los trabajos del ejecutor corren por turnos (turnos.py) y un turno puede
acabar entre dos instrucciones cualesquiera del código del alumno, como en
CPython. Si un hilo lee un dato compartido (una variable global, un atributo,
un elemento de una lista o un diccionario), pierde el turno, otro hilo escribe
ese dato, y el primero escribe después sin haberse sincronizado entre medias
(sin tomar ni soltar un candado, ni esperar un evento o una cola), el primero
escribe a partir de lo que leyó antes: la actualización del otro se pierde.
Eso es una carrera que ha ocurrido de verdad en esta planificación, no una
sospecha: no hace falta que el programa compruebe el resultado para verla.

Solo cuenta lo que hacen los hilos del ejecutor entre sí; un hilo que se
sincroniza entre su lectura y su escritura (toma un candado, espera algo)
vuelve a empezar, porque entonces el otro pudo escribir en orden. Y solo
lecturas de valores inmutables (números, textos, tuplas, None): escribir a
partir de ellos crea otro objeto, que sustituye al del otro hilo; con una lista
(`resultados += [x]`) el objeto guardado es el mismo, ampliado en su sitio, y
no se pierde nada.
"""

from __future__ import annotations

import linecache
import os
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from verificador import analisis
from verificador.veredictos import Evidencia, Paso

_LECTURA, _ESCRITURA, _LLAMADA = analisis.LECTURA, analisis.ESCRITURA, analisis.LLAMADA
# Solo se sigue una lectura de un valor inmutable: lo que se escriba a partir de él es otro
# objeto, que sustituye al que hubiera puesto otro hilo.
_INMUTABLES = (int, float, complex, str, bytes, tuple, frozenset, type(None))
_TIPOS_CONSTANTES = (types.FunctionType, types.ModuleType, type, types.BuiltinFunctionType, types.MethodType)


@dataclass(frozen=True)
class Acceso:
    trabajo: int
    archivo: str
    linea: int


@dataclass(frozen=True)
class Perdida:
    """Lo que prueba una actualización perdida: quién leyó, quién escribió entre medias y quién escribió encima."""

    dato: str  # «la variable global `total`»
    nombre: str  # «total», «[\'hola\']», «.saldo»
    leido: str  # el valor que leyó el primero (repr corto)
    lectura: Acceso
    otra: Acceso
    escritura: Acceso


def _corto(valor: Any) -> str:
    texto = repr(valor)
    return texto if len(texto) <= 40 else texto[:37] + "..."


class Actualizaciones:
    """Lecturas y escrituras de datos compartidos en los hilos del ejecutor de UNA ejecución."""

    def __init__(self) -> None:
        self._analizador = analisis.Analizador()
        self._serie = 0
        # dato -> (nº de escritura, quién y dónde)
        self._escrito: dict[Any, tuple[int, Acceso]] = {}
        # (trabajo, dato) -> (época del trabajo al leer, nº de la última escritura que vio, dónde, valor)
        self._leido: dict[tuple[int, Any], tuple[int, int, Acceso, str]] = {}
        self._epocas: dict[int, int] = {}
        self.perdida: Perdida | None = None

    def sincroniza(self, trabajo: int) -> None:
        """El trabajo tomó o soltó un candado (o esperó con uno): lo leído antes ya no cuenta."""
        self._epocas[trabajo] = self._epocas.get(trabajo, 0) + 1

    def instruccion(self, trabajo: int, marco: types.FrameType) -> bool:
        """La instrucción que el trabajo va a ejecutar ahora, ya con el turno. True si pierde una actualización."""
        p = self._analizador.de(marco.f_code).puntos.get(marco.f_lasti)
        if p is None:
            return False
        if p.tipo == _LLAMADA and p.nombre == "get" and p.objeto is not None:
            dato = _dato(p, marco, "indice")  # `d.get(k)` lee d[k]
            lectura = True
        elif p.categoria and (p.tipo == _LECTURA or p.tipo == _ESCRITURA):
            dato = _dato(p, marco, p.categoria)
            lectura = p.tipo == _LECTURA
        else:
            return False
        if dato is None:
            return False
        clave, descripcion, nombre, valor = dato
        epoca = self._epocas.get(trabajo, 0)
        acceso = Acceso(trabajo, marco.f_code.co_filename, p.linea)
        if lectura:
            if not isinstance(valor, _INMUTABLES):
                # `lista += [x]` guarda el mismo objeto que leyó, ampliado en su sitio: no pisa nada
                self._leido.pop((trabajo, clave), None)
                return False
            visto = self._escrito.get(clave)
            self._leido[(trabajo, clave)] = (epoca, visto[0] if visto else 0, acceso, _corto(valor))
            return False
        leido = self._leido.pop((trabajo, clave), None)
        ultimo = self._escrito.get(clave)
        self._serie += 1
        self._escrito[clave] = (self._serie, acceso)
        if leido is None or ultimo is None or self.perdida is not None:
            return False
        epoca_lectura, serie_vista, lectura, valor_leido = leido
        serie_otra, otra = ultimo
        if epoca_lectura != epoca or serie_otra <= serie_vista or otra.trabajo == trabajo:
            return False
        self.perdida = Perdida(descripcion, nombre, valor_leido, lectura, otra, acceso)
        return True


def _dato(p: analisis.Punto, marco: types.FrameType, categoria: str) -> tuple[Any, str, str, Any] | None:
    """(clave, descripción, nombre corto, valor ahora) del dato al que accede `p`.

    None si no se sabe cuál es o no es un dato (una función, una clase, un módulo).
    """
    try:
        if categoria == "global":
            g = marco.f_globals
            if p.nombre not in g:
                return None if p.tipo == _LECTURA else ((id(g), p.nombre), f"la variable global `{p.nombre}`",
                                                         str(p.nombre), None)
            valor = g[p.nombre]
            if p.tipo == _LECTURA and _constante(valor):
                return None
            return (id(g), p.nombre), f"la variable global `{p.nombre}`", str(p.nombre), valor
        if categoria == "atributo":
            obj = analisis.evaluar(p.objeto, marco)
            d = analisis.dict_de_instancia(obj)
            if not isinstance(d, dict) or isinstance(obj, types.ModuleType):
                return None
            if p.tipo == _LECTURA and (p.nombre not in d or _constante(d[p.nombre])):
                return None
            return ((id(obj), p.nombre), f"el atributo `{p.nombre}` de un {type(obj).__name__}",
                    f".{p.nombre}", d.get(p.nombre))
        if categoria == "indice":
            cont = analisis.evaluar(p.objeto, marco)
            if not isinstance(cont, (list, dict)):
                return None
            k = analisis.evaluar(p.clave, marco)
            hash(k)
            if isinstance(cont, dict):
                valor = cont.get(k)
                tipo = "diccionario"
            else:
                valor = cont[k] if isinstance(k, int) and -len(cont) <= k < len(cont) else None
                tipo = "lista"
            return (id(cont), k), f"el elemento [{k!r}] de un {tipo}", f"[{k!r}]", valor
    except (LookupError, TypeError):
        return None
    return None


def _constante(valor: Any) -> bool:
    return isinstance(valor, _TIPOS_CONSTANTES)


def evidencia(perdida: Perdida, nombre_de: Callable[[int], str]) -> Evidencia:
    """La evidencia de `carrera`: los tres pasos, con el hilo de cada uno."""
    lec, otra, esc = perdida.lectura, perdida.otra, perdida.escritura
    a, b = nombre_de(lec.trabajo), nombre_de(otra.trabajo)

    def paso(x: Acceso, actor: str, accion: str) -> Paso:
        return Paso(actor, os.path.basename(x.archivo), x.linea, linecache.getline(x.archivo, x.linea).strip(),
                    accion)

    def donde(x: Acceso) -> str:
        return f"{os.path.basename(x.archivo)}:{x.linea}"

    return Evidencia(
        resumen=(f"Actualización perdida en {perdida.dato}: {a} lo leyó ({donde(lec)}), {b} lo cambió "
                 f"({donde(otra)}) y {a} escribió encima ({donde(esc)}) a partir de lo que había leído: "
                 f"el cambio de {b} se perdió."),
        explicacion=("Los hilos de to_thread y run_in_executor corren de verdad a la vez: cualquiera puede "
                     "perder la CPU entre leer un dato y escribirlo. Protege la lectura y la escritura con "
                     "el mismo threading.Lock, o haz que cada hilo devuelva su parte y súmalas en la "
                     "corrutina."),
        linea_tiempo=[
            paso(lec, a, f"lee {perdida.nombre} = {perdida.leido}"),
            paso(otra, b, f"cambia {perdida.nombre}"),
            paso(esc, a, f"escribe {perdida.nombre} a partir del valor viejo {perdida.leido}"),
        ],
        cambios_de_contexto=2,
        ubicacion=donde(esc),
        detalles={"tipo": "actualizacion_perdida"},
    )
