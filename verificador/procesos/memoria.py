"""`multiprocessing.shared_memory`: cada byte de `shm.buf[i]` y cada elemento de un
`ShareableList` se perturba como un `Value` (solo con semilla).

`hijo.py` carga este módulo por su ruta después de `datos.py` y le pasa ese
módulo: se usan sus mismas reglas (qué candados protegen un dato, cuánto se
puede esperar, cómo se anota una actualización perdida). Un bloque de memoria
compartida cuenta como un solo dato (`shm:<nombre>`) al decidir qué lo protege.

- `ShareableList`: tras leer `lista[i]` desde el código del alumno sin un
  candado común a todos los procesos que acceden al bloque, el proceso espera
  (acotado) a que otro escriba ese elemento; si al escribir `lista[i]` otro
  proceso lo había cambiado desde la lectura, la actualización perdida queda
  anotada.
- `SharedMemory.buf`: leer `buf[i]` no pasa por Python (es un `memoryview`),
  pero `shm.buf` sí (es una propiedad). Cuando el código del alumno toma
  `shm.buf` solo para indexarlo con un índice simple (`shm.buf[i]`,
  `shm.buf[0] = …`, `shm.buf[i] += 1`; se mira el código de bytes que sigue
  a esa instrucción), recibe un envoltorio de un solo uso que hace lo mismo
  que el `memoryview`, con la espera tras la lectura y la anotación en la
  escritura. Cualquier otro uso (cortes, `struct.pack_into`, `numpy`, guardar
  `buf` en una variable) recibe el `memoryview` de verdad y no se perturba.
"""

from __future__ import annotations

import os
import sys
from types import CodeType
from typing import Any

# Instrucciones que cargan un índice simple (un solo valor, sin llamadas).
CARGAS_SIMPLES = frozenset({"LOAD_CONST", "LOAD_FAST", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_DEREF",
                            "LOAD_SMALL_INT", "LOAD_FAST_BORROW", "LOAD_CLASSDEREF"})
# Lo que hace el código con `shm.buf[índice]`: leer, escribir o las dos cosas (`+=`).
USOS = {"BINARY_SUBSCR": "lectura", "STORE_SUBSCR": "escritura", "DUP_TOP_TWO": "aumentada",
        "COPY": "aumentada"}

_usos: dict[CodeType, dict[int, str]] = {}


def _uso(codigo: CodeType, desplazamiento: int) -> str | None:
    """¿La instrucción en `desplazamiento` (el `LOAD_ATTR buf`) solo sirve para indexar?"""
    tabla = _usos.get(codigo)
    if tabla is None:
        import dis

        tabla = {}
        instrucciones = [i for i in dis.get_instructions(codigo) if i.opname != "CACHE"]
        for n, instruccion in enumerate(instrucciones[:-2]):
            if instruccion.opname != "LOAD_ATTR" or instruccion.argval != "buf":
                continue
            indice, siguiente = instrucciones[n + 1], instrucciones[n + 2]
            if indice.opname in CARGAS_SIMPLES and siguiente.opname in USOS:
                tabla[instruccion.offset] = USOS[siguiente.opname]
                # 3.12 especializado (LOAD_ATTR_PROPERTY): f_lasti señala la última caché.
                tabla[indice.offset - 2] = USOS[siguiente.opname]
        _usos[codigo] = tabla
    return tabla.get(desplazamiento)


def _lo_usa(archivos: Any) -> bool:
    for archivo in archivos:
        try:
            with open(archivo, encoding="utf-8", errors="replace") as fuente:
                texto = fuente.read()
        except OSError:
            continue
        if "shared_memory" in texto or "SharedMemory" in texto or "ShareableList" in texto:
            return True
    return False


def instalar(datos: Any) -> None:
    """Perturba `ShareableList[i]` y `SharedMemory.buf[i]` del alumno (solo con semilla)."""
    if not datos._perturbar or not _lo_usa(datos._h._alumno):
        return  # importar shared_memory cuesta: solo si el programa lo nombra
    from multiprocessing import shared_memory as memoria

    pendientes: dict[tuple[str, int], tuple[object, object]] = {}

    def _perturbar_lectura(nombre: str, i: int, valor: object, leer: Any) -> None:
        if os.getpid() == datos._h._raiz or not datos._sin_proteger(f"shm:{nombre}", datos._tenidos()):
            return
        visto = datos._esperar_escritura(leer, valor)
        if visto is not datos._NADA:
            pendientes[(nombre, i)] = (valor, visto)

    def _anotar_escritura(nombre: str, i: int, valor: object, marco: Any) -> None:
        datos._e.registrar_envio(valor)
        lectura = pendientes.pop((nombre, i), None)
        if lectura is not None:
            datos._anotar_carrera(lectura[0], lectura[1], valor, marco)

    class _Indexado:
        """`shm.buf` para un solo `[i]` del alumno: el memoryview, con la ventana de carrera."""

        __slots__ = ("_vista", "_nombre")

        def __init__(self, vista: Any, nombre: str) -> None:
            self._vista = vista
            self._nombre = nombre

        def __getitem__(self, i: Any) -> Any:
            valor = self._vista[i]
            if type(i) is int:
                vista = self._vista
                _perturbar_lectura(self._nombre, i, valor, lambda: vista[i])
            return valor

        def __setitem__(self, i: Any, valor: Any) -> None:
            self._vista[i] = valor
            if type(i) is int:
                _anotar_escritura(self._nombre, i, valor, sys._getframe(1))

    propiedad = memoria.SharedMemory.buf

    def buf(self: Any) -> Any:
        vista = propiedad.fget(self)
        marco = sys._getframe(1)
        if (marco.f_code.co_filename not in datos._h._alumno or os.getpid() == datos._h._raiz
                or _uso(marco.f_code, marco.f_lasti) is None):
            return vista
        return _Indexado(vista, str(self.name))

    memoria.SharedMemory.buf = property(buf)  # type: ignore[method-assign,assignment]

    clase: Any = memoria.ShareableList
    leer_original = clase.__getitem__
    poner_original = clase.__setitem__

    def __getitem__(self: Any, i: Any) -> Any:
        valor = leer_original(self, i)
        if type(i) is int and datos._e._del_alumno(1, 1):
            _perturbar_lectura(str(self.shm.name), i, valor, lambda: leer_original(self, i))
        return valor

    def __setitem__(self: Any, i: Any, valor: Any) -> None:
        poner_original(self, i, valor)
        if type(i) is int and datos._e._del_alumno(1, 1):
            _anotar_escritura(str(self.shm.name), i, valor, sys._getframe(1))

    clase.__getitem__ = __getitem__
    clase.__setitem__ = __setitem__
