"""El intento del alumno visto desde un juez: cargar sus archivos y exigirle cosas.

Decisiones de diseño (y por qué):

- Cada `cargar()` ejecuta el archivo en un módulo nuevo: los motores repiten el
  programa cientos de veces y el estado global de una planificación no debe
  contaminar la siguiente. La compilación, en cambio, se hace una vez por
  (ruta, mtime, tamaño): es lo caro y no cambia entre planificaciones.
- Se compila con la ruta absoluta real: los motores deciden qué código es del
  alumno por `co_filename`, y las trazas y `linecache` muestran su línea.
- El módulo queda en `sys.modules` con su nombre para que `pickle` (y por
  tanto los procesos con spawn) encuentre sus funciones. La carpeta del alumno
  va delante en `sys.path` mientras se carga (sus `import` entre archivos) y
  detrás durante el resto de la prueba (los hijos con spawn heredan `sys.path`
  y tienen que poder importar el módulo; detrás, no tapa a la biblioteca
  estándar).
- Un fallo al cargar es culpa del alumno y se dice con `archivo:línea`.
"""

from __future__ import annotations

import contextlib
import importlib.util
import linecache
import os
import random
import sys
import traceback
import types
from collections.abc import Iterator
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import CodeType, FrameType, ModuleType, TracebackType

from verificador.veredictos import Evidencia, FalloVeredicto, Veredicto

__all__ = ["Alumno"]

# Caché de compilación del proceso: ruta -> (mtime_ns, tamaño, código).
_COMPILADOS: dict[str, tuple[int, int, CodeType]] = {}


def _marco_oculto(marco: FrameType) -> bool:
    """Convención de pytest: `__tracebackhide__ = True` oculta el marco de las trazas."""
    try:
        return bool(marco.f_locals.get("__tracebackhide__", False)) or bool(
            marco.f_globals.get("__tracebackhide__", False)
        )
    except Exception:
        return False


def marcos_visibles(tb: TracebackType | None) -> list[tuple[FrameType, int]]:
    """Los marcos de una traza (del más externo al más interno) sin los ocultos."""
    return [(marco, linea) for marco, linea in traceback.walk_tb(tb) if not _marco_oculto(marco)]


class Alumno:
    """Los archivos del alumno para una repetición del juez.

    directorio: carpeta del alumno (absoluta). archivos: rutas absolutas de los
    archivos de `reto.toml`. ruta: el primero. semilla: la de ESTA repetición;
    repeticion: su número (1, 2...), para garantizar una forma en una repetición fija.
    rng: `random.Random(semilla)`; todo parámetro aleatorio del juez sale de aquí,
    así una semilla reproduce el veredicto entero.
    """

    def __init__(self, directorio: str | os.PathLike[str], archivos: list[str], semilla: int,
                 repeticion: int = 1):
        if not archivos:
            raise ValueError("Alumno necesita al menos un archivo")
        self.directorio = Path(directorio).resolve()
        self.archivos = [self.directorio / a for a in archivos]
        self.ruta = self.archivos[0]
        self.semilla = semilla
        self.repeticion = repeticion
        self.rng = random.Random(semilla)
        self._prefijo = str(self.directorio) + os.sep
        self._nombres_archivos = {str(a) for a in self.archivos}
        self._en_ruta = False
        self._modulos: set[str] = set()
        self._cuenta_modulos = -1
        self._specs: dict[tuple[str, str], ModuleSpec | None] = {}

    # ------------------------------------------------------------------ carga
    def cargar(self, archivo: str | None = None, *, nombre: str | None = None) -> ModuleType:
        """Ejecuta el archivo en un módulo nuevo y lo devuelve.

        Error de sintaxis, de importación o excepción al cargar ->
        FalloVeredicto(NO_CARGA) con `ubicacion` "archivo.py:línea".
        """
        __tracebackhide__ = True
        ruta = self._resolver(archivo)
        codigo = self._compilar(ruta)
        nombre = nombre or ruta.stem
        modulo = types.ModuleType(nombre)
        modulo.__file__ = str(ruta)
        modulo.__spec__ = self._spec(nombre, ruta)
        modulo.__loader__ = modulo.__spec__.loader if modulo.__spec__ else None
        modulo.__package__ = ""
        self._olvidar_modulos()
        sys.modules[nombre] = modulo
        self._modulos.add(nombre)
        directorio = str(self.directorio)
        sys.path.insert(0, directorio)
        antes = len(sys.modules)
        try:
            try:
                exec(codigo, modulo.__dict__)
            finally:
                if len(sys.modules) != antes:  # importó algo: ¿de su carpeta?
                    self._anotar_modulos()
                self._cuenta_modulos = len(sys.modules)
        except SystemExit as salida:
            raise FalloVeredicto(
                Veredicto.EXCEPCION,
                Evidencia(
                    resumen=f"{self._relativo(ruta)} llama a sys.exit({salida.code!r}) "
                    "al cargarse.",
                    explicacion="El juez importa tu archivo para probarlo, así que el código de "
                    "nivel superior no debe terminar el programa. Pon ese código dentro de "
                    'main() o bajo `if __name__ == "__main__":`.',
                    ubicacion=self.ubicacion(salida),
                    traza=self.recortar_traza(salida),
                ),
            ) from None
        except Exception as error:
            raise FalloVeredicto(
                Veredicto.NO_CARGA, self._evidencia_de_carga(ruta, error)
            ) from None
        finally:
            # Quita la entrada que pusimos delante (la primera que coincida) y deja
            # la carpeta al final para los hijos con spawn.
            with contextlib.suppress(ValueError):
                sys.path.remove(directorio)
            if not self._en_ruta:
                sys.path.append(directorio)
                self._en_ruta = True
        return modulo

    def _spec(self, nombre: str, ruta: Path) -> ModuleSpec | None:
        clave = (nombre, str(ruta))
        if clave not in self._specs:
            self._specs[clave] = importlib.util.spec_from_file_location(nombre, ruta)
        return self._specs[clave]

    def _resolver(self, archivo: str | None) -> Path:
        __tracebackhide__ = True
        ruta = self.ruta if archivo is None else self.directorio / archivo
        if not ruta.is_file():
            nombre = self._relativo(ruta)
            raise FalloVeredicto(
                Veredicto.NO_CARGA,
                Evidencia(
                    resumen=f"Falta el archivo {nombre} en {self.directorio}.",
                    explicacion="El juez necesita ese archivo con ese nombre. Si lo borraste o "
                    "lo renombraste, devuélvele su nombre, o recupera la versión original con "
                    "`verificar reiniciar` y el número del reto (tu intento se guarda).",
                    ubicacion=nombre,
                ),
            )
        return ruta

    def _compilar(self, ruta: Path) -> CodeType:
        __tracebackhide__ = True
        estado = ruta.stat()
        clave = str(ruta)
        guardado = _COMPILADOS.get(clave)
        if guardado and guardado[0] == estado.st_mtime_ns and guardado[1] == estado.st_size:
            return guardado[2]
        fuente = ruta.read_bytes()
        if not fuente.strip():
            raise FalloVeredicto(
                Veredicto.NO_CARGA,
                Evidencia(
                    resumen=f"El archivo {self._relativo(ruta)} está vacío.",
                    explicacion="No hay nada que comprobar. Si lo vaciaste sin querer, recupera "
                    "la versión original con `verificar reiniciar` y el número del reto (tu "
                    "intento se guarda).",
                    ubicacion=self._relativo(ruta),
                ),
            )
        try:
            # Desde bytes: respeta la declaración de codificación (PEP 263).
            codigo = compile(fuente, clave, "exec", dont_inherit=True)
        except SyntaxError as error:
            raise FalloVeredicto(
                Veredicto.NO_CARGA, self._evidencia_sintaxis(ruta, error)
            ) from None
        except ValueError as error:  # bytes nulos en 3.10/3.11
            raise FalloVeredicto(
                Veredicto.NO_CARGA,
                Evidencia(
                    resumen=f"{self._relativo(ruta)} no es un archivo de Python válido: {error}.",
                    explicacion="Suele pasar si el archivo se guardó con otra codificación o "
                    "contiene caracteres nulos. Guárdalo como texto UTF-8.",
                    ubicacion=self._relativo(ruta),
                ),
            ) from None
        linecache.checkcache(clave)
        _COMPILADOS[clave] = (estado.st_mtime_ns, estado.st_size, codigo)
        return codigo

    def _olvidar_modulos(self) -> None:
        """Quita de sys.modules lo que vino de la carpeta del alumno: cada carga empieza limpia.

        Recorrer sys.modules entero en cada carga costaría en las planificaciones
        de los motores; solo se recorre si cambió su tamaño desde la última carga
        (un `import` nuevo). Los nombres ya vistos se quitan siempre.
        """
        if len(sys.modules) != self._cuenta_modulos:
            self._anotar_modulos()
        for nombre in self._modulos:
            sys.modules.pop(nombre, None)

    def _anotar_modulos(self) -> None:
        for nombre, modulo in list(sys.modules.items()):
            archivo = getattr(modulo, "__file__", None)
            if isinstance(archivo, str) and archivo.startswith(self._prefijo):
                self._modulos.add(nombre)

    def cerrar(self) -> None:
        """Deshace lo que la carga dejó en el proceso (lo llama el plugin al acabar la prueba)."""
        self._cuenta_modulos = -1
        self._olvidar_modulos()
        self._modulos.clear()
        if self._en_ruta:
            with contextlib.suppress(ValueError):
                sys.path.remove(str(self.directorio))
            self._en_ruta = False

    # --------------------------------------------------------------- evidencia
    def _evidencia_sintaxis(self, ruta: Path, error: SyntaxError) -> Evidencia:
        nombre = self._relativo(ruta)
        linea = error.lineno or 0
        texto = (error.text or linecache.getline(str(ruta), linea) or "").rstrip("\n")
        traza = [f'  File "{nombre}", line {linea}']
        if texto:
            sangria = len(texto) - len(texto.lstrip())
            traza.append("    " + texto.strip())
            if error.offset and error.offset - 1 >= sangria:
                traza.append("    " + " " * (error.offset - 1 - sangria) + "^")
        traza.append(f"{type(error).__name__}: {error.msg}")
        return Evidencia(
            resumen=f"Error de sintaxis en {nombre}, línea {linea}: {error.msg}.",
            explicacion="Python no puede leer el archivo. Revisa esa línea y la anterior "
            "(paréntesis, comillas o dos puntos sin cerrar, sangría).",
            obtenido=texto.strip() or None,
            ubicacion=f"{nombre}:{linea}",
            traza="\n".join(traza),
        )

    def _evidencia_de_carga(self, ruta: Path, error: BaseException) -> Evidencia:
        nombre = self._relativo(ruta)
        tipo = type(error).__name__
        if isinstance(error, ImportError):
            resumen = f"{nombre} no se puede importar: {tipo}: {error}."
            explicacion = (
                "Un `import` de tu archivo falla. Comprueba el nombre del módulo y que no "
                "importes nada que no esté instalado ni en la carpeta del reto."
            )
        else:
            resumen = f"{nombre} lanza {tipo} al cargarse: {error}."
            explicacion = (
                "El código de nivel superior de tu archivo falla antes de que el juez pueda "
                "llamar a main(). Revisa la línea indicada."
            )
        return Evidencia(
            resumen=resumen,
            explicacion=explicacion,
            ubicacion=self.ubicacion(error) or nombre,
            traza=self.recortar_traza(error),
            detalles={"traza_completa": "".join(traceback.format_exception(error))},
        )

    # ------------------------------------------------------------------ trazas
    def es_del_alumno(self, archivo: str) -> bool:
        """¿Es `archivo` (un co_filename) uno de los archivos del alumno?"""
        return archivo in self._nombres_archivos or (
            archivo.startswith(self._prefijo) and os.path.abspath(archivo) in self._nombres_archivos
        )

    def _marcos_del_alumno(self, error: BaseException) -> Iterator[tuple[FrameType, int]]:
        for marco, linea in marcos_visibles(error.__traceback__):
            if self.es_del_alumno(marco.f_code.co_filename):
                yield marco, linea

    def ubicacion(self, error: BaseException) -> str | None:
        """ "archivo.py:línea" del marco más interno del alumno en la traza, si lo hay."""
        ultimo = None
        for marco, linea in self._marcos_del_alumno(error):
            ultimo = f"{self._relativo(Path(marco.f_code.co_filename))}:{linea}"
        return ultimo

    def recortar_traza(self, error: BaseException, *, con_excepcion: bool = True) -> str:
        """La traza de `error` con solo los marcos del alumno (sin verificador ni pytest).

        Sin `con_excepcion` no se añade la línea final del tipo y mensaje (para
        los cuelgues, en los que la excepción es el aviso de tiempo, no del alumno).
        """
        lineas = ["Traceback (most recent call last):"]
        for marco, linea in self._marcos_del_alumno(error):
            archivo = marco.f_code.co_filename
            lineas.append(
                f'  File "{self._relativo(Path(archivo))}", line {linea}, in {marco.f_code.co_name}'
            )
            codigo = linecache.getline(archivo, linea).strip()
            if codigo:
                lineas.append(f"    {codigo}")
        if con_excepcion:
            lineas.extend(
                t.rstrip("\n") for t in traceback.format_exception_only(type(error), error)
            )
        return "\n".join(lineas)

    def _relativo(self, ruta: Path) -> str:
        try:
            return ruta.relative_to(self.directorio).as_posix()
        except ValueError:
            return str(ruta)

    # ------------------------------------------------------------------ juicio
    def exigir(
        self,
        condicion: object,
        resumen: str,
        *,
        veredicto: Veredicto = Veredicto.CARRERA,
        esperado: str | None = None,
        obtenido: str | None = None,
        explicacion: str = "",
    ) -> None:
        """Si `condicion` es falsa, lanza FalloVeredicto(veredicto) con esa evidencia."""
        __tracebackhide__ = True
        if not condicion:
            raise FalloVeredicto(
                veredicto,
                Evidencia(
                    resumen=resumen,
                    explicacion=explicacion,
                    esperado=esperado,
                    obtenido=obtenido,
                ),
            )

    def anotar(self, **cifras: int) -> None:
        """Suma cifras a la repetición en curso (p. ej. planificaciones=40) para el informe."""
        from verificador.juez.plugin import anotar

        anotar(**cifras)

    def anotar_parametros(self, **parametros: object) -> None:
        """Apunta los parámetros que probó esta repetición (van al informe JSON del juez).

        Así un aprobado dice qué se comprobó: un docente puede auditarlo.
        """
        from verificador.juez import plugin

        anotar = getattr(plugin, "anotar_parametros", None)
        if anotar is not None:
            anotar(**parametros)

    def __repr__(self) -> str:
        nombres = ", ".join(self._relativo(a) for a in self.archivos)
        return f"Alumno({self.directorio}, [{nombres}], semilla={self.semilla})"
