"""Canal de registros: de cada proceso del intento al ejecutor, sin vuelta atrás.

La instrumentación (`hijo.py`, `envios.py`, `datos.py`, `perdidos.py`) y el
conductor mandan cada registro que decide un veredicto (inicio, fin, función del
alumno, envíos, actualizaciones perdidas, copias perdidas, el resultado de
`main`...) por un socket AF_UNIX de flujo al ejecutor, que es otro proceso y
los guarda en memoria. Un registro enviado no se puede borrar: el programa del
alumno puede vaciar su carpeta, cerrar descriptores o borrar lo que quiera,
pero lo que ya llegó se queda aquí, y lo que no llegó solo puede quitar pruebas
a favor del alumno (trabajo, solapamiento), nunca añadirlas.

Invariantes:
- el socket está en el espacio de nombres *abstracto* de Linux (no hay archivo
  que borrar) y, como el ejecutor, dentro de la misma caja de bubblewrap que el
  programa (mismo espacio de red);
- cada conexión se etiqueta con el pid que da el núcleo (`SO_PEERCRED`), no con
  el que dice el registro: un proceso no puede escribir los registros de otro
  (los que llevan su propio pid en el nombre se descartan si no coinciden);
- el primer registro con un nombre gana (salvo los envíos, que se acumulan): un
  `atexit` o un hilo tardío no sobrescribe el resultado ni un fin;
- cuándo se cerró la última conexión de cada pid se anota: un proceso que
  termina sin su registro de fin (`os._exit`, una señal) tiene igualmente un
  final, y no cuenta como vivo para siempre;
- los procesos también preguntan (`["?", {"p": ...}]`): los candados que
  publicaron los demás para un dato (`acceso:<dato>`; y `pendientes:<dato>`, cuántos
  hijos vivos no lo publicaron aún; se guarda la
  intersección de todo lo que publicó cada proceso, que solo puede encoger) y
  si el principal anunció que este hijo corre solo (`solo`; solo cuenta el
  anuncio que manda el propio principal, `raiz`);
- memoria acotada por proceso (`MAX_BYTES_POR_PID`); lo que pasa de ahí se lee
  y se descarta, y el pid queda anotado como desbordado.

Lo que el código del alumno, que corre en el mismo proceso que la
instrumentación, todavía puede hacer: mandar registros falsos con su propio pid
por el mismo canal. Eso no se impide aquí (ver README, «Lo que no impide»).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import selectors
import socket
import struct
import threading
import time
from typing import Any

# Variable de entorno con el nombre abstracto del canal (sin el byte nulo inicial).
ENV_CANAL = "VERIFICADOR_PROCESOS_CANAL"
# Bytes de registros que se guardan por proceso; el resto se lee y se descarta.
MAX_BYTES_POR_PID = 64 * 1024 * 1024
# Tras matar el grupo, plazo para leer lo que quede en los tubos (segundos).
PLAZO_DRENAR_S = 2.0
# Nombres de registro que llevan el pid de quien los escribe tras el prefijo.
PROPIOS = ("inicio-", "fin-", "alumno-", "envios-", "carrera-", "rmw-", "perdido-",
           "pendiente-", "servidor-", "cola-", "orden-", "retenido-",
           "adelantada-", "espera-", "interno-")
_CRED = struct.Struct("3i")  # pid, uid, gid de SO_PEERCRED


def _pid_del_nombre(nombre: str, prefijo: str) -> int | None:
    resto = nombre[len(prefijo):]
    cifras = ""
    for caracter in resto:
        if not caracter.isdigit():
            break
        cifras += caracter
    return int(cifras) if cifras else None


class _Conexion:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.pendiente = bytearray()


class Receptor:
    """El extremo del ejecutor: acepta conexiones y guarda los registros en memoria."""

    def __init__(self) -> None:
        self.nombre = "verificador-" + secrets.token_hex(16)
        self._servidor = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._servidor.bind("\0" + self.nombre)
        self._servidor.listen(512)
        self._servidor.setblocking(False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._servidor, selectors.EVENT_READ, None)
        self._cerrojo = threading.Lock()
        self._registros: dict[str, tuple[int, dict[str, Any]]] = {}
        self._envios: dict[int, dict[str, Any]] = {}
        self._bytes: dict[int, int] = {}
        self._cierres: dict[int, float] = {}
        self._abiertas: dict[int, int] = {}
        self.ajenos = 0  # registros con el pid de otro proceso en el nombre (descartados)
        self.malformados = 0
        self.desbordados: set[int] = set()
        self.raiz: int | None = None  # pid del conductor (el principal), cuando se conoce
        self._parar = threading.Event()
        self._hilo = threading.Thread(target=self._bucle, name="verificador-canal", daemon=True)
        self._hilo.start()

    # --- recepción (hilo propio) ---------------------------------------------------
    def _bucle(self) -> None:
        while not self._parar.is_set():
            self._una_vuelta(0.05)

    def _una_vuelta(self, espera: float) -> bool:
        """Atiende lo que esté listo; devuelve si había algo."""
        listos = self._selector.select(timeout=espera)
        for clave, _ in listos:
            if clave.data is None:
                self._aceptar()
            else:
                self._leer(clave.fileobj, clave.data)  # type: ignore[arg-type]
        return bool(listos)

    def _aceptar(self) -> None:
        while True:
            try:
                conexion, _ = self._servidor.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            try:
                pid = _CRED.unpack(conexion.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                       _CRED.size))[0]
            except OSError:
                conexion.close()
                continue
            conexion.setblocking(False)
            with self._cerrojo:
                self._abiertas[pid] = self._abiertas.get(pid, 0) + 1
            self._selector.register(conexion, selectors.EVENT_READ, _Conexion(pid))

    def _leer(self, conexion: socket.socket, estado: _Conexion) -> None:
        try:
            datos = conexion.recv(262144)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            datos = b""
        if not datos:
            self._selector.unregister(conexion)
            conexion.close()
            with self._cerrojo:
                self._abiertas[estado.pid] -= 1
                self._cierres[estado.pid] = time.time()
            return  # una línea a medias al cerrar no es un registro
        usados = self._bytes.get(estado.pid, 0) + len(datos)
        self._bytes[estado.pid] = usados
        if usados > MAX_BYTES_POR_PID:
            self.desbordados.add(estado.pid)
            estado.pendiente.clear()
            return
        estado.pendiente += datos
        if b"\n" not in datos:
            return
        *lineas, resto = bytes(estado.pendiente).split(b"\n")
        estado.pendiente = bytearray(resto)
        for linea in lineas:
            self._guardar(estado.pid, linea, conexion)

    def _guardar(self, pid: int, linea: bytes, conexion: socket.socket | None = None) -> None:
        try:
            nombre, datos = json.loads(linea)
            if not isinstance(nombre, str) or not isinstance(datos, dict):
                raise ValueError(nombre)
        except (ValueError, TypeError):
            self.malformados += 1
            return
        if nombre == "?":
            self._responder(pid, str(datos.get("p", "")), conexion)
            return
        if nombre.startswith(("solo-", "suelta-")) and pid != self.raiz:
            self.ajenos += 1
            return
        if nombre.startswith("acceso-"):
            if not nombre.endswith(f"-{pid}.json"):
                self.ajenos += 1
                return
            with self._cerrojo:
                previo = self._registros.get(nombre)
                nuevos = {str(c) for c in datos.get("candados") or ()}
                if previo is not None:
                    nuevos &= set(previo[1]["candados"])
                self._registros[nombre] = (pid, {"candados": sorted(nuevos)})
            return
        for prefijo in PROPIOS:
            if nombre.startswith(prefijo):
                if _pid_del_nombre(nombre, prefijo) != pid:
                    self.ajenos += 1
                    return
                break
        with self._cerrojo:
            if nombre.startswith("envios-"):
                self._acumular_envios(pid, datos)
            elif nombre not in self._registros:
                self._registros[nombre] = (pid, datos)

    def _pendientes(self, dato: str, pid: int) -> int:
        """Hijos lanzados (sin el servidor de un Manager) que siguen vivos y aún no publicaron
        sus candados para `dato`: mientras quede alguno, «protegido» es provisional."""
        publicados = {p for n, (p, _) in self._registros.items() if n.startswith(f"acceso-{dato}-")}
        terminados = {p for n, (p, _) in self._registros.items() if n.startswith("fin-")}
        lanzados = set()
        for nombre, (_, datos) in self._registros.items():
            cifras = nombre[len("lanzado-"):-len(".json")]
            if nombre.startswith("lanzado-") and cifras.isdigit() and not datos.get("servidor"):
                lanzados.add(int(cifras))
        return len(lanzados - publicados - terminados - {pid, self.raiz})

    def _responder(self, pid: int, pregunta: str, conexion: socket.socket | None) -> None:
        respuesta: Any = None
        with self._cerrojo:
            if pregunta == "solo":
                respuesta = f"solo-{pid}" in self._registros
            elif pregunta.startswith("acceso:"):
                prefijo, propio = f"acceso-{pregunta[len('acceso:'):]}-", f"-{pid}.json"
                respuesta = [d["candados"] for n, (_, d) in self._registros.items()
                             if n.startswith(prefijo) and not n.endswith(propio)]
            elif pregunta == "suelto":  # un hijo retenido (ver retencion.py)
                respuesta = f"suelta-{pid}" in self._registros
            elif pregunta.startswith("espera:"):  # el principal, en el join de un hijo
                respuesta = f"espera-{pregunta[len('espera:'):]}" in self._registros
            elif pregunta.startswith(("comprobaciones:", "aguardan:")):  # proxies.py
                respuesta = self._comprobaciones(pid, pregunta)
            elif pregunta.startswith("pendientes:"):
                respuesta = self._pendientes(pregunta[len("pendientes:"):], pid)
        if conexion is None:
            return
        texto = (json.dumps(respuesta) + "\n").encode()
        conexion.setblocking(True)
        try:
            conexion.settimeout(5.0)
            conexion.sendall(texto)
        except OSError:
            pass
        finally:
            conexion.setblocking(False)

    def _comprobaciones(self, pid: int, pregunta: str) -> int | bool:
        """Comprobar un contenedor de un Manager y luego cambiarlo (ver `proxies.py`):
        `comprobaciones:<contenedor>:<qué>`, cuántas veces lo miraron los demás procesos;
        `aguardan:<contenedor>`, si otro proceso espera ya antes de cambiarlo."""
        tipo, _, resto = pregunta.partition(":")
        propio = f"-{pid}.json"
        if tipo == "aguardan":
            prefijo = f"aguarda-{resto}-"
            return any(n.startswith(prefijo) and not n.endswith(propio)
                       and f"aguardado-{n[len('aguarda-'):]}" not in self._registros
                       for n in self._registros)
        contenedor, _, que = resto.partition(":")
        prefijo = f"comprueba-{contenedor}-"
        return sum(1 for n, (_, d) in self._registros.items()
                   if n.startswith(prefijo) and not n.endswith(propio)
                   and (not que or not d.get("que") or d.get("que") == que))

    def _acumular_envios(self, pid: int, datos: dict[str, Any]) -> None:
        """Los envíos llegan por tandas: se suman las huellas y se queda el mayor recuento."""
        acumulado = self._envios.setdefault(pid, {"envios": 0, "digestos": set(), "t": 0.0})
        with contextlib.suppress(TypeError, ValueError):
            acumulado["envios"] = max(acumulado["envios"], int(datos.get("envios") or 0))
            acumulado["digestos"].update(int(d) for d in datos.get("digestos") or ())
            acumulado["t"] = float(datos.get("t") or 0.0)

    # --- consultas (ejecutor) ----------------------------------------------------------
    def uno(self, nombre: str, *, de: int | None = None) -> dict[str, Any]:
        """El registro `nombre` ({} si no llegó); con `de`, solo si lo mandó ese pid."""
        with self._cerrojo:
            if nombre.startswith("envios-"):
                pid = _pid_del_nombre(nombre, "envios-")
                acumulado = self._envios.get(pid or -1)
                if acumulado is None:
                    return {}
                return {**acumulado, "digestos": sorted(acumulado["digestos"])}
            pid_y_datos = self._registros.get(nombre)
        if pid_y_datos is None or (de is not None and pid_y_datos[0] != de):
            return {}
        return pid_y_datos[1]

    def con_prefijo(self, prefijo: str) -> list[tuple[str, dict[str, Any]]]:
        """Los registros cuyo nombre empieza por `prefijo`, ordenados por nombre."""
        with self._cerrojo:
            return sorted((n, d) for n, (_, d) in self._registros.items() if n.startswith(prefijo))

    def existe(self, nombre: str) -> bool:
        with self._cerrojo:
            return nombre in self._registros

    def cierre(self, pid: int) -> float | None:
        """Cuándo se cerró la última conexión de `pid` (time.time()), si ya no le queda ninguna."""
        with self._cerrojo:
            if self._abiertas.get(pid, 0) > 0:
                return None
            return self._cierres.get(pid)

    # --- final ---------------------------------------------------------------------------
    def terminar(self) -> None:
        """Lee lo que quede (los procesos ya están muertos) y cierra el canal. Idempotente."""
        if self._parar.is_set():
            return
        self._parar.set()
        self._hilo.join()
        limite = time.monotonic() + PLAZO_DRENAR_S
        while time.monotonic() < limite:
            hubo = self._una_vuelta(0)
            with self._cerrojo:
                abiertas = sum(self._abiertas.values())
            if not hubo and abiertas == 0:
                break
            if not hubo:
                time.sleep(0.005)
        for clave in list(self._selector.get_map().values()):
            with contextlib.suppress(OSError):
                clave.fileobj.close()  # type: ignore[union-attr]
        self._selector.close()
