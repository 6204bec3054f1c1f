"""Lista de fallas: ataques y accidentes de un intento, y lo que debe pasar con cada uno.

Cada prueba es un ítem de la lista (issue 10 y los de siempre: cuelgues,
caídas, inundaciones y bombas acotadas). Las que necesitan la caja de arena
(bubblewrap) se saltan donde no la hay; las del canal del informe corren con
y sin caja (VERIFICADOR_AISLAMIENTO=grupo). Las largas llevan `lento`.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sys
import tempfile
import textwrap
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from verificador.ejecucion import comprobar_reto, ejecutar_aislado
from verificador.ejecucion.caja import modo_aislamiento
from verificador.veredictos import Veredicto

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="usa /proc")

con_caja = pytest.mark.skipif(
    os.environ.get("VERIFICADOR_AISLAMIENTO") == "grupo" or modo_aislamiento() != "caja",
    reason="sin bubblewrap no hay caja de arena",
)

JUEZ = """
def test_suma(alumno):
    modulo = alumno.cargar()
    alumno.exigir(modulo.main() == 20, "Faltan sumas", esperado="20", obtenido=str(modulo.main()))
"""

ROTO = "def main():\n    return 7\n"
BIEN = "def main():\n    return 20\n"


@pytest.fixture(params=["caja", "grupo"])
def modo(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Los dos caminos del aislamiento; 'caja' solo donde bubblewrap funciona."""
    if request.param == "caja" and modo_aislamiento() != "caja":
        pytest.skip("sin bubblewrap no hay caja de arena")
    monkeypatch.setenv("VERIFICADOR_AISLAMIENTO", request.param)
    return str(request.param)


def _reto(tmp_path: Path, codigo: str, juez: str = JUEZ) -> tuple[Path, Path]:
    """Un catálogo con juez y solución, y un espacio con el intento `codigo`."""
    catalogo = tmp_path / "catalogo" / "retos" / "01_suma"
    catalogo.mkdir(parents=True)
    (catalogo / "test_juez.py").write_text(juez, encoding="utf-8")
    soluciones = tmp_path / "catalogo" / "soluciones" / "01_suma"
    soluciones.mkdir(parents=True)
    (soluciones / "contador.py").write_text(BIEN, encoding="utf-8")
    intento = tmp_path / "taller" / "retos" / "01_suma"
    intento.mkdir(parents=True)
    (intento / "contador.py").write_text(textwrap.dedent(codigo), encoding="utf-8")
    progreso = tmp_path / "taller" / ".verificador"
    progreso.mkdir()
    (progreso / "progreso.sqlite3").write_bytes(b"progreso")
    return catalogo / "test_juez.py", intento


def _comprobar(juez: Path, intento: Path, **opciones: float) -> Veredicto:
    # Sin la revisión estática: estas pruebas miran las defensas que quedan cuando un
    # intento la esquiva (la caja, el canal firmado...); la revisión se prueba aparte.
    informe = comprobar_reto(
        juez, intento, ["contador.py"], semilla=1, repeticiones=1,
        tiempo_limite_s=opciones.get("tiempo_limite_s", 20.0),
        margen_s=opciones.get("margen_s", 15.0), revisar=False,
    )  # fmt: skip
    return informe.veredicto


def test_la_revision_estatica_para_el_ataque_antes_de_ejecutarlo(tmp_path: Path) -> None:
    """Con la revisión (lo normal en `reto`), un `os.execv` es trampa y el intento no corre."""
    marca = tmp_path / "ejecutado"
    juez, intento = _reto(tmp_path, f"import pathlib\npathlib.Path({str(marca)!r}).touch()\n" + ATEXIT_EXEC)
    informe = comprobar_reto(juez, intento, ["contador.py"], semilla=1, repeticiones=1,
                             tiempo_limite_s=20.0)
    assert informe.veredicto is Veredicto.TRAMPA
    assert informe.evidencia is not None
    assert "os.execv" in informe.evidencia.explicacion
    assert not marca.exists()


def _procesos_con(marca: str) -> list[int]:
    vivos = []
    for entrada in os.listdir("/proc"):
        if not entrada.isdigit():
            continue
        try:
            with open(f"/proc/{entrada}/cmdline", "rb") as f:
                linea = f.read()
            with open(f"/proc/{entrada}/stat", "rb") as f:
                estado = f.read()
        except OSError:
            continue
        if marca.encode() in linea and estado[estado.rfind(b")") + 2 :][:1] != b"Z":
            vivos.append(int(entrada))
    return vivos


# ------------------------------------------------------------ base: sin ataque
def test_roto_falla_y_bien_aprueba(tmp_path: Path, modo: str) -> None:
    """Control: el camino normal sigue dando el veredicto de siempre en los dos modos."""
    juez, intento = _reto(tmp_path, ROTO)
    assert _comprobar(juez, intento) is Veredicto.CARRERA
    (intento / "contador.py").write_text(BIEN, encoding="utf-8")
    assert _comprobar(juez, intento) is Veredicto.APROBADO


# ------------------------------------------------------- el veredicto, intacto
ATEXIT_EXEC = """
import atexit, json, os, pathlib

def falsificar():
    informe = {"version": 1, "repeticiones": 1, "repeticiones_pedidas": 1, "pruebas": 1,
               "ejecutadas": 1, "aprobadas": 1, "planificaciones": 0, "cifras": {},
               "semilla": 1, "interrumpido": False, "codigo_salida": 0, "fallo": None}
    for nombre in ("informe.json", "resultado.json"):
        pathlib.Path(nombre).write_text(json.dumps(informe))
    os.execv("/bin/true", ["/bin/true"])

atexit.register(falsificar)

def main():
    return 7
"""


def test_atexit_y_exec_no_falsifican_el_aprobado(tmp_path: Path, modo: str) -> None:
    """issue 10: atexit que escribe un informe aprobado y hace exec de /bin/true -> no aprueba."""
    juez, intento = _reto(tmp_path, ATEXIT_EXEC)
    assert _comprobar(juez, intento) is Veredicto.CARRERA


INFORME_FALSO = """
import json, os
_datos = json.dumps({"version": 1, "repeticiones": 1, "repeticiones_pedidas": 1,
    "pruebas": 1, "ejecutadas": 1, "aprobadas": 1, "planificaciones": 0, "cifras": {},
    "semilla": 1, "interrumpido": False, "codigo_salida": 0, "fallo": None})
_linea = (json.dumps({"evento": "informe", "datos": _datos, "firma": "0" * 64}) + "\\n").encode()
for _fd in map(int, os.listdir("/proc/self/fd")):
    try:
        os.write(_fd, _linea)
    except OSError:
        pass

def main():
    return 7
"""


def test_informe_falso_en_el_canal_es_trampa(tmp_path: Path, modo: str) -> None:
    """Un informe escrito en todos los descriptores, sin la firma de la ejecución -> trampa."""
    juez, intento = _reto(tmp_path, INFORME_FALSO)
    assert _comprobar(juez, intento) is Veredicto.TRAMPA


EXEC_TEMPRANO = """
import os
os.execv("/bin/true", ["/bin/true"])
"""


def test_exec_al_cargar_no_aprueba(tmp_path: Path, modo: str) -> None:
    """El proceso reemplazado antes del informe: sin informe firmado, no hay aprobado."""
    juez, intento = _reto(tmp_path, EXEC_TEMPRANO)
    assert _comprobar(juez, intento) is Veredicto.EXCEPCION


HILO_QUE_HACE_EXEC = """
import os, threading, time

def _tarde():
    time.sleep(0.5)
    os.execv("/bin/true", ["/bin/true"])

threading.Thread(target=_tarde).start()

def main():
    return 20
"""


def test_exec_tras_el_informe_no_cuenta(tmp_path: Path, modo: str) -> None:
    """Un hilo que hace exec después del informe: el código de salida no cuadra -> no aprobado."""
    juez, intento = _reto(tmp_path, HILO_QUE_HACE_EXEC.replace("return 20", "return 7"))
    assert _comprobar(juez, intento) is not Veredicto.APROBADO


HILO_ETERNO = """
import threading, time
threading.Thread(target=time.sleep, args=(1000,)).start()

def main():
    return 20
"""


def test_hilo_que_no_termina_tras_el_juez_es_cuelgue(tmp_path: Path, modo: str) -> None:
    """Como Python, se espera a los hilos que no son daemon: cuelgue, no aprobado."""
    juez, intento = _reto(tmp_path, HILO_ETERNO)
    assert _comprobar(juez, intento, tiempo_limite_s=5.0, margen_s=2.0) is Veredicto.CUELGUE


# ------------------------------------------------------------ sistema de archivos
REESCRIBIR_JUEZ = """
import pathlib, sys
for parte in sys.argv:
    if parte.endswith(".py") and pathlib.Path(parte).is_file():
        try:
            pathlib.Path(parte).write_text("def test_nada():\\n    pass\\n")
        except OSError:
            pass

def main():
    return 7
"""


@con_caja
def test_no_puede_reescribir_el_juez(tmp_path: Path) -> None:
    """issue 10: reescribir el juez (su ruta está en sys.argv) -> solo lectura, y sigue fallando."""
    juez, intento = _reto(tmp_path, REESCRIBIR_JUEZ)
    antes = juez.read_text(encoding="utf-8")
    assert _comprobar(juez, intento) is Veredicto.CARRERA
    assert juez.read_text(encoding="utf-8") == antes


ESCRIBIR_Y_BORRAR = """
import os, pathlib, shutil
aqui = pathlib.Path(__file__).parent
(aqui / "marca.txt").write_text("escrito")
taller = aqui.parent.parent
assert not (taller / ".verificador" / "progreso.sqlite3").exists(), "ve la base de progreso"
shutil.rmtree(taller / ".verificador", ignore_errors=True)
for ruta in taller.parent.rglob("*"):
    if ruta.is_file() and ruta.name != "contador.py" and "soluciones" in ruta.parts:
        raise AssertionError("ve las soluciones: " + str(ruta))

def main():
    return 20
"""


@con_caja
def test_copia_privada_sin_progreso_ni_soluciones(tmp_path: Path) -> None:
    """Escribe solo en su copia; no ve .verificador/ ni soluciones/; nada cambia fuera."""
    juez, intento = _reto(tmp_path, ESCRIBIR_Y_BORRAR)
    assert _comprobar(juez, intento) is Veredicto.APROBADO
    assert not (intento / "marca.txt").exists()
    assert (tmp_path / "taller" / ".verificador" / "progreso.sqlite3").read_bytes() == b"progreso"


@con_caja
def test_sin_red(tmp_path: Path) -> None:
    """Ni siquiera 127.0.0.1 del anfitrión: la caja tiene su propia red vacía."""
    servidor = socket.socket()
    servidor.bind(("127.0.0.1", 0))
    servidor.listen(1)
    servidor.setblocking(False)
    puerto = servidor.getsockname()[1]
    codigo = f"""
import socket
try:
    socket.create_connection(("127.0.0.1", {puerto}), timeout=2).close()
except OSError:
    pass

def main():
    return 20
"""
    try:
        juez, intento = _reto(tmp_path, codigo)
        assert _comprobar(juez, intento) is Veredicto.APROBADO
        with pytest.raises(BlockingIOError):
            servidor.accept()
    finally:
        servidor.close()


# ------------------------------------------------------------------ procesos
def _demonio(marca: str) -> str:
    return f"""
import os, subprocess, sys
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", "{marca}"],
                         start_new_session=True)
    os._exit(0)
os.wait()

def main():
    return 20
"""


def test_demonios_no_sobreviven(tmp_path: Path, modo: str) -> None:
    """issue 10: setsid + doble fork -> ningún proceso queda vivo tras la ejecución."""
    from verificador.ejecucion.limites import GrupoControl

    grupo = GrupoControl.crear(8, None)
    if modo == "grupo" and grupo is None:
        pytest.skip("sin caja ni cgroup un demonio con setsid escapa (documentado)")
    if grupo is not None:
        grupo.cerrar()
    marca = f"marca-{uuid.uuid4().hex}"
    juez, intento = _reto(tmp_path, _demonio(marca))
    assert _comprobar(juez, intento) is Veredicto.APROBADO
    assert _procesos_con(marca) == []


def test_bomba_de_procesos_acotada(tmp_path: Path, modo: str) -> None:
    """Una bomba de forks topa con el límite de procesos (también como root) y nadie sobrevive."""
    programa = tmp_path / "bomba.py"
    programa.write_text(
        textwrap.dedent(
            """
            import os, sys, time
            hechos = 0
            try:
                while hechos < 400:
                    if os.fork() == 0:
                        time.sleep(300)
                        os._exit(0)
                    hechos += 1
            except OSError:
                pass
            print("hechos", hechos, flush=True)
            """
        ),
        encoding="utf-8",
    )
    from verificador.ejecucion.limites import GrupoControl

    grupo = GrupoControl.crear(8, None)
    if grupo is None and os.geteuid() == 0:
        pytest.skip("como root y sin cgroup no hay tope de procesos (documentado)")
    if grupo is not None:
        grupo.cerrar()
    ejecucion = ejecutar_aislado(
        [sys.executable, str(programa)], tiempo_limite_s=60, limites={"procesos_max": 40,
                                                                      "procesos_extra": 40}
    )
    hechos = int(ejecucion.salida.split("hechos", 1)[1].split()[0])
    assert hechos < 40
    assert _procesos_con(str(programa)) == []


def test_bomba_de_memoria_acotada(tmp_path: Path, modo: str) -> None:
    """Pedir 64 GiB al cargar: MemoryError (RLIMIT_AS) -> no carga; la máquina sigue bien."""
    juez, intento = _reto(tmp_path, "x = bytearray(64 * 1024**3)\n\ndef main():\n    return 20\n")
    assert _comprobar(juez, intento) is Veredicto.NO_CARGA


def test_caida_por_senal(tmp_path: Path, modo: str) -> None:
    """SIGSEGV del propio proceso: excepción con la señal (con caja, 128+señal se traduce)."""
    programa = tmp_path / "cae.py"
    programa.write_text("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n")
    ejecucion = ejecutar_aislado([sys.executable, str(programa)], tiempo_limite_s=30)
    assert ejecucion.senal == signal.SIGSEGV
    assert ejecucion.aislamiento == modo


def test_cuelgue_al_cargar(tmp_path: Path, modo: str) -> None:
    """Un intento que no termina de importarse: cuelgue por el reloj del padre."""
    juez, intento = _reto(tmp_path, "import time\ntime.sleep(1000)\n")
    assert _comprobar(juez, intento, tiempo_limite_s=1.0, margen_s=2.0) is Veredicto.CUELGUE


def test_inundacion_de_salida(tmp_path: Path, modo: str) -> None:
    """Salida sin fin: se corta, y el grupo entero muere."""
    programa = tmp_path / "inunda.py"
    programa.write_text("while True:\n    print('x' * 1000)\n")
    ejecucion = ejecutar_aislado(
        [sys.executable, str(programa)], tiempo_limite_s=60, limite_flujo_bytes=1024 * 1024
    )
    assert ejecucion.inundacion
    assert _procesos_con(str(programa)) == []


def test_archivo_enorme_acotado(tmp_path: Path, modo: str) -> None:
    """Escribir un archivo más grande que el límite: SIGXFSZ, no se llena el disco."""
    programa = tmp_path / "grande.py"
    programa.write_text(
        "import signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n"
        "with open('grande.bin', 'wb') as f:\n    f.write(b'x' * (4 * 1024 * 1024))\n"
    )
    trabajo = tmp_path / "trabajo"
    trabajo.mkdir()
    ejecucion = ejecutar_aislado(
        [sys.executable, str(programa)], cwd=trabajo, tiempo_limite_s=30,
        limites={"archivo_bytes": 1024 * 1024},
    )  # fmt: skip
    assert ejecucion.senal == signal.SIGXFSZ
    assert (trabajo / "grande.bin").stat().st_size <= 1024 * 1024


AVISAR_LISTO = """
import os
for _fd in map(int, os.listdir("/proc/self/fd")):
    try:
        if os.readlink(f"/proc/self/fd/{_fd}").startswith("pipe:"):
            os.write(_fd, b'\\n{"evento": "listo"}\\n')
    except OSError:
        pass
import time
time.sleep(1000)
"""


def test_ctrl_c_mata_todo_y_limpia(
    tmp_path: Path, modo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C en el padre con un demonio vivo: sale, nadie sobrevive y el temporal desaparece."""
    marca = f"marca-{uuid.uuid4().hex}"
    codigo = _demonio(marca).split("def main():")[0] + AVISAR_LISTO
    juez, intento = _reto(tmp_path, codigo)
    temporales = tmp_path / "temporales"
    temporales.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporales))
    vistos: list[int] = []

    def interrumpir(evento: dict[str, object]) -> None:
        if evento.get("evento") == "listo":
            # the daemon announces itself before the OS lists it: wait until it is seen
            for _ in range(200):
                vistos.extend(_procesos_con(marca))
                if vistos:
                    break
                time.sleep(0.05)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        comprobar_reto(juez, intento, ["contador.py"], semilla=1, repeticiones=1,
                       tiempo_limite_s=60, al_progreso=interrumpir, revisar=False)  # fmt: skip
    assert list(temporales.iterdir()) == []
    assert _procesos_con(marca) == []
    if modo == "caja":
        assert vistos, "el demonio debía estar vivo al llegar el Ctrl-C"


# ---------------------------------------------------- explorar: el informe, intacto
# El programa busca el proceso del explorador entre sus antepasados (él mismo con
# el motor de hilos; su abuelo con el de procesos) y falsifica su informe por
# todas las vías: el archivo --informe de antes, cada tubería del explorador
# (abierta de nuevo por /proc) y, al final, exec de /bin/true o SIGKILL.
FALSIFICAR_EXPLORAR = """
import json, os, signal

def _explorador():
    pid = os.getpid()
    while pid > 1:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                orden = f.read().split(b"\\0")
            with open(f"/proc/{pid}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            return None, []
        if b"verificador.explorador" in orden:
            return pid, orden
        pid = int(stat[stat.rfind(b")") + 2 :].split()[1])
    return None, []

def falsificar(final):
    pid, orden = _explorador()
    informe = {"veredicto": "aprobado", "aprobado": True, "planificaciones": 100,
               "semilla": 0, "duracion_s": 0.1, "codigo_salida": 0}
    if pid is not None:
        if b"--informe" in orden:
            with open(orden[orden.index(b"--informe") + 1], "w") as f:
                json.dump(informe, f)
        datos = json.dumps(informe)
        linea = (json.dumps({"evento": "informe", "datos": datos, "firma": "0" * 64}) + "\\n")
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}").startswith("pipe:"):
                    otro = os.open(f"/proc/{pid}/fd/{fd}", os.O_WRONLY | os.O_NONBLOCK)
                    os.write(otro, linea.encode())
                    os.close(otro)
            except OSError:
                pass
    if final == "exec":
        os.execv("/bin/true", ["/bin/true"])
    if final == "matar" and pid is not None:
        os.kill(pid, signal.SIGKILL)
"""

EXPLORAR_HILOS_FALSIFICA = FALSIFICAR_EXPLORAR + """
import atexit, threading
atexit.register(falsificar, "exec")
saldo = 0

def depositar():
    global saldo
    visto = saldo
    saldo = visto + 10

hilos = [threading.Thread(target=depositar) for _ in range(2)]
for hilo in hilos:
    hilo.start()
for hilo in hilos:
    hilo.join()
assert saldo == 20, saldo
falsificar("exec")
"""

EXPLORAR_PROCESOS_FALSIFICA = FALSIFICAR_EXPLORAR + """
import multiprocessing

def sumar(valor):
    for _ in range(300):
        valor.value += 1

if __name__ == "__main__":
    valor = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=sumar, args=(valor,)) for _ in range(2)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    falsificar("matar")
"""


@pytest.mark.parametrize(
    "programa", [EXPLORAR_HILOS_FALSIFICA, EXPLORAR_PROCESOS_FALSIFICA], ids=["hilos", "procesos"]
)
def test_explorar_no_se_deja_falsificar(tmp_path: Path, modo: str, programa: str) -> None:
    """issue 10: un programa con carrera que falsifica el informe de `explorar` no aprueba."""
    from verificador.ejecucion import explorar_aislado

    ruta = tmp_path / "programa.py"
    ruta.write_text(programa, encoding="utf-8")
    resultado = explorar_aislado(ruta, semilla=1, planificaciones=20, tiempo_limite_s=120)
    assert resultado.veredicto is not Veredicto.APROBADO, resultado.evidencia
    # Lo escrito en sus tuberías sin la firma de la ejecución se ve como lo que es.
    assert resultado.veredicto is Veredicto.TRAMPA, resultado.evidencia


SOLO_EXEC = """
import os, threading
saldo = 0

def depositar():
    global saldo
    visto = saldo
    saldo = visto + 10

hilos = [threading.Thread(target=depositar) for _ in range(2)]
for hilo in hilos:
    hilo.start()
for hilo in hilos:
    hilo.join()
os.execv("/bin/true", ["/bin/true"])
"""


def test_explorar_exec_sin_informe_no_aprueba(tmp_path: Path, modo: str) -> None:
    """Un programa que sustituye al explorador (exec con código 0) no se lleva un aprobado."""
    from verificador.ejecucion import explorar_aislado

    ruta = tmp_path / "programa.py"
    ruta.write_text(SOLO_EXEC, encoding="utf-8")
    resultado = explorar_aislado(ruta, semilla=1, planificaciones=20, tiempo_limite_s=120)
    assert resultado.veredicto is Veredicto.EXCEPCION, resultado.evidencia


BORRA_REGISTROS = """
import multiprocessing, os

def sumar(valor):
    for _ in range(300):
        valor.value += 1

if __name__ == "__main__":
    valor = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=sumar, args=(valor,)) for _ in range(2)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    carpeta = os.environ.get("VERIFICADOR_PROCESOS_DIR", "")
    for nombre in os.listdir(carpeta) if carpeta else []:
        if "inicio" not in nombre:
            os.remove(os.path.join(carpeta, nombre))
"""


def test_explorar_procesos_borrar_registros_no_oculta_la_carrera(tmp_path: Path) -> None:
    from verificador.ejecucion import explorar_aislado

    ruta = tmp_path / "programa.py"
    ruta.write_text(BORRA_REGISTROS, encoding="utf-8")
    resultado = explorar_aislado(ruta, semilla=1, tiempo_limite_s=120)
    assert resultado.veredicto is not Veredicto.APROBADO, resultado.evidencia


# -------------------------------------------------------------------- calificar
def _catalogo(base: Path):
    from verificador.casos import FuenteCatalogo, cargar_catalogo

    return cargar_catalogo(FuenteCatalogo(base / "retos", base / "soluciones", "prueba"))


def _entrega(carpeta: Path, catalogo, contador: str) -> Path:
    from verificador.espacio import iniciar

    iniciar(carpeta, catalogo)
    for reto in catalogo.retos:
        (carpeta / "retos" / reto.nombre / "contador.py").write_text(contador, encoding="utf-8")
    return carpeta


def _calificar(entregas: Path, catalogo):
    from verificador.aula import calificar

    return calificar(entregas, catalogo, semilla=3, trabajos=2, leer_progreso=False)


def _caso(calificacion, alumno: str, numero: int = 1):
    fila = next(a for a in calificacion.alumnos if a.alumno == alumno)
    return fila, fila.caso(numero)


@pytest.fixture
def un_reto(tmp_path: Path):
    from conftest import CONTADOR_BIEN, escribir_reto

    base = tmp_path / "catalogo"
    escribir_reto(base, "01_suma_perdida")
    return base, _catalogo(base), CONTADOR_BIEN


def test_enlace_en_una_carpeta_intermedia_no_se_sigue(tmp_path: Path, un_reto) -> None:
    """issue 10: `retos/<caso>` enlazado a las soluciones del docente -> no entregado, 0 puntos."""
    base, catalogo, _ = un_reto
    entregas = tmp_path / "entregas"
    ana = _entrega(entregas / "ana", catalogo, "def main(n_hilos=3):\n    return 7\n")
    caso = ana / "retos" / "01_suma_perdida"
    shutil.rmtree(caso)
    caso.symlink_to(base / "soluciones" / "01_suma_perdida", target_is_directory=True)
    fila, resultado = _caso(_calificar(entregas, catalogo), "ana")
    assert resultado.veredicto == "sin_entrega"
    assert "enlace simbólico" in (resultado.motivo or "")
    assert fila.puntos == 0


def test_ids_repetidos_no_se_pisan(tmp_path: Path, un_reto) -> None:
    """`ana/` y `ana.zip`: dos alumnos (`ana`, `ana (2)`), con aviso; ninguno pisa al otro."""
    _, catalogo, bien = un_reto
    entregas = tmp_path / "entregas"
    _entrega(entregas / "ana", catalogo, "def main(n_hilos=3):\n    return 7\n")
    otra = _entrega(tmp_path / "otra", catalogo, bien)
    with zipfile.ZipFile(entregas / "ana.zip", "w") as zip_:
        for ruta in otra.rglob("*"):
            if ruta.is_file() and ".verificador" not in ruta.parts:
                zip_.write(ruta, ruta.relative_to(otra).as_posix())
    calificacion = _calificar(entregas, catalogo)
    assert sorted(a.alumno for a in calificacion.alumnos) == ["ana", "ana (2)"]
    _, carpeta = _caso(calificacion, "ana")
    fila_zip, de_zip = _caso(calificacion, "ana (2)")
    assert (carpeta.veredicto, de_zip.veredicto) == ("carrera", "aprobado")
    assert "identificador repetido" in (fila_zip.nota_progreso or "")


def test_zip_bomba_en_muchas_entradas_acotado(
    tmp_path: Path, un_reto, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Muchas entradas pequeñas que no parecen bomba una a una: el total extraído tiene tope."""
    from verificador.aula import entregas as modulo

    _, catalogo, bien = un_reto
    monkeypatch.setattr(modulo, "LIMITE_ZIP_EXTRAIDO", 2 * 1024 * 1024)
    entregas = tmp_path / "entregas"
    entregas.mkdir()
    otra = _entrega(tmp_path / "otra", catalogo, bien)
    with zipfile.ZipFile(entregas / "bomba.zip", "w", zipfile.ZIP_DEFLATED) as zip_:
        zip_.write(otra / "verificador.toml", "verificador.toml")
        for i in range(6):  # 6 x 900 KiB de bytes al azar: no comprimen, no son "bomba"
            zip_.writestr(f"retos/01_suma_perdida/relleno{i}.py", os.urandom(900 * 1024))
    fila, _ = _caso(_calificar(entregas, catalogo), "bomba")
    assert fila.situacion.value == "zip_peligroso"
    assert "bomba de descompresión" in (fila.motivo or "")


@con_caja
def test_no_toca_las_copias_de_los_companeros(tmp_path: Path, un_reto) -> None:
    """issue 10: una entrega que busca y reescribe los contador.py ajenos no cambia nada."""
    _, catalogo, bien = un_reto
    entregas = tmp_path / "entregas"
    atacante = """
import pathlib

def main(n_hilos=3):
    for raiz in (pathlib.Path("/tmp"), pathlib.Path(__file__).resolve().parents[3]):
        for ruta in raiz.rglob("contador.py"):
            try:
                ruta.write_text("def main(n_hilos=3):\\n    return -1\\n")
            except OSError:
                pass
    return 7
"""
    _entrega(entregas / "a_atacante", catalogo, atacante)
    _entrega(entregas / "b_honesta", catalogo, bien)
    calificacion = _calificar(entregas, catalogo)
    _, honesta = _caso(calificacion, "b_honesta")
    assert honesta.veredicto == "aprobado"
    assert (entregas / "b_honesta" / "retos" / "01_suma_perdida" / "contador.py").read_text(
        encoding="utf-8") == bien


# ------------------------------------------------------------- Ctrl-C de verdad
def _ctrl_c(argv: list[str], cwd: Path, marca: str, temporales: Path) -> tuple[int, str]:
    """Lanza `argv`, espera a que el intento deje vivo su proceso `marca` y manda un SIGINT."""
    import subprocess
    import time

    proceso = subprocess.Popen(
        argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True, env={**os.environ, "TMPDIR": str(temporales)},
    )  # fmt: skip
    try:
        fin = time.monotonic() + 120  # tope para no colgar la prueba, no una aserción
        while not _procesos_con(marca) and proceso.poll() is None and time.monotonic() < fin:
            time.sleep(0.1)
        assert _procesos_con(marca), "el intento no llegó a lanzar su proceso"
        os.killpg(proceso.pid, signal.SIGINT)
        salida, _ = proceso.communicate(timeout=120)
    finally:
        if proceso.poll() is None:
            os.killpg(proceso.pid, signal.SIGKILL)
            proceso.wait()
    return proceso.returncode, salida.decode("utf-8", errors="replace")


def _colgado_con_demonio(marca: str, fork: bool = False) -> str:
    """Deja un demonio (setsid) y, con `fork`, un hijo de multiprocessing `fork`; no termina."""
    hijo_fork = (
        "import multiprocessing, time\n"
        'multiprocessing.get_context("fork").Process(target=time.sleep, args=(300,)).start()\n'
    )
    return f"""
import subprocess, sys
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", "{marca}"],
                 start_new_session=True)
{hijo_fork if fork else ""}
while True:
    pass
"""


def _con_tmpdir(temporales: Path) -> list[int]:
    """Procesos vivos con TMPDIR en `temporales` (o dentro): todo lo que arrancó la orden."""
    buscado = f"TMPDIR={temporales}".encode()
    vivos = []
    for entrada in os.listdir("/proc"):
        try:
            with open(f"/proc/{entrada}/environ", "rb") as f:
                entorno = f.read().split(b"\0")
            with open(f"/proc/{entrada}/stat", "rb") as f:
                estado = f.read()
        except OSError:
            continue
        if any(v.startswith(buscado) for v in entorno) and estado[estado.rfind(b")") + 2 :][:1] != b"Z":
            vivos.append(int(entrada))
    return vivos


@pytest.mark.parametrize("orden", ["reto", "explorar", "explorar_procesos"])
def test_ctrl_c_en_la_orden(tmp_path: Path, un_reto, orden: str, modo: str) -> None:
    """Un Ctrl-C: sale con 130, una línea en español, sin procesos vivos ni temporales.

    `explorar_procesos`: el programa usa multiprocessing (motor de procesos) y
    deja un hijo del contexto `fork` además del demonio.
    """
    import verificador

    _, catalogo, _ = un_reto
    marca = f"marca-{uuid.uuid4().hex}"
    fork = orden != "explorar"
    taller = _entrega(tmp_path / "taller", catalogo, _colgado_con_demonio(marca, fork))
    temporales = tmp_path / "temporales"
    temporales.mkdir()
    verificar = str(Path(sys.executable).with_name("verificar"))
    if orden == "reto":
        argv = [verificar, "reto", "1", "--retos", str(tmp_path / "catalogo")]
    else:
        argv = [verificar, "explorar", "retos/01_suma_perdida/contador.py"]
    assert verificador.__file__
    codigo, salida = _ctrl_c(argv, taller, marca, temporales)
    assert codigo == 130, salida
    assert salida.strip().splitlines()[-1] == (
        "Error: interrumpido (Ctrl-C); no se ha guardado ningún veredicto"
    )
    assert _procesos_con(marca) == []
    assert _con_tmpdir(temporales) == []
    assert list(temporales.iterdir()) == []


@pytest.mark.lento
def test_ctrl_c_en_calificar(tmp_path: Path, un_reto, modo: str) -> None:
    """calificar con dos entregas colgadas y demonios: un Ctrl-C lo para todo."""
    _, catalogo, _ = un_reto
    marca = f"marca-{uuid.uuid4().hex}"
    entregas = tmp_path / "entregas"
    for alumno in ("ana", "beto"):
        _entrega(entregas / alumno, catalogo, _colgado_con_demonio(marca, fork=True))
    temporales = tmp_path / "temporales"
    temporales.mkdir()
    verificar = str(Path(sys.executable).with_name("verificar"))
    argv = [verificar, "calificar", str(entregas), "--trabajos", "2", "--retos",
            str(tmp_path / "catalogo")]
    codigo, salida = _ctrl_c(argv, tmp_path, marca, temporales)
    assert codigo == 130, salida
    assert salida.strip().splitlines()[-1] == (
        "Error: interrumpido (Ctrl-C); no se ha guardado ningún veredicto"
    )
    assert _procesos_con(marca) == []
    assert _con_tmpdir(temporales) == []
    assert list(temporales.iterdir()) == []


# ------------------------------------------------------------- espacio del alumno
def test_originales_manipulados_se_reponen_del_catalogo(espacio: Path, catalogo_falso: Path) -> None:
    """issue 10: reescribir .verificador/originales no hace que `reiniciar` reponga basura."""
    from verificador.espacio import buscar_espacio, reiniciar

    catalogo = _catalogo(catalogo_falso)
    reto = catalogo.retos[0]
    original = (catalogo_falso / "retos" / reto.nombre / "contador.py").read_bytes()
    guardado = espacio / ".verificador" / "originales" / reto.nombre / "contador.py"
    guardado.write_text("def main(n_hilos=3):\n    return 10 * n_hilos\n", encoding="utf-8")
    intento = espacio / "retos" / reto.nombre / "contador.py"
    intento.write_text("# mi intento\n", encoding="utf-8")
    abierto = buscar_espacio(espacio)
    assert abierto is not None
    reiniciar(abierto, catalogo, reto)
    assert intento.read_bytes() == original
    assert guardado.read_bytes() == original
