"""Modo vigilancia: el motor conducido con eventos inyectados, y la orden real en una pty.

La sesión (`verificador.vigilancia.Sesion`) no necesita terminal: recibe
`Guardado` y `Tecla` y enseña cosas a través de una salida que aquí se graba.
La comprobación inyectada devuelve veredictos elegidos según el contenido del
archivo, así que estas pruebas miden las decisiones (cuándo comprobar, cuándo
pasar al siguiente reto, qué cuesta una pista), no el juez.
"""

from __future__ import annotations

import os
import queue
import select
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import CONTADOR_BIEN

from verificador import vigilancia
from verificador.casos import cargar_catalogo, resolver_catalogo
from verificador.cli import verificar
from verificador.espacio import exigir_espacio
from verificador.progreso import Progreso
from verificador.veredictos import Evidencia, Veredicto
from verificador.vigilancia import Guardado, Sesion, Tecla


class Grabadora:
    """Una salida que guarda lo que se le pide enseñar."""

    def __init__(self) -> None:
        self.registro: list[tuple[str, object]] = []

    def texto(self, mensaje: str, estilo: str = "", *, sin_cortar: bool = False) -> None:
        self.registro.append(("texto", mensaje))

    def limpiar(self) -> None:
        self.registro.append(("limpiar", None))

    def pantalla_final(self) -> list[tuple[str, object]]:
        """Lo que queda a la vista: lo enseñado desde la última vez que se limpió."""
        tipos = [t for t, _ in self.registro]
        inicio = len(tipos) - tipos[::-1].index("limpiar") if "limpiar" in tipos else 0
        return self.registro[inicio:]

    def veredicto(self, vista) -> None:
        self.registro.append(("veredicto", (vista.numero, vista.veredicto, vista.puntos_ganados)))

    def lista(self, filas, ganados, maximo) -> None:
        self.registro.append(("lista", [(f.numero, f.estado) for f in filas]))

    def pistas(self, numero, pistas, total) -> None:
        self.registro.append(("pistas", (numero, [i for i, _ in pistas], total)))

    def de(self, tipo: str) -> list[object]:
        return [valor for t, valor in self.registro if t == tipo]

    def textos(self) -> str:
        return "\n".join(str(v) for v in self.de("texto"))


def _comprobar_falso(llamadas: list[tuple[int, int]]):
    """Aprueba si el archivo del alumno define un candado; si no, `carrera`."""

    def comprobar(reto, directorio: Path, semilla: int):
        llamadas.append((reto.numero, semilla))
        codigo = (directorio / reto.archivos[0]).read_text(encoding="utf-8")
        aprobado = "Lock()" in codigo
        return SimpleNamespace(
            veredicto=Veredicto.APROBADO if aprobado else Veredicto.CARRERA,
            evidencia=None if aprobado else Evidencia(resumen="Faltan sumas"),
            duracion_s=0.01, planificaciones=3, repeticiones=2,
        )

    return comprobar


@pytest.fixture
def sesion(espacio: Path):
    espacio_ = exigir_espacio(espacio)
    catalogo = cargar_catalogo(resolver_catalogo(None, ajuste=espacio_.ajuste_retos,
                                                 archivo_ajustes=espacio_.marcador))
    salida = Grabadora()
    llamadas: list[tuple[int, int]] = []
    semillas = iter(range(100, 200))
    s = Sesion(espacio_, catalogo, salida, _comprobar_falso(llamadas),
               semilla=lambda: next(semillas))
    s.llamadas = llamadas  # type: ignore[attr-defined]
    return s


def _archivo(sesion: Sesion, numero: int) -> Path:
    reto = sesion.catalogo.obtener(numero)
    return sesion.espacio.archivos_intento(sesion.catalogo, reto)[0]


def _intentos(sesion: Sesion, numero: int) -> int:
    with Progreso.del_espacio(sesion.espacio.interna) as progreso:
        return progreso.puntuacion(sesion.catalogo.obtener(numero)).intentos


def test_comprueba_al_arrancar_en_una_pantalla_con_progreso(sesion):
    sesion.ejecutar([])
    assert sesion.llamadas == [(1, 100)]
    pantalla = sesion.salida.pantalla_final()
    # El veredicto arriba; el progreso, el reto y las teclas abajo (como en rustlings).
    assert pantalla[0] == ("veredicto", (1, Veredicto.CARRERA, 0))
    assert pantalla.index(("texto", "0/2 resueltos (0 %)")) < \
        pantalla.index(("texto", "Vigilando el reto 1: Reto de prueba 1"))
    assert "Comprobando" not in str(pantalla)  # la pantalla de espera ya se borró
    assert pantalla[-1] == ("texto", "Teclas: r comprobar · p pista · l lista · q salir")
    assert ("texto", "Esta comprobación automática no cuenta como intento fallido; solo "
                     "cuentan r y `verificar reto N`.") in pantalla
    assert _intentos(sesion, 1) == 0


def test_guardar_comprueba_y_el_mismo_contenido_no_repite(sesion):
    archivo = _archivo(sesion, 1)
    sesion.ejecutar([Guardado(archivo), Guardado(archivo)])
    assert sesion.llamadas == [(1, 100)]  # la de arrancar; los guardados no cambian nada
    assert sesion.salida.de("veredicto") == [(1, Veredicto.CARRERA, 0)]
    archivo.write_text(archivo.read_text(encoding="utf-8") + "\n# otro intento\n",
                       encoding="utf-8")
    sesion.ejecutar([Guardado(archivo)])
    assert sesion.llamadas == [(1, 100), (1, 101)]
    assert _intentos(sesion, 1) == 0  # guardar a medio editar no es un intento fallido
    sesion.ejecutar([Tecla("r")])  # r comprueba aunque nada haya cambiado, y cuenta
    assert [n for n, _ in sesion.llamadas] == [1, 1, 1]
    assert _intentos(sesion, 1) == 1
    assert sesion.salida.de("limpiar")  # cada veredicto, en una pantalla limpia


def test_guardar_otro_archivo_no_comprueba(sesion):
    sesion.ejecutar([])
    otro = _archivo(sesion, 2)  # el reto 2 no es el actual
    extranio = sesion.espacio.raiz / "notas.txt"
    extranio.write_text("x", encoding="utf-8")
    sesion.ejecutar([Guardado(otro), Guardado(extranio)])
    assert sesion.llamadas == [(1, 100)]
    assert sesion.actual.numero == 1


def test_al_aprobar_dice_que_sigue_y_al_final_termina(sesion):
    primero, segundo = _archivo(sesion, 1), _archivo(sesion, 2)
    sesion.ejecutar([])
    primero.write_text(CONTADOR_BIEN, encoding="utf-8")
    sesion.ejecutar([Guardado(primero)])  # un guardado que aprueba sí se anota: da puntos
    assert sesion.actual.numero == 2
    assert sesion.salida.de("veredicto")[-1] == (1, Veredicto.APROBADO, 100)
    pantalla = sesion.salida.pantalla_final()
    assert ("veredicto", (1, Veredicto.APROBADO, 100)) in pantalla  # el aprobado sigue a la vista
    assert ("texto", "Siguiente: el reto 2, «Reto de prueba 2» (1/2 resueltos (50 %)).") in \
        pantalla
    assert ("texto", "Lee retos/02_otra_suma/caso.md y edita retos/02_otra_suma/contador.py; "
                     "lo compruebo cada vez que lo guardes.") in pantalla
    assert not sesion.terminada
    segundo.write_text(CONTADOR_BIEN, encoding="utf-8")
    sesion.ejecutar([Guardado(segundo), Tecla("r")])  # la r ya no llega: terminó
    assert sesion.terminada
    assert sesion.llamadas == [(1, 100), (1, 101), (2, 102)]
    assert "¡Has resuelto todos los retos! (2/2 resueltos (100 %))." in sesion.salida.textos()


def test_sin_retos_pendientes_no_vigila(sesion):
    with Progreso.del_espacio(sesion.espacio.interna) as progreso:
        for reto in sesion.catalogo.retos:
            progreso.rendirse(reto)
    sesion.ejecutar([Tecla("r")])
    assert sesion.terminada
    assert sesion.llamadas == []
    assert "No queda nada que vigilar" in sesion.salida.textos()


def test_q_sale_y_lo_demas_no_se_atiende(sesion):
    sesion.ejecutar([Tecla("q"), Tecla("r")])
    assert sesion.terminada
    assert sesion.llamadas == [(1, 100)]
    assert sesion.salida.textos().endswith("Hasta luego: tu progreso está guardado.")


def test_s_no_sale_ni_significa_nada(sesion):
    sesion.ejecutar([Tecla("s")])
    assert not sesion.terminada
    assert "La tecla 's' no hace nada aquí (para salir, q)." in sesion.salida.textos()


def test_l_muestra_la_lista_con_estados(sesion):
    sesion.ejecutar([Tecla("l")])
    assert sesion.salida.de("lista") == [[(1, "pendiente"), (2, "pendiente")]]
    sesion.ejecutar([Tecla("r"), Tecla("l")])
    assert sesion.salida.de("lista")[-1] == [(1, "intentado"), (2, "pendiente")]


def test_manual_dice_que_se_pulsa_r(sesion):
    sesion.manual = True
    sesion.ejecutar([])
    assert ("texto", "Edita retos/01_suma_perdida/contador.py, guárdalo y pulsa r para "
                     "comprobarlo.") in sesion.salida.pantalla_final()
    assert "lo compruebo" not in sesion.salida.textos()


def test_tecla_desconocida_recuerda_las_teclas(sesion):
    sesion.ejecutar([Tecla("x")])
    assert "La tecla 'x' no hace nada aquí (para salir, q)." in sesion.salida.textos()
    assert sesion.llamadas == [(1, 100)]


def test_pista_se_confirma_con_v_y_cobra(sesion):
    archivo = _archivo(sesion, 1)
    sesion.ejecutar([])
    archivo.write_text(archivo.read_text(encoding="utf-8") + "\n# otro\n", encoding="utf-8")
    # p + s: «s» no confirma (ni sale); p + v revela la 1 (cuesta 10); el guardado de en
    # medio espera a que se conteste.
    sesion.ejecutar([Tecla("p"), Tecla("s"), Tecla("p"), Guardado(archivo), Tecla("v")])
    textos = sesion.salida.textos()
    assert ("¿Revelar la pista 1 de 3 del reto 1? (Cuesta 10 puntos.) Pulsa v para verla; "
            "cualquier otra tecla, no.") in textos
    assert "No se reveló ninguna pista." in textos
    assert sesion.salida.de("pistas") == [(1, [0], 3)]
    assert "Esta pista te costó 10 puntos: si apruebas ganarás como máximo 90 de 100." in textos
    assert sesion.llamadas == [(1, 100), (1, 101)]  # el guardado aplazado se atendió después
    assert not sesion.terminada
    with Progreso.del_espacio(sesion.espacio.interna) as progreso:
        assert progreso.pistas_reveladas(sesion.catalogo.obtener(1)) == [0]
    _archivo(sesion, 1).write_text(CONTADOR_BIEN, encoding="utf-8")
    sesion.ejecutar([Tecla("r")])
    assert sesion.salida.de("veredicto")[-1] == (1, Veredicto.APROBADO, 90)


def test_ya_vistas_todas_las_pistas(sesion):
    with Progreso.del_espacio(sesion.espacio.interna) as progreso:
        for i in range(3):
            progreso.revelar_pista(sesion.catalogo.obtener(1), i)
    sesion.ejecutar([Tecla("p")])
    assert sesion.salida.de("pistas") == [(1, [0, 1, 2], 3)]
    assert "Ya viste todas las pistas del reto 1 (3)." in sesion.salida.textos()


def test_archivo_borrado_pide_reiniciar(sesion):
    _archivo(sesion, 1).unlink()
    sesion.ejecutar([Tecla("r")])
    assert sesion.llamadas == []
    assert "recupéralo con `verificar reiniciar 1`" in sesion.salida.textos()


# -- fuentes de eventos ---------------------------------------------------------------------


def test_sonda_sin_eventos_dice_que_no_llegan(tmp_path):
    cola: queue.Queue[object] = queue.Queue()
    cola.put(Tecla("l"))
    assert vigilancia.probar_eventos(tmp_path, cola, espera_s=0.2) is False
    assert not (tmp_path / vigilancia.SONDA).exists()
    assert cola.get_nowait() == Tecla("l")  # lo que no era la sonda vuelve a la cola


def test_sonda_con_evento(tmp_path):
    cola: queue.Queue[object] = queue.Queue()

    def avisar() -> None:
        cola.put(Guardado(tmp_path / "otro.py"))
        cola.put(Guardado(tmp_path / vigilancia.SONDA))

    threading.Timer(0.05, avisar).start()
    assert vigilancia.probar_eventos(tmp_path, cola, espera_s=5) is True
    assert cola.get_nowait() == Guardado(tmp_path / "otro.py")


def test_eventos_de_termina_en_fin_y_oculta_la_sonda(tmp_path):
    cola: queue.Queue[object] = queue.Queue()
    for evento in (Tecla("r"), Guardado(tmp_path / vigilancia.SONDA), Tecla("s"),
                   vigilancia.FIN, Tecla("x")):
        cola.put(evento)
    assert list(vigilancia.eventos_de(cola)) == [Tecla("r"), vigilancia.EVENTOS_LLEGAN, Tecla("s")]


def test_una_sonda_tardia_devuelve_el_modo_automatico(sesion):
    sesion.manual = True
    sesion.avisos.append("Los cambios de archivos no llegan en esta carpeta...")
    sesion.ejecutar([vigilancia.EVENTOS_LLEGAN])
    assert not sesion.manual and not sesion.avisos
    assert "Ya llegan los cambios de archivos" in sesion.salida.textos()
    archivo = _archivo(sesion, 1)
    archivo.write_text(CONTADOR_BIEN, encoding="utf-8")
    sesion.ejecutar([Guardado(archivo)])
    assert sesion.salida.de("veredicto")[-1] == (1, Veredicto.APROBADO, 100)


def test_watchfiles_real_avisa_de_un_guardado(tmp_path):
    pytest.importorskip("watchfiles")
    cola: queue.Queue[object] = queue.Queue()
    parar = threading.Event()
    hilo = threading.Thread(target=vigilancia.vigilar_archivos, args=([tmp_path], cola, parar),
                            daemon=True)
    hilo.start()
    try:
        assert vigilancia.probar_eventos(tmp_path, cola, espera_s=10) is True
    finally:
        parar.set()
        hilo.join(timeout=10)
    assert not hilo.is_alive()


# -- la orden ---------------------------------------------------------------------------------


def test_vigilar_sin_terminal_sale_con_2(runner, espacio):
    resultado = runner.invoke(verificar, ["vigilar"], input="r\n")
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        "Error: la entrada no es una terminal: `verificar vigilar` lee teclas sueltas. "
        "En un script usa `verificar reto N`\n")
    assert resultado.stdout == ""


class Pty:
    """La orden real en una pseudoterminal: escribir teclas y esperar textos."""

    def __init__(self, argv: list[str], cwd: Path, entorno: dict[str, str] | None = None) -> None:
        import pty

        self.maestro, esclavo = pty.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith("VERIFICADOR_")}
        env.update({"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb", **(entorno or {})})
        self.proceso = subprocess.Popen(argv, cwd=cwd, stdin=esclavo, stdout=esclavo,
                                        stderr=esclavo, env=env, start_new_session=True)
        os.close(esclavo)
        self.salida = ""

    def esperar(self, texto: str, limite_s: float = 60) -> None:
        final = time.monotonic() + limite_s
        while texto not in self.salida:
            restante = final - time.monotonic()
            assert restante > 0, f"no apareció {texto!r}; salida:\n{self.salida}"
            listos, _, _ = select.select([self.maestro], [], [], min(restante, 0.5))
            if listos:
                try:
                    datos = os.read(self.maestro, 4096)
                except OSError:
                    datos = b""
                if not datos:
                    assert texto in self.salida, f"terminó sin {texto!r}:\n{self.salida}"
                self.salida += datos.decode("utf-8", errors="replace")

    def teclear(self, teclas: str) -> None:
        os.write(self.maestro, teclas.encode())

    def esperar_fin(self) -> int:
        return self.proceso.wait(timeout=30)

    def liberar(self) -> None:
        if self.proceso.poll() is None:
            self.proceso.kill()
            self.proceso.wait()
        os.close(self.maestro)


def test_vigilar_en_una_pty_comprueba_aprueba_y_restaura_la_terminal(espacio):
    import termios

    archivo = espacio / "retos" / "01_suma_perdida" / "contador.py"
    pty_ = Pty([sys.executable, "-m", "verificador", "vigilar", "--manual"], espacio)
    try:
        pty_.esperar("Vigilando el reto 1: Reto de prueba 1")
        pty_.esperar("Faltan sumas")  # comprueba nada más arrancar
        pty_.esperar("Teclas: r comprobar · p pista · l lista · q salir")
        assert "0/2 resueltos (0 %)" in pty_.salida
        antes = termios.tcgetattr(pty_.maestro)
        assert not antes[3] & termios.ICANON  # modo cbreak: teclas sueltas
        archivo.write_text(CONTADOR_BIEN, encoding="utf-8")
        pty_.teclear("r")
        pty_.esperar("¡Resuelto! Ganas 100 de 100 puntos.")
        pty_.esperar("Siguiente: el reto 2, «Reto de prueba 2»")
        pty_.teclear("s")  # «s» no sale
        pty_.esperar("no hace nada aquí (para salir, q)")
        pty_.teclear("q")
        pty_.esperar("Hasta luego")
        assert pty_.esperar_fin() == 0
        despues = termios.tcgetattr(pty_.maestro)  # la terminal, tal como la dejó al salir
        assert despues[3] & termios.ICANON
        assert despues[3] & termios.ECHO
    finally:
        pty_.liberar()


def test_vigilar_en_una_pty_nota_el_guardado(espacio):
    pytest.importorskip("watchfiles")
    archivo = espacio / "retos" / "01_suma_perdida" / "contador.py"
    pty_ = Pty([sys.executable, "-m", "verificador", "vigilar"], espacio)
    try:
        pty_.esperar("Teclas: r comprobar · p pista · l lista · q salir")
        # Con la máquina cargada la sonda puede llegar tarde: entonces avisa y vuelve sola
        # al modo automático. Lo que importa es que el guardado se nota.
        archivo.write_text(CONTADOR_BIEN, encoding="utf-8")
        pty_.esperar("¡Resuelto! Ganas 100 de 100 puntos.")
        pty_.teclear("q")
        pty_.esperar("Hasta luego")
        assert pty_.esperar_fin() == 0
    finally:
        pty_.liberar()


WATCHFILES_SORDO = '''
import time

def watch(*rutas, stop_event=None, **opciones):
    """Como una carpeta de red: nunca llega ningún evento."""
    while not stop_event.is_set():
        time.sleep(0.05)
    return
    yield
'''


@pytest.mark.parametrize(("modulo", "aviso"), [
    ("raise ImportError('sin watchfiles')\n",
     "No está instalado el paquete watchfiles, que avisa cuando guardas un archivo "
     "(instálalo con `pip install watchfiles`). Sigo en modo manual: pulsa r para comprobar."),
    (WATCHFILES_SORDO,
     "Los cambios de archivos no llegan en esta carpeta (pasa en carpetas de red y en algunos "
     "WSL): no notaré cuándo guardas. Sigo en modo manual: pulsa r para comprobar (la próxima "
     "vez, `verificar vigilar --manual`)."),
], ids=["sin-watchfiles", "eventos-que-no-llegan"])
def test_vigilar_sin_eventos_de_archivos_pasa_a_manual(espacio, tmp_path, modulo, aviso):
    falso = tmp_path / "falso"
    falso.mkdir()
    (falso / "watchfiles.py").write_text(modulo, encoding="utf-8")
    pty_ = Pty([sys.executable, "-m", "verificador", "vigilar"], espacio,
               entorno={"PYTHONPATH": str(falso)})
    try:
        pty_.esperar("Teclas: r comprobar · p pista · l lista · q salir")
        assert aviso in " ".join(pty_.salida.split())
        pty_.esperar("Faltan sumas")
        pty_.teclear("r")  # el modo manual sigue funcionando
        pty_.esperar("Comprobando el reto 1 (semilla")
        pty_.esperar("Teclas: r comprobar")
        pty_.teclear("q")
        pty_.esperar("Hasta luego")
        assert pty_.esperar_fin() == 0
    finally:
        pty_.liberar()


def test_ctrl_c_restaura_la_terminal(espacio):
    import signal
    import termios

    pty_ = Pty([sys.executable, "-m", "verificador", "vigilar", "--manual"], espacio)
    try:
        pty_.esperar("Teclas: r comprobar · p pista · l lista · q salir")
        assert not termios.tcgetattr(pty_.maestro)[3] & termios.ICANON
        pty_.proceso.send_signal(signal.SIGINT)
        pty_.esperar("interrumpido (Ctrl-C)")
        assert pty_.esperar_fin() == 130
        despues = termios.tcgetattr(pty_.maestro)
        assert despues[3] & termios.ICANON
        assert despues[3] & termios.ECHO
    finally:
        pty_.liberar()


@pytest.mark.parametrize("ancho", [80, 100])
def test_el_veredicto_compacto_cabe_en_40_filas(ancho: int) -> None:
    """vigilar: con una línea de tiempo de pasos largos, el panel deja sitio a lo de debajo."""
    import io

    from rich.console import Console

    from verificador.informe import RESERVA_VIGILAR, Pintor, VistaReto
    from verificador.veredictos import Paso

    pasos = [Paso(f"Thread-{i % 3 + 1} (depositar)", "banco.py", 14,
                  "saldo += dinero  # un comentario largo que obliga a partir la línea " * 2,
                  f"lee saldo = {i}; escribe saldo = {i + 9}") for i in range(40)]
    evidencia = Evidencia(resumen="Se perdieron depósitos", explicacion="Dos hilos leyeron.",
                          esperado="1216", obtenido="912", linea_tiempo=pasos,
                          salida="\n".join(f"línea {i}" for i in range(30)))
    vista = VistaReto(2, "El saldo", Veredicto.CARRERA, evidencia, 7, 3, 1.0, 0, 100,
                      "pendiente", "verificar reto 2 --semilla 7", compacta=True)
    consola = Console(file=io.StringIO(), width=ancho, height=40, force_terminal=True,
                      color_system=None)
    Pintor(consola).veredicto(vista)
    lineas = consola.file.getvalue().splitlines()
    panel = [linea for linea in lineas if linea[:1] in "╭│╰"]
    reserva = RESERVA_VIGILAR * (1 if ancho >= 100 else 2)
    assert panel[0].startswith("╭─ Reto 2") and panel[-1].startswith("╰")
    assert len(panel) <= 40 - reserva, len(panel)
    assert "el último de 40 pasos" in "".join(lineas) or "últimos" in "".join(lineas)
