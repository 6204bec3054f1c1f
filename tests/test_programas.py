"""Lo que `verificador.programas` decide leyendo el código fuente (sin ejecutar nada)."""

from __future__ import annotations

from pathlib import Path

from verificador.programas import Llenado, en_bucle_sin_fin, llena_global, llenado, trabajo_finito

FUENTE = '''\
import threading

resultados = []
total = 0
tabla = {}


def calcular():
    for i in range(5):
        resultados.append(i * i)


def sumar():
    global total
    total += 1


def sin_global():
    total = 3
    return total


def rellenar(k):
    tabla[k] = 1


def latido():
    while True:
        resultados.append(1)


def hasta_que_pare():
    while True:
        if resultados:
            break
'''


def _archivo(tmp_path: Path) -> str:
    ruta = tmp_path / "programa.py"
    ruta.write_text(FUENTE, encoding="utf-8")
    return str(ruta)


def _linea(nombre: str) -> int:
    return FUENTE.splitlines().index(f"def {nombre}():" if nombre != "rellenar" else "def rellenar(k):") + 1


def test_una_funcion_que_llena_una_global(tmp_path: Path) -> None:
    archivo = _archivo(tmp_path)
    assert llena_global(archivo, _linea("calcular"), "resultados")
    assert llena_global(archivo, _linea("sumar"), "total")
    assert llena_global(archivo, _linea("rellenar"), "tabla")
    assert not llena_global(archivo, _linea("calcular"), "total")


def test_una_asignacion_sin_global_es_local(tmp_path: Path) -> None:
    assert not llena_global(_archivo(tmp_path), _linea("sin_global"), "total")


def test_un_bucle_de_servicio_no_es_trabajo_finito(tmp_path: Path) -> None:
    archivo = _archivo(tmp_path)
    assert not trabajo_finito(archivo, _linea("latido"))
    assert not llena_global(archivo, _linea("latido"), "resultados")
    assert en_bucle_sin_fin(archivo, _linea("latido") + 2)
    # Un `while True:` con su propio `break` termina: es trabajo finito.
    assert trabajo_finito(archivo, _linea("hasta_que_pare"))
    assert trabajo_finito(archivo, _linea("calcular"))


def test_una_linea_que_no_define_nada(tmp_path: Path) -> None:
    archivo = _archivo(tmp_path)
    assert not trabajo_finito(archivo, 1)
    assert not llena_global(archivo, 1, "resultados")


CANDADO = '''\
import threading


class Reentrante:
    def __init__(self):
        self._bloqueo = threading.Lock()
        self._duenio = None

    def tomar(self):
        yo = threading.get_ident()
        if self._duenio == yo:
            return
        self._bloqueo.acquire()
        self._duenio = yo

    def soltar(self):
        if self._duenio is not threading.current_thread():
            raise RuntimeError
        self._duenio = None
        self._bloqueo.release()

    def mal(self):
        if self._duenio is None:
            self._duenio = "alguien"
'''


def test_la_comprobacion_del_duenio_de_un_rlock_a_mano(tmp_path: Path) -> None:
    from verificador.programas import comprobacion_de_duenio

    ruta = tmp_path / "candado.py"
    ruta.write_text(CANDADO, encoding="utf-8")
    lineas = CANDADO.splitlines()
    lectura = lineas.index("        if self._duenio == yo:") + 1
    otra_lectura = lineas.index("        if self._duenio is not threading.current_thread():") + 1
    dueno = lineas.index("        self._duenio = yo") + 1
    nadie = lineas.index("        self._duenio = None", dueno) + 1
    ajena = lineas.index('            self._duenio = "alguien"') + 1
    mirar_si_libre = lineas.index("        if self._duenio is None:") + 1
    archivo = str(ruta)
    assert comprobacion_de_duenio(archivo, lectura, dueno)
    assert comprobacion_de_duenio(archivo, lectura, nadie)
    assert comprobacion_de_duenio(archivo, otra_lectura, dueno)
    # Guardar algo que no es la identidad de quien guarda sí es una carrera.
    assert not comprobacion_de_duenio(archivo, lectura, ajena)
    # Mirar si está libre (comparar con None) no es comprobar el dueño.
    assert not comprobacion_de_duenio(archivo, mirar_si_libre, dueno)


AYUDANTES = '''\
registro = []


def anotar(valor):
    registro.append(valor)


def procesar():
    for i in range(3):
        anotar(i)


def llenar(destino, n):
    for i in range(n):
        destino.append(i)


def con_local():
    registro = []
    registro.append(1)


class Trabajador:
    def __init__(self):
        self.datos = {}

    def guardar(self, k):
        self.datos[k] = k

    def correr(self):
        for k in range(3):
            self.guardar(k)
        self.total = 3
'''


def test_lo_que_llenan_los_ayudantes_los_parametros_y_self(tmp_path: Path) -> None:
    ruta = tmp_path / "ayudantes.py"
    ruta.write_text(AYUDANTES, encoding="utf-8")
    lineas = AYUDANTES.splitlines()

    def de(cabecera: str) -> Llenado:
        lleno = llenado(str(ruta), lineas.index(cabecera) + 1)
        assert lleno is not None
        return lleno

    assert "registro" in de("def procesar():").globales  # through `anotar`
    assert de("def llenar(destino, n):").parametros == frozenset({0})
    assert "registro" not in de("def con_local():").globales  # a local of the same name
    correr = de("    def correr(self):")
    assert correr.atributos == frozenset({"datos", "total"})  # `self.guardar(k)` fills `self.datos`
    assert correr.globales == frozenset()
