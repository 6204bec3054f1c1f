"""`multiprocessing.Array`: cada elemento se perturba como un `Value` (solo con semilla).

`hijo.py` carga este módulo por su ruta después de `datos.py` y le pasa ese
módulo: se usan sus mismas reglas. Tras leer `arreglo[i]` (un índice entero)
desde el código del alumno sin un candado común a todos los procesos que
acceden al arreglo (su `get_lock()` o un mismo `Lock` compartido), el proceso
espera (acotado) a que otro escriba ese elemento; si al escribir `arreglo[i]`
otro proceso lo había cambiado desde la lectura, la actualización perdida
queda anotada. Un arreglo cuenta como un solo dato al decidir qué lo protege.
Un `RawArray` (y `Array(..., lock=False)`), sin candado propio, igual: su tipo
de ctypes se cambia por una subclase perturbada al crearlo y al recibirlo otro
proceso (`rebuild_ctype`), y todos los datos crudos cuentan como uno solo al
decidir qué los protege (como los `RawValue`). Los cortes (`arreglo[a:b]`) no
se perturban.
"""

from __future__ import annotations

import os
import sys
from typing import Any

_NADA = object()


def instalar(datos: Any) -> None:
    """Perturba las lecturas y escrituras de elementos sueltos de un `Array` sincronizado."""
    if not datos._perturbar:
        return
    import multiprocessing.sharedctypes as compartidos

    clase: Any = compartidos.SynchronizedArray
    leer_original = clase.__getitem__
    poner_original = clase.__setitem__
    pendientes: dict[tuple[int, int], tuple[object, object]] = {}

    def _clave(self: Any) -> tuple[Any, str]:
        candado = self.get_lock()
        nombre = getattr(getattr(candado, "_semlock", None), "name", None) or "arreglo"
        return candado, f"arreglo:{nombre}"

    def __getitem__(self: Any, i: Any) -> Any:
        valor = leer_original(self, i)
        if os.getpid() == datos._h._raiz:
            datos._leida_en_principal(self)
        elif type(i) is int and datos._e._del_alumno(1, 1):
            candado, clave = _clave(self)
            if datos._sin_proteger(clave, datos._tenidos(candado)):
                crudo = self.get_obj()
                visto = datos._esperar_escritura(lambda: crudo[i], valor)
                if visto is not datos._NADA:
                    pendientes[(id(self), i)] = (valor, visto)
        return valor

    def __setitem__(self: Any, i: Any, valor: Any) -> None:
        _escribir(datos, pendientes, poner_original, self, i, valor)

    clase.__getitem__ = __getitem__
    clase.__setitem__ = __setitem__
    _perturbar_arreglos_crudos(datos, compartidos)


def _escribir(datos: Any, pendientes: dict[tuple[int, int], tuple[object, object]], poner: Any,
              arreglo: Any, i: Any, valor: Any) -> None:
    """`arreglo[i] = valor` desde el código del alumno: un efecto (la retención), una entrega, y
    la actualización perdida si otro proceso escribió el elemento desde que este lo leyó."""
    alumno = datos._e._del_alumno(2, 2)
    if alumno:
        datos._h._retencion.retener()  # también un corte: es un efecto
    poner(arreglo, i, valor)
    if type(i) is int and alumno:
        datos._e.registrar_envio(valor)
        lectura = pendientes.pop((id(arreglo), i), None)
        if lectura is not None:
            datos._anotar_carrera(lectura[0], lectura[1], valor, sys._getframe(2))


def _perturbar_arreglos_crudos(datos: Any, compartidos: Any) -> None:
    """`RawArray`: una subclase de su tipo de ctypes con la misma ventana que `Array`."""
    import ctypes

    perturbados: dict[Any, Any] = {}
    pendientes: dict[tuple[int, int], tuple[object, object]] = {}

    def perturbado(tipo: Any) -> Any:
        if tipo in perturbados.values():
            return tipo
        clase = perturbados.get(tipo)
        if clase is not None:
            return clase
        leer_original, poner_original = tipo.__getitem__, tipo.__setitem__

        def __getitem__(self: Any, i: Any) -> Any:
            valor = leer_original(self, i)
            if (type(i) is int and os.getpid() != datos._h._raiz and datos._e._del_alumno(1, 1)
                    and datos._sin_proteger("crudo", datos._tenidos())):
                visto = datos._esperar_escritura(lambda: leer_original(self, i), valor)
                if visto is not datos._NADA:
                    pendientes[(id(self), i)] = (valor, visto)
            return valor

        def __setitem__(self: Any, i: Any, valor: Any) -> None:
            _escribir(datos, pendientes, poner_original, self, i, valor)

        clase = type(tipo.__name__, (tipo,), {"__getitem__": __getitem__, "__setitem__": __setitem__})
        perturbados[tipo] = clase
        return clase

    reconstruir = compartidos.rebuild_ctype

    def rebuild_ctype(type_: Any, wrapper: Any, length: Any) -> Any:  # mismo nombre: pickle
        if length is not None:
            type_, length = type_ * length, None
        if isinstance(type_, type) and issubclass(type_, ctypes.Array):
            type_ = perturbado(type_)
        return reconstruir(type_, wrapper, length)

    for atributo in ("__module__", "__name__", "__qualname__", "__doc__"):  # pickle la busca por su nombre
        setattr(rebuild_ctype, atributo, getattr(reconstruir, atributo))
    compartidos.rebuild_ctype = rebuild_ctype
