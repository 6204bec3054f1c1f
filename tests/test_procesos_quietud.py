"""The process engine's hang detector (estado.Quietud) looks at every thread of every process.

A correct multiprocessing program whose threads sleep longer than `quietud_s`
(a `ThreadPool` task, a child's own thread joined by it, a `Timer`) is not a
hang; a program whose every thread waits for something that never comes is a
`cuelgue` found by the detector itself (`sin_avance`), not by the time limit:
so the engine's own threads (the watchdog `_vigia`, `verificador-*`) and
multiprocessing's service threads must not count as "waiting for time".
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from verificador.procesos import explorar, juicio
from verificador.procesos import hijo as _hijo
from verificador.procesos.ejecutor import Ejecucion, ejecutar
from verificador.procesos.estado import Quietud, espera_con_plazo, hilos
from verificador.veredictos import Veredicto

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="usa /proc")

# Límite de tiempo de estas pruebas (segundos): muy por encima de lo que tarda un
# programa correcto; un cuelgue se tiene que detectar por quietud mucho antes.
LIMITE_S = 20.0

CORRECTOS = {
    "threadpool_duerme": """
        import time
        from multiprocessing.pool import ThreadPool


        def tarea(x):
            time.sleep(1.5)
            return x * 2


        if __name__ == "__main__":
            with ThreadPool(4) as pool:
                assert pool.map(tarea, range(4)) == [0, 2, 4, 6]
    """,
    "hilo_de_un_hijo_duerme": """
        import multiprocessing
        import threading
        import time


        def trabajo(cola):
            hilo = threading.Thread(target=time.sleep, args=(1.5,))
            hilo.start()
            hilo.join()
            cola.put("hecho")


        if __name__ == "__main__":
            cola = multiprocessing.Queue()
            hijo = multiprocessing.Process(target=trabajo, args=(cola,))
            hijo.start()
            assert cola.get() == "hecho"
            hijo.join()
    """,
    "hilo_del_principal_duerme": """
        import multiprocessing
        import threading
        import time


        if __name__ == "__main__":
            cola = multiprocessing.Queue()
            hilo = threading.Thread(target=time.sleep, args=(2,))
            hilo.start()
            hilo.join()
            cola.put(1)
            assert cola.get() == 1
    """,
    "temporizador_suelta_al_hijo": """
        import multiprocessing
        import threading


        def trabajo(evento, cola):
            evento.wait()
            cola.put("ok")


        if __name__ == "__main__":
            evento = multiprocessing.Event()
            cola = multiprocessing.Queue()
            hijo = multiprocessing.Process(target=trabajo, args=(evento, cola))
            hijo.start()
            threading.Timer(1.5, evento.set).start()
            assert cola.get() == "ok"
            hijo.join()
    """,
    "hilo_de_un_hijo_con_manager": """
        import threading
        import time
        from multiprocessing import Manager, Process


        def trabajo(d):
            def dormir():
                time.sleep(1.5)
                d["x"] = 1

            hilo = threading.Thread(target=dormir)
            hilo.start()
            hilo.join()


        if __name__ == "__main__":
            with Manager() as m:
                d = m.dict()
                hijo = Process(target=trabajo, args=(d,))
                hijo.start()
                hijo.join()
                assert dict(d) == {"x": 1}
    """,
}

COLGADOS = {
    "threadpool_espera_un_evento": """
        import threading
        from multiprocessing.pool import ThreadPool

        listo = threading.Event()


        def tarea(x):
            listo.wait()  # nadie lo pone
            return x


        if __name__ == "__main__":
            with ThreadPool(4) as pool:
                print(pool.map(tarea, range(4)))
    """,
    "threadpool_espera_un_candado": """
        import threading
        from multiprocessing.pool import ThreadPool

        candado = threading.Lock()


        def tarea(x):
            with candado:  # lo tiene el principal, que espera al pool
                return x


        if __name__ == "__main__":
            with candado:
                with ThreadPool(2) as pool:
                    print(pool.map(tarea, range(4)))
    """,
    "hilo_de_un_hijo_espera_siempre": """
        import multiprocessing
        import threading


        def trabajo():
            nunca = threading.Event()
            hilo = threading.Thread(target=nunca.wait)
            hilo.start()
            hilo.join()


        if __name__ == "__main__":
            hijo = multiprocessing.Process(target=trabajo)
            hijo.start()
            hijo.join()
    """,
    "hijo_espera_un_evento": """
        import multiprocessing


        def trabajo(evento, cola):
            evento.wait()  # nadie lo pone
            cola.put(1)


        if __name__ == "__main__":
            evento = multiprocessing.Event()
            cola = multiprocessing.Queue()
            hijo = multiprocessing.Process(target=trabajo, args=(evento, cola))
            hijo.start()
            print(cola.get())
            hijo.join()
    """,
    "cola_llena_join_antes_de_get": """
        import multiprocessing


        def producir(cola):
            cola.put("x" * 1_000_000)


        if __name__ == "__main__":
            cola = multiprocessing.Queue()
            hijo = multiprocessing.Process(target=producir, args=(cola,))
            hijo.start()
            hijo.join()
            print(len(cola.get()))
    """,
    "executor_espera_un_evento_del_manager": """
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import Manager


        def tarea(evento):
            evento.wait()
            return 1


        if __name__ == "__main__":
            with Manager() as m:
                evento = m.Event()
                with ProcessPoolExecutor(2) as ex:
                    print(ex.submit(tarea, evento).result())
    """,
}


def _escribir(tmp_path: Path, codigo: str) -> Path:
    ruta = tmp_path / "programa.py"
    ruta.write_text(textwrap.dedent(codigo), encoding="utf-8")
    return ruta


def _como_explorar(ruta: Path, semilla: int) -> Ejecucion:
    """Una ejecución con los parámetros de `explorar` (perturbación, quietud, sin adversario)."""
    return ejecutar(ruta, modo="script", semilla=explorar.semilla_de(semilla, 0),
                    tiempo_limite_s=LIMITE_S, archivos_alumno=[ruta],
                    quietud_s=explorar.QUIETUD_S, plazo_adversario_s=None)


@pytest.mark.parametrize("nombre", sorted(CORRECTOS))
def test_hilos_que_duermen_no_son_un_cuelgue(tmp_path: Path, nombre: str) -> None:
    resultado = explorar.explorar_script(_escribir(tmp_path, CORRECTOS[nombre]), semilla=1,
                                         tiempo_limite_s=LIMITE_S)
    assert resultado.veredicto is Veredicto.APROBADO, resultado.evidencia


@pytest.mark.parametrize("nombre", sorted(COLGADOS))
def test_un_cuelgue_real_lo_detecta_la_quietud(tmp_path: Path, nombre: str) -> None:
    ejecucion = _como_explorar(_escribir(tmp_path, COLGADOS[nombre]), semilla=1)
    assert ejecucion.colgado
    # Lo cortó el detector de quietud, no el límite de tiempo: ningún hilo interno
    # (vigía, hilos de servicio de multiprocessing) lo mantuvo «vivo».
    assert ejecucion.sin_avance
    fallo = juicio.clasificar(ejecucion, LIMITE_S, explorar.QUIETUD_S)
    assert fallo is not None
    assert fallo[0] is Veredicto.CUELGUE


def test_explorar_da_cuelgue_con_un_threadpool_colgado(tmp_path: Path) -> None:
    ruta = _escribir(tmp_path, COLGADOS["threadpool_espera_un_evento"])
    resultado = explorar.explorar_script(ruta, semilla=2, tiempo_limite_s=LIMITE_S)
    assert resultado.veredicto is Veredicto.CUELGUE


# --- hilos de servicio: cuáles no cuentan -------------------------------------------


def _nada() -> None:
    pass


def test_hilos_internos_y_del_alumno() -> None:
    from multiprocessing.pool import ThreadPool

    assert _hijo.hilo_interno(threading.Thread(target=_nada, name="verificador-retencion"))
    assert not _hijo.hilo_interno(threading.Thread(target=_nada))
    assert not _hijo.hilo_interno(threading.Timer(30, _nada))
    pool = ThreadPool(1)
    try:
        assert _hijo.hilo_interno(pool._worker_handler)  # type: ignore[attr-defined]
        assert _hijo.hilo_interno(pool._task_handler)  # type: ignore[attr-defined]
        # El de resultados solo espera con plazo mientras se retienen resultados: cuenta.
        assert not _hijo.hilo_interno(pool._result_handler)  # type: ignore[attr-defined]
        # Los trabajadores ejecutan las tareas del alumno: cuentan.
        assert not any(_hijo.hilo_interno(t) for t in pool._pool)  # type: ignore[attr-defined]
    finally:
        pool.terminate()
        pool.join()


def test_el_alimentador_de_una_queue_es_interno() -> None:
    import multiprocessing

    cola = multiprocessing.get_context("spawn").Queue()
    try:
        cola.put(1)
        assert cola._thread is not None  # type: ignore[attr-defined]
        assert _hijo.hilo_interno(cola._thread)  # type: ignore[attr-defined]
        assert cola.get() == 1
    finally:
        cola.close()
        cola.join_thread()


# --- /proc, hilo a hilo -----------------------------------------------------------------

_DOS_HILOS = """
import threading, time, sys
hilo = threading.Thread(target={objetivo}, daemon=True)
hilo.start()
print(hilo.native_id, flush=True)
hilo.join()
"""


def _con_un_hilo(objetivo: str) -> tuple[subprocess.Popen[str], int]:
    proceso = subprocess.Popen(
        [sys.executable, "-c", _DOS_HILOS.format(objetivo=objetivo)],
        stdout=subprocess.PIPE, text=True, start_new_session=True,
    )
    assert proceso.stdout is not None
    return proceso, int(proceso.stdout.readline())


def _terminar(proceso: subprocess.Popen[str]) -> None:
    proceso.kill()
    proceso.wait()
    assert proceso.stdout is not None
    proceso.stdout.close()


def _esperar_llamada(pid: int, tid: int, numeros: tuple[str, ...]) -> None:
    """Hasta que el hilo esté dentro de una de esas llamadas al sistema (x86_64)."""
    for _ in range(400):
        if Path(f"/proc/{pid}/task/{tid}/syscall").read_text().split()[:1] in [[n] for n in numeros]:
            return
        time.sleep(0.01)
    pytest.fail(f"el hilo {tid} no llegó a {numeros}")


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="números de llamada de x86_64")
def test_un_hilo_que_duerme_no_deja_quieto_al_proceso() -> None:
    proceso, tid = _con_un_hilo("lambda: time.sleep(60)")
    try:
        # nanosleep / clock_nanosleep; en 3.10, time.sleep es un select / pselect6 con plazo
        _esperar_llamada(proceso.pid, tid, ("35", "230", "23", "270"))
        _esperar_llamada(proceso.pid, proceso.pid, ("202",))  # el principal, en join()
        assert hilos(proceso.pid) == [proceso.pid, tid]
        assert not espera_con_plazo(proceso.pid)  # el principal espera sin plazo
        assert espera_con_plazo(proceso.pid, tid)
        quietud = Quietud(proceso.pid, 1.0)
        assert not quietud.quieto(0.0)
        assert not quietud.quieto(5.0)  # el tiempo que se le pasa es inventado
    finally:
        _terminar(proceso)


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="números de llamada de x86_64")
def test_hilos_que_esperan_sin_plazo_dejan_quieto_al_proceso() -> None:
    proceso, tid = _con_un_hilo("threading.Event().wait")
    try:
        _esperar_llamada(proceso.pid, tid, ("202",))
        _esperar_llamada(proceso.pid, proceso.pid, ("202",))
        assert not espera_con_plazo(proceso.pid, tid)
        quietud = Quietud(proceso.pid, 1.0)
        assert not quietud.quieto(0.0)
        assert quietud.quieto(5.0)
    finally:
        _terminar(proceso)


_ANUNCIA = """
import json, os, socket, sys, threading, time
hilo = threading.Thread(target=lambda: time.sleep(60), daemon=True)
hilo.start()
with open(f"/proc/self/task/{hilo.native_id}/stat") as f:
    inicio = int(f.read().rsplit(")", 1)[1].split()[19]) + int(sys.argv[2])
canal = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
canal.connect("\\0" + sys.argv[1])
canal.sendall((json.dumps([f"interno-{os.getpid()}-{hilo.native_id}", {"inicio": inicio}]) + "\\n").encode())
print(hilo.native_id, flush=True)
hilo.join()
"""


@pytest.mark.skipif(os.uname().machine != "x86_64", reason="números de llamada de x86_64")
@pytest.mark.parametrize(("desfase", "quieto"), [(0, True), (1, False)], ids=["el_mismo", "otro"])
def test_un_hilo_anunciado_como_interno_no_cuenta(desfase: int, quieto: bool) -> None:
    """El anuncio vale para ese hilo: otro con el mismo número (otro arranque) sí cuenta."""
    from verificador.procesos.canal import Receptor

    receptor = Receptor()
    proceso = subprocess.Popen([sys.executable, "-c", _ANUNCIA, receptor.nombre, str(desfase)],
                               stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert proceso.stdout is not None
        tid = int(proceso.stdout.readline())
        _esperar_llamada(proceso.pid, tid, ("35", "230", "23", "270"))
        _esperar_llamada(proceso.pid, proceso.pid, ("202",))
        for _ in range(400):  # el anuncio llega por el canal (otro hilo lo guarda)
            if receptor.existe(f"interno-{proceso.pid}-{tid}"):
                break
            time.sleep(0.01)
        quietud = Quietud(proceso.pid, 1.0, receptor)
        assert quietud.avanza(proceso.pid) is not quieto
        assert not quietud.quieto(0.0)
        assert quietud.quieto(5.0) is quieto
    finally:
        _terminar(proceso)
        receptor.terminar()
