"""Progreso del alumno en SQLite (`.verificador/progreso.sqlite3`), solo biblioteca estándar.

Un único registro de eventos (`eventos`): intentos (veredicto, semilla,
repeticiones, duración, puntos concedidos y los parámetros que probó el juez
en cada repetición, en JSON, para auditar un aprobado), pistas reveladas (índice, coste)
y rendiciones. Los puntos totales no se suman de la columna `puntos`: se
recalculan con `puntuacion.puntuar` sobre el historial, para que fusionar el
progreso de otra máquina no pueda conceder dos veces un reto.

Garantías:
- Esquema versionado con `PRAGMA user_version`; una base de una versión más
  nueva se rechaza sin tocarla, y una más vieja se migra al abrirla (la 1 no
  tenía `parametros`: sus intentos quedan con NULL, nada se pierde). Abierta en
  solo lectura, una base vieja se lee sin migrar.
- Un archivo dañado o que no es SQLite se aparta (`progreso.sqlite3.dañado-
  <fecha>`), nunca se borra, y se avisa en español.
- Tras cada escritura buena se guarda una copia verificada
  (`progreso.sqlite3.copia`, ver `verificador.respaldo`). Si la base
  desaparece (también mientras está abierta: se compara su inodo antes de
  escribir) o está dañada, se repone desde la copia con un aviso de una línea.
- Disco lleno y solo lectura se dicen como tales: la base no se aparta, se
  abre en solo lectura si se puede, y una escritura que falla avisa y deja
  seguir a la orden (el veredicto se muestra igual).
- `importar` valida cada campo, y contra el catálogo si se le pasa.
- Varios `verificar` a la vez no lo corrompen: modo WAL, transacciones cortas
  `BEGIN IMMEDIATE` y espera ante el bloqueo (`busy_timeout`).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from verificador.casos import Reto, mostrar_ruta
from verificador.progreso_esquema import (
    _COLUMNAS,
    _ESQUEMA,
    _MIGRACIONES,
    VERSION_ESQUEMA,
    Registro,
)
from verificador.puntuacion import Evento, Puntuacion, puntuar
from verificador.respaldo import (
    Causa,
    avisar,
    causa,
    hacer_copia,
    restaurar_copia,
    ruta_copia,
)

__all__ = [
    "NOMBRE_ARCHIVO",
    "VERSION_ESQUEMA",
    "ErrorProgreso",
    "Progreso",
    "Registro",
    "ahora",
    "tiempo_dedicado",
]

NOMBRE_ARCHIVO = "progreso.sqlite3"
ESPERA_BLOQUEO_S = 10.0  # segundos que espera un escritor a que otro suelte la base
PAUSA_MAXIMA_S = 30 * 60  # segundos: un hueco mayor entre eventos cuenta como descanso
FORMATO_EXPORTACION = "verificador-progreso"
# Fallos al abrir que no son daño: la base no se aparta.
_NO_ES_DANO = (Causa.LLENO, Causa.SOLO_LECTURA, Causa.ENTRADA_SALIDA, Causa.BLOQUEADO)


class ErrorProgreso(Exception):
    """El progreso no se puede usar; el mensaje dice qué pasó y qué hacer."""


def ahora() -> str:
    """Momento actual en UTC, ISO 8601 con microsegundos: ordena bien como texto."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")


def tiempo_dedicado(momentos: Iterable[str]) -> float:
    """Segundos de actividad: suma de huecos entre eventos seguidos, sin los descansos.

    Es una estimación honesta con lo que se registra (no sabemos cuándo el
    alumno mira el editor): huecos de más de PAUSA_MAXIMA_S no cuentan.
    """
    ordenados = sorted(_dt.datetime.fromisoformat(m) for m in momentos)
    total = 0.0
    for antes, despues in itertools.pairwise(ordenados):
        hueco = (despues - antes).total_seconds()
        if hueco <= PAUSA_MAXIMA_S:
            total += hueco
    return total


class Progreso:
    """Conexión al progreso de un espacio. Úsalo con `with` para cerrarla siempre."""

    def __init__(self, ruta: Path) -> None:
        self.ruta = ruta
        self.solo_lectura = False
        self._inodo: tuple[int, int] | None = None
        self._conexion = self._abrir()

    @classmethod
    def del_espacio(cls, interna: Path) -> Progreso:
        return cls(interna / NOMBRE_ARCHIVO)

    # -- apertura y daños ---------------------------------------------------------------

    def _abrir(self) -> sqlite3.Connection:
        try:
            self.ruta.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ErrorProgreso(
                f"no puedo crear {mostrar_ruta(self.ruta.parent)}: {error.strerror}"
            ) from None
        if self.ruta.is_dir():
            raise ErrorProgreso(
                f"{mostrar_ruta(self.ruta)} es una carpeta y debería ser el archivo de "
                "progreso; muévela a otro sitio"
            )
        if not self.ruta.exists():
            momento = restaurar_copia(self.ruta)
            if momento:
                avisar(f"faltaba {mostrar_ruta(self.ruta)}; lo he recuperado de la copia de "
                       f"seguridad del {momento}.")
        try:
            conexion = self._conectar()
        except sqlite3.OperationalError as error:
            return self._abrir_solo_lectura(error)
        try:
            conexion.execute(f"PRAGMA busy_timeout = {int(ESPERA_BLOQUEO_S * 1000)}")
            revision = conexion.execute("PRAGMA quick_check").fetchone()
            if revision is None or revision[0] != "ok":
                raise sqlite3.DatabaseError(str(revision[0] if revision else "sin respuesta"))
            version = conexion.execute("PRAGMA user_version").fetchone()[0]
            if version > VERSION_ESQUEMA:
                raise ErrorProgreso(
                    f"{mostrar_ruta(self.ruta)} es de una versión más nueva de verificador "
                    f"(esquema {version}); actualiza verificador para usarlo"
                )
            conexion.execute("PRAGMA journal_mode = WAL")
            if version == 0:
                self._crear_esquema(conexion)
            elif version < VERSION_ESQUEMA:
                self._migrar(conexion)
        except sqlite3.DatabaseError as error:
            conexion.close()
            if isinstance(error, sqlite3.OperationalError) and causa(error) in _NO_ES_DANO:
                return self._abrir_solo_lectura(error)
            return self._reponer_danado(error)
        except BaseException:
            conexion.close()
            raise
        self._inodo = self._inodo_actual()
        if not ruta_copia(self.ruta).exists():
            hacer_copia(conexion, self.ruta)  # una base de antes de las copias: la primera
        return conexion

    def _conectar(self, uri: str | None = None) -> sqlite3.Connection:
        if uri is None:
            return sqlite3.connect(self.ruta, timeout=ESPERA_BLOQUEO_S, isolation_level=None)
        return sqlite3.connect(uri, uri=True, timeout=ESPERA_BLOQUEO_S, isolation_level=None)

    def _inodo_actual(self) -> tuple[int, int] | None:
        try:
            datos = os.stat(self.ruta)
        except OSError:
            return None
        return datos.st_dev, datos.st_ino

    def _reponer_danado(self, error: BaseException) -> sqlite3.Connection:
        """Aparta la base dañada y, si hay copia válida, la repone; si no, ErrorProgreso."""
        apartado = self._apartar()
        momento = restaurar_copia(self.ruta)
        if momento is None:
            raise ErrorProgreso(
                f"el archivo de progreso {mostrar_ruta(self.ruta)} está dañado o no es una "
                f"base SQLite ({error}); lo he apartado como {mostrar_ruta(apartado)} sin "
                "borrar nada. Vuelve a ejecutar la orden para empezar un progreso nuevo"
            ) from None
        avisar(f"{mostrar_ruta(self.ruta)} estaba dañado (apartado como "
               f"{mostrar_ruta(apartado)}); lo he recuperado de la copia del {momento}.")
        return self._abrir()

    def _abrir_solo_lectura(self, error: BaseException) -> sqlite3.Connection:
        """Disco lleno, solo lectura o E/S: no es un daño. Se lee si se puede, sin escribir."""
        motivo = causa(error)
        if not self.ruta.exists():
            raise ErrorProgreso(
                f"no puedo crear el archivo de progreso {mostrar_ruta(self.ruta)}: "
                f"{motivo.descripcion}"
            ) from None
        for uri in (f"file:{self.ruta}?mode=ro", f"file:{self.ruta}?immutable=1"):
            try:
                conexion = self._conectar(uri)
                conexion.execute("SELECT count(*) FROM eventos").fetchone()
            except sqlite3.Error:
                continue
            self.solo_lectura = True
            avisar(f"no puedo escribir en {mostrar_ruta(self.ruta)}: {motivo.descripcion}. "
                   "Tu progreso se lee, pero lo de esta orden no se guardará.")
            return conexion
        raise ErrorProgreso(
            f"no puedo abrir el archivo de progreso {mostrar_ruta(self.ruta)}: "
            f"{motivo.descripcion} (no está dañado: no he tocado nada)"
        ) from None

    @staticmethod
    def _crear_esquema(conexion: sqlite3.Connection) -> None:
        conexion.execute("BEGIN IMMEDIATE")
        try:
            # Otro proceso pudo crearlo mientras esperábamos el bloqueo.
            if conexion.execute("PRAGMA user_version").fetchone()[0] == 0:
                for sentencia in _ESQUEMA.split(";"):
                    if sentencia.strip():
                        conexion.execute(sentencia)
                conexion.execute(f"PRAGMA user_version = {VERSION_ESQUEMA}")
            conexion.execute("COMMIT")
        except BaseException:
            conexion.execute("ROLLBACK")
            raise

    @staticmethod
    def _migrar(conexion: sqlite3.Connection) -> None:
        """Sube una base vieja a `VERSION_ESQUEMA`, paso a paso, sin perder nada."""
        conexion.execute("BEGIN IMMEDIATE")
        try:
            # Otro proceso pudo migrarla mientras esperábamos el bloqueo.
            version = conexion.execute("PRAGMA user_version").fetchone()[0]
            for siguiente in range(version + 1, VERSION_ESQUEMA + 1):
                for sentencia in _MIGRACIONES[siguiente]:
                    conexion.execute(sentencia)
                conexion.execute(f"PRAGMA user_version = {siguiente}")
            conexion.execute("COMMIT")
        except BaseException:
            conexion.execute("ROLLBACK")
            raise

    def _apartar(self) -> Path:
        sello = _dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
        destino = self.ruta.with_name(f"{self.ruta.name}.dañado-{sello}")
        n = 2
        while destino.exists():
            destino = self.ruta.with_name(f"{self.ruta.name}.dañado-{sello}_{n}")
            n += 1
        self.ruta.rename(destino)
        for sufijo in ("-wal", "-shm"):
            acompanante = self.ruta.with_name(self.ruta.name + sufijo)
            if acompanante.exists():
                acompanante.rename(destino.with_name(destino.name + sufijo))
        return destino

    # -- ciclo de vida ------------------------------------------------------------------

    def cerrar(self) -> None:
        self._conexion.close()

    def __enter__(self) -> Progreso:
        return self

    def __exit__(
        self,
        tipo: type[BaseException] | None,
        valor: BaseException | None,
        traza: TracebackType | None,
    ) -> None:
        self.cerrar()

    # -- lectura ------------------------------------------------------------------------

    def _columnas_leibles(self) -> list[str]:
        """Las de `_COLUMNAS`, con NULL por las que una base vieja abierta sin migrar no tiene."""
        tiene = {fila[1] for fila in self._conexion.execute("PRAGMA table_info(eventos)")}
        return [c if c in tiene else f"NULL AS {c}" for c in _COLUMNAS]

    def registros(self, reto: str | None = None) -> list[Registro]:
        consulta = f"SELECT {', '.join(self._columnas_leibles())} FROM eventos"
        parametros: tuple[Any, ...] = ()
        if reto is not None:
            consulta += " WHERE reto = ?"
            parametros = (reto,)
        filas = self._conexion.execute(consulta + " ORDER BY momento, id", parametros)
        return [Registro(*fila) for fila in filas]

    def puntuacion(self, reto: Reto) -> Puntuacion:
        return puntuar(reto.puntos, (r.evento() for r in self.registros(reto.nombre)))

    def pistas_reveladas(self, reto: Reto) -> list[int]:
        filas = self._conexion.execute(
            "SELECT indice FROM eventos WHERE reto = ? AND tipo = 'pista' ORDER BY indice",
            (reto.nombre,),
        )
        return [fila[0] for fila in filas]

    # -- escritura ----------------------------------------------------------------------

    def _insertar(self, registro: Registro) -> bool:
        cursor = self._conexion.execute(
            f"INSERT OR IGNORE INTO eventos ({', '.join(_COLUMNAS)}) "
            f"VALUES ({', '.join('?' for _ in _COLUMNAS)})",
            tuple(getattr(registro, c) for c in _COLUMNAS),
        )
        return cursor.rowcount == 1

    def _seguir_en_su_sitio(self) -> None:
        """Si la base se borró o se reemplazó mientras estaba abierta, se reabre (y repone)."""
        if self.solo_lectura or self._inodo_actual() == self._inodo:
            return
        self._conexion.close()
        self._conexion = self._abrir()

    def _transaccion(self, trabajo: Any, que: str = "este cambio") -> Any:
        """Ejecuta `trabajo` en una transacción y guarda la copia; None si no se pudo escribir.

        Un fallo al escribir (disco lleno, solo lectura, E/S) avisa con su causa y
        devuelve None: quien llama sigue (el veredicto se muestra igual).
        """
        if self.solo_lectura:
            avisar(f"{que} no se ha guardado (el progreso está en solo lectura).")
            return None
        self._seguir_en_su_sitio()
        try:
            self._conexion.execute("BEGIN IMMEDIATE")
            try:
                resultado = trabajo()
                self._conexion.execute("COMMIT")
            except BaseException:
                if self._conexion.in_transaction:
                    self._conexion.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as error:
            motivo = causa(error)
            if motivo is Causa.OTRA:
                raise
            avisar(f"{que} no se ha guardado en {mostrar_ruta(self.ruta)}: "
                   f"{motivo.descripcion}.")
            return None
        fallo_copia = hacer_copia(self._conexion, self.ruta)
        if fallo_copia is not None:
            avisar(f"guardado, pero no pude actualizar la copia de seguridad del progreso: "
                   f"{fallo_copia.descripcion}.")
        return resultado

    def registrar_intento(
        self,
        reto: Reto,
        *,
        veredicto: str,
        semilla: int,
        repeticiones: int,
        duracion_s: float,
        parametros: Sequence[dict[str, Any]] | None = None,
    ) -> int:
        """Guarda un intento y devuelve los puntos que concede (0 salvo el primer aprobado).

        `parametros`: lo que probó el juez en cada repetición (`InformeReto.parametros`);
        se guarda como JSON para que un docente pueda auditar el veredicto.

        Si no se puede guardar (disco lleno, solo lectura), avisa y devuelve los
        puntos que habría concedido: el veredicto se muestra igual.
        """

        def calcular(momento: str) -> int:
            antes = self.puntuacion(reto)
            if veredicto != "aprobado" or antes.momento_aprobado is not None:
                return 0
            return puntuar(
                reto.puntos,
                [*(r.evento() for r in self.registros(reto.nombre)),
                 Evento("intento", momento, veredicto)],
            ).puntos

        def trabajo() -> int:
            momento = ahora()
            ganados = calcular(momento)
            self._insertar(Registro(
                uid=uuid.uuid4().hex, momento=momento, reto=reto.nombre, numero=reto.numero,
                tipo="intento", veredicto=veredicto, semilla=semilla,
                repeticiones=repeticiones, duracion_s=round(duracion_s, 4), puntos=ganados,
                parametros=(json.dumps(list(parametros), ensure_ascii=False, default=str)
                            if parametros else None),
            ))
            return ganados

        resultado = self._transaccion(trabajo, "este intento")
        if resultado is None:
            return calcular(ahora())
        return int(resultado)

    def revelar_pista(self, reto: Reto, indice: int) -> bool:
        """Anota la pista `indice` (desde 0) con su coste del catálogo; False si ya estaba."""
        pista = reto.pistas[indice]

        def trabajo() -> bool:
            return self._insertar(Registro(
                uid=uuid.uuid4().hex, momento=ahora(), reto=reto.nombre, numero=reto.numero,
                tipo="pista", indice=indice, coste=pista.coste,
            ))

        return bool(self._transaccion(trabajo, "la pista revelada"))

    def rendirse(self, reto: Reto) -> bool:
        def trabajo() -> bool:
            return self._insertar(Registro(
                uid=uuid.uuid4().hex, momento=ahora(), reto=reto.nombre, numero=reto.numero,
                tipo="rendicion",
            ))

        return bool(self._transaccion(trabajo, "la rendición"))

    # -- exportar e importar ------------------------------------------------------------

    def exportar(self, destino: Path) -> int:
        registros = self.registros()
        datos = {
            "formato": FORMATO_EXPORTACION,
            "version": VERSION_ESQUEMA,
            "exportado": ahora(),
            "eventos": [r.a_dict() for r in registros],
        }
        try:
            destino.write_text(json.dumps(datos, ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as error:
            raise ErrorProgreso(
                f"no puedo escribir {mostrar_ruta(destino)}: {error.strerror}"
            ) from None
        return len(registros)

    def importar(self, origen: Path, retos: Sequence[Reto] | None = None) -> int:
        """Fusiona un archivo exportado; devuelve cuántos eventos nuevos añadió.

        Sin duplicados: cada evento lleva un `uid`. Si una misma pista aparece
        en los dos lados, cuenta la revelada antes (la que pudo costar puntos).
        Con `retos` (el catálogo), cada evento debe cuadrar con él: reto
        conocido, su número, índice y coste de la pista, puntos no mayores que
        los del reto. Un solo evento que no cuadra y no se importa nada.
        """
        from verificador.intercambio import leer_exportacion

        registros = leer_exportacion(origen, retos)

        def trabajo() -> int:
            nuevos = 0
            for registro in registros:
                if self._insertar(registro):
                    nuevos += 1
                elif registro.tipo in ("pista", "rendicion"):
                    nuevos += self._quedarse_con_el_primero(registro)
            return nuevos

        nuevos = self._transaccion(trabajo, "la importación")
        if nuevos is None:
            raise ErrorProgreso(f"no he importado nada de {mostrar_ruta(origen)}: no se pudo "
                                f"escribir en {mostrar_ruta(self.ruta)}")
        return int(nuevos)

    def _quedarse_con_el_primero(self, registro: Registro) -> int:
        condicion = "reto = ? AND tipo = ?"
        if registro.tipo == "pista":
            condicion += " AND indice = ?"
        parametros: tuple[Any, ...] = (registro.reto, registro.tipo)
        if registro.tipo == "pista":
            parametros += (registro.indice,)
        fila = self._conexion.execute(
            f"SELECT uid, momento FROM eventos WHERE {condicion}", parametros
        ).fetchone()
        if fila is None or fila[0] == registro.uid or fila[1] <= registro.momento:
            return 0
        self._conexion.execute(
            f"UPDATE eventos SET uid = ?, momento = ?, coste = ? WHERE {condicion}",
            (registro.uid, registro.momento, registro.coste, *parametros),
        )
        return 0
