"""issue 10: los registros de la instrumentación de procesos no se pueden retirar.

Los registros que deciden un veredicto van por un socket al ejecutor (otro
proceso), que los guarda en memoria (`verificador/procesos/canal.py`). Aquí: un
intento que vacía o borra la carpeta de registros, cierra los descriptores de
sus procesos o reescribe el archivo donde antes iba el resultado no cambia el
veredicto; un hijo que termina sin su registro de fin no cuenta como vivo para
siempre.
"""

from __future__ import annotations

import json
import os
import socket
import textwrap
import time
from pathlib import Path

import pytest

from verificador.juez.alumno import Alumno
from verificador.juez.procesos import Procesos
from verificador.procesos.canal import Receptor
from verificador.veredictos import FalloVeredicto, Veredicto

# Un contador de procesos sin candado que, además, borra la carpeta de registros
# (en el principal y en cada hijo) y cierra todos los descriptores de sus hijos
# antes de empezar a contar.
BORRA_TODO = textwrap.dedent(
    """
    import multiprocessing, os, shutil

    def borrar():
        carpeta = os.environ.get("VERIFICADOR_PROCESOS_DIR", "")
        if carpeta:
            shutil.rmtree(carpeta, ignore_errors=True)

    def sumar(contador, veces):
        borrar()
        os.closerange(3, 4096)
        for _ in range(veces):
            contador.value += 1
        borrar()

    def main(n_procesos=3, veces=30):
        contador = multiprocessing.Value("i", 0)
        procesos = [multiprocessing.Process(target=sumar, args=(contador, veces))
                    for _ in range(n_procesos)]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        borrar()
        return contador.value

    if __name__ == "__main__":
        print(main())
    """
)

# Devuelve un valor equivocado y, al salir, escribe un resultado «correcto» donde
# el conductor escribía antes el suyo (junto a su configuración, que está en su
# línea de órdenes).
FALSIFICA_RESULTADO = textwrap.dedent(
    """
    import atexit, json, multiprocessing, os

    def doble(x):
        return 2 * x

    def _falsificar(valor):
        orden = open("/proc/self/cmdline", "rb").read().split(b"\\0")
        config = [p for p in orden if p.endswith(b"config.json")][0].decode()
        destino = os.path.join(os.path.dirname(config), "resultado.json")
        with open(destino, "w") as archivo:
            json.dump({"estado": "ok", "valor": valor}, archivo)

    def main(numeros=(1, 2, 3)):
        with multiprocessing.Pool(2) as pool:
            bien = pool.map(doble, numeros)
        atexit.register(_falsificar, bien)
        return []

    if __name__ == "__main__":
        print(main())
    """
)

# Procesos en fila (start y join en el mismo bucle) que salen con os._exit: sin
# registro de fin, no pueden parecer vivos hasta el final.
EN_FILA_SIN_FIN = textwrap.dedent(
    """
    import multiprocessing, os

    def contar(contador, veces):
        for _ in range(veces):
            with contador.get_lock():
                contador.value += 1
        os._exit(0)

    def main(n_procesos=3, veces=20):
        contador = multiprocessing.Value("i", 0)
        for _ in range(n_procesos):
            proceso = multiprocessing.Process(target=contar, args=(contador, veces))
            proceso.start()
            proceso.join()
        return contador.value

    if __name__ == "__main__":
        print(main())
    """
)


def _juez(tmp_path: Path, texto: str, semilla: int = 1) -> Procesos:
    (tmp_path / "intento.py").write_text(texto, encoding="utf-8")
    return Procesos(Alumno(tmp_path, ["intento.py"], semilla))


def _fallo(accion) -> FalloVeredicto:  # type: ignore[no-untyped-def]
    with pytest.raises(FalloVeredicto) as info:
        accion()
    return info.value


@pytest.mark.parametrize("semilla", [1, 2])
def test_juez_borrar_la_carpeta_y_cerrar_descriptores_no_oculta_la_carrera(
    tmp_path: Path, semilla: int
) -> None:
    p = _juez(tmp_path, BORRA_TODO, semilla)
    ejecucion = p.ejecutar({"n_procesos": 3, "veces": 30}, minimo_procesos=3)
    if ejecucion.procesos_del_alumno < 3:
        # Con la máquina cargada, un hijo puede cerrar sus descriptores antes de que salga
        # su registro (también antes de esta sesión): falta un trabajador y el veredicto es
        # sin_concurrencia. El ataque nunca aprueba.
        error = _fallo(lambda: p.exigir_procesos(3))
        assert error.veredicto is Veredicto.SIN_CONCURRENCIA
        return
    assert ejecucion.carreras, "las actualizaciones perdidas se anotaron y llegaron"
    error = _fallo(lambda: p.exigir(ejecucion.valor == 90, "Se perdieron visitas"))
    assert error.veredicto is Veredicto.CARRERA


def test_juez_el_resultado_no_se_reescribe_al_salir(tmp_path: Path) -> None:
    p = _juez(tmp_path, FALSIFICA_RESULTADO)
    ejecucion = p.ejecutar({"numeros": [1, 2, 3]}, minimo_procesos=1)
    assert ejecucion.valor == []


def test_hijo_sin_registro_de_fin_no_parece_vivo(tmp_path: Path) -> None:
    p = _juez(tmp_path, EN_FILA_SIN_FIN)
    ejecucion = p.ejecutar({"n_procesos": 3, "veces": 20}, minimo_procesos=2)
    assert ejecucion.valor == 60
    assert all(h.fin_t is not None for h in ejecucion.trabajadores)
    error = _fallo(lambda: p.exigir_solapamiento(2))
    assert error.veredicto is Veredicto.SIN_CONCURRENCIA


def test_explorar_borrar_la_carpeta_y_cerrar_descriptores(tmp_path: Path) -> None:
    from verificador.ejecucion import explorar_aislado

    ruta = tmp_path / "programa.py"
    ruta.write_text(BORRA_TODO, encoding="utf-8")
    resultado = explorar_aislado(ruta, semilla=1, tiempo_limite_s=120)
    assert resultado.veredicto is Veredicto.CARRERA, resultado.evidencia


# --- el receptor, directamente -------------------------------------------------------


def _conectar(receptor: Receptor) -> socket.socket:
    cliente = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    cliente.connect("\0" + receptor.nombre)
    return cliente


def _linea(nombre: str, datos: dict[str, object]) -> bytes:
    return (json.dumps([nombre, datos]) + "\n").encode()


def test_receptor_primero_gana_pid_del_nucleo_y_envios_acumulados() -> None:
    receptor = Receptor()
    try:
        yo = os.getpid()
        cliente = _conectar(receptor)
        cliente.sendall(
            _linea(f"fin-{yo}.json", {"t": 1.0})
            + _linea(f"fin-{yo}.json", {"t": 2.0})  # el segundo no sobrescribe
            + _linea(f"carrera-{yo + 1}-1.json", {"actor": "falso"})  # pid ajeno: fuera
            + _linea(f"envios-{yo}.json", {"envios": 2, "digestos": [5, 7]})
            + _linea(f"envios-{yo}.json", {"envios": 3, "digestos": [9]})
            + b"no es json\n"
            + _linea("resultado", {"estado": "ok"})[:-5]  # cortado: nunca llega entero
        )
        cliente.close()
        limite = time.monotonic() + 30
        while receptor.cierre(yo) is None and time.monotonic() < limite:
            time.sleep(0.01)
    finally:
        receptor.terminar()
    assert receptor.uno(f"fin-{yo}.json") == {"t": 1.0}
    assert receptor.con_prefijo("carrera-") == []
    assert receptor.ajenos == 1
    assert receptor.malformados == 1
    assert receptor.uno(f"envios-{yo}.json")["envios"] == 3
    assert receptor.uno(f"envios-{yo}.json")["digestos"] == [5, 7, 9]
    assert receptor.uno("resultado") == {}
    assert receptor.uno(f"fin-{yo}.json", de=yo + 1) == {}
    assert receptor.cierre(yo) is not None


def _preguntar(cliente: socket.socket, pregunta: str) -> object:
    cliente.sendall(_linea("?", {"p": pregunta}))
    recibido = b""
    while not recibido.endswith(b"\n"):
        recibido += cliente.recv(4096)
    return json.loads(recibido)


def test_receptor_solo_del_principal_y_candados_que_solo_encogen() -> None:
    """Un hijo no puede declararse solo (ni inventar candados comunes) para no ser perturbado."""
    receptor = Receptor()
    try:
        yo = os.getpid()
        cliente = _conectar(receptor)
        # Sin ser el principal, un anuncio de «solo» no cuenta.
        cliente.sendall(_linea(f"solo-{yo}", {}))
        assert _preguntar(cliente, "solo") is False
        # Los candados publicados para un dato solo pueden encoger.
        cliente.sendall(_linea(f"acceso-dato-{yo}.json", {"candados": ["a", "b"]}))
        cliente.sendall(_linea(f"acceso-dato-{yo}.json", {"candados": ["b", "c"]}))
        cliente.sendall(_linea(f"acceso-dato-{yo + 1}.json", {"candados": ["z"]}))  # ajeno
        assert _preguntar(cliente, "acceso:dato") == []  # lo propio no se cuenta
        receptor.raiz = yo
        cliente.sendall(_linea(f"solo-{yo}", {}))
        assert _preguntar(cliente, "solo") is True
        cliente.close()
    finally:
        receptor.terminar()
    assert receptor.con_prefijo("acceso-dato-") == [(f"acceso-dato-{yo}.json", {"candados": ["b"]})]
    assert receptor.ajenos == 2
