"""La revisión estática de trampas: acusa lo que debe, con su línea, y nunca a nuestras soluciones."""

from __future__ import annotations

from pathlib import Path

import pytest

from verificador.casos import cargar_catalogo, catalogo_incluido
from verificador.trampas import revisar_archivo, revisar_codigo

CATALOGO = cargar_catalogo(catalogo_incluido())


@pytest.mark.parametrize("reto", CATALOGO.retos, ids=lambda r: r.nombre)
def test_soluciones_y_versiones_entregadas_pasan_limpias(reto):
    for carpeta in (CATALOGO.solucion(reto), reto.directorio):
        for nombre in reto.archivos:
            assert revisar_archivo(carpeta / nombre) == [], f"{carpeta / nombre}"


@pytest.mark.parametrize(
    ("codigo", "linea", "fragmento"),
    [
        ("import verificador.juez\n", 1, "propio verificador"),
        ("from verificador import juez\n", 1, "propio verificador"),
        ("x = 1\nimport sys\nsys.modules['a'] = None\n", 3, "sys.modules"),
        ("import sys as s\n\n\ns.modules.clear()\n", 4, "sys.modules"),
        ("from sys import modules\n", 1, "sys.modules"),
        ("import builtins\n", 1, "builtins"),
        ("import ctypes\n", 1, "ctypes"),
        ("import gc\nvivos = gc.get_objects()\n", 2, "gc.get_objects"),
        ("from gc import get_referrers\n", 1, "gc.get_referrers"),
        ("import gc\nx = getattr(gc, 'get_referents')\n", 2, "gc.get_referents"),
        ("import importlib\n", 1, "importlib"),
        ("import sys\nf = sys._getframe(1)\n", 2, "sys._getframe"),
        ("import inspect\nf = inspect.currentframe()\n", 2, "inspect.currentframe"),
        ("def f(g):\n    return g.f_back\n", 2, "f_back"),
        ("def f(g):\n    return g.f_globals['x']\n", 2, "f_globals"),
        ("import os\nos._exit(0)\n", 2, "os._exit"),
        ("from os import _exit\n", 1, "os._exit"),
        ("import os\nos.kill(os.getppid(), 9)\n", 2, "os.kill"),
        ("m = __import__('verificador')\n", 1, "__import__"),
        ("exec('import verificador')\n", 1, "exec"),
        ("import sys\ngetattr(sys, 'modules')\n", 2, "sys.modules"),
        ("open('/tmp/x', 'w').write('1')\n", 1, "fuera de su carpeta"),
        ("open('../test_juez.py', mode='a')\n", 1, "fuera de su carpeta"),
        ("import shutil\nshutil.rmtree('/home')\n", 2, "fuera de su carpeta"),
        ("from pathlib import Path\nPath('../x').write_text('1')\n", 2, "fuera de su carpeta"),
        ("ruta = 'retos/02/test_juez.py'\n", 1, "juez"),
        ("import pytest\n", 1, "pytest"),
        ("x = print.__globals__\n", 1, "__globals__"),
        ("x = ().__class__.__base__.__subclasses__()\n", 1, "__subclasses__"),
        ("import threading\nthreading.settrace(print)\n", 2, "threading.settrace"),
        ("import threading\nthreading.Lock = threading.RLock\n", 2, "`threading.Lock`"),
        ("import threading as th\nth.Thread.start = th.Thread.run\n", 2, "`threading.Thread.start`"),
        ("from threading import Thread\nThread.start, x = Thread.run, 1\n", 2, "`threading.Thread.start`"),
        ("import time\nsetattr(time, 'sleep', lambda s: None)\n", 2, "`time.sleep`"),
        ("import multiprocessing.pool\ndel multiprocessing.pool.Pool.map\n", 2, "Pool.map"),
        ("import fcntl\nfcntl.fcntl(4, fcntl.F_SETPIPE_SZ, 1 << 20)\n", 2, "F_SETPIPE_SZ"),
        ("from fcntl import F_SETPIPE_SZ as agrandar\n", 1, "F_SETPIPE_SZ"),
        ("import fcntl\n\nfcntl.fcntl(4, 1031, 1 << 20)\n", 3, "F_SETPIPE_SZ"),
    ],
)
def test_acusa_con_linea_y_regla(codigo, linea, fragmento):
    hallazgos = revisar_codigo(codigo, "intento.py")
    assert hallazgos, codigo
    assert any(h.linea == linea and fragmento in h.regla for h in hallazgos), hallazgos
    assert all(h.ubicacion.startswith("intento.py:") for h in hallazgos)


@pytest.mark.parametrize(
    "codigo",
    [
        "import threading\nl = threading.Lock()\nwith l:\n    pass\n",
        "import sys\nprint('x', file=sys.stderr)\nsys.exit(0)\n",
        "import asyncio, inspect\nasyncio.run(asyncio.sleep(0))\n"
        "print(inspect.iscoroutinefunction(print))\n",
        "import os\nprint(os.getpid(), os.path.join('a', 'b'))\n",
        "with open('datos.txt', 'w') as f:\n    f.write('ok')\n",
        "import re\npatron = re.compile('a+')\n",
        "texto = open('/etc/hostname').read()\n",  # leer no es escribir fuera
        "import multiprocessing\nif __name__ == '__main__':\n    multiprocessing.Pool(2)\n",
        # documented hooks and attributes of the student's own objects are not replacements
        "import threading\nthreading.excepthook = print\n",
        "import fcntl\nfcntl.fcntl(0, fcntl.F_GETFL)\n",  # other fcntl uses are fine
        "import threading\nthreading.current_thread().name = 'principal'\n",
        "import threading\nh = threading.Thread(target=print)\nh.daemon = True\n",
        "import threading\ndatos = threading.local()\ndatos.total = 0\n",
        "from multiprocessing import Value\nc = Value('i', 0)\nc.value += 1\n",
        # the module's own name for itself
        "import sys\nbanco = sys.modules[__name__]\nbanco.saldo = 0\n",
        # freeing memory (a Pool's semaphores before the resource tracker) is not reaching objects
        "import gc\ngc.collect()\ngc.disable()\ngc.enable()\n",
    ],
)
def test_no_acusa_codigo_legitimo(codigo):
    assert revisar_codigo(codigo, "intento.py") == []


def test_un_error_de_sintaxis_no_es_trampa_pero_tampoco_silencio():
    # Acusar de trampa sería injusto; callar dejaría pasar lo que Python sí ejecuta.
    hallazgos = revisar_codigo("def f(:\n  import verificador\n", "x.py")
    assert [(h.tipo, h.linea) for h in hallazgos] == [("ilegible", 1)]
    assert not hallazgos[0].es_trampa


@pytest.mark.parametrize(
    ("datos", "linea"),
    [
        pytest.param(b"\xef\xbb\xbfimport verificador\n", 1, id="bom"),
        pytest.param("# -*- coding: latin-1 -*-\n# ñ\nimport verificador\n".encode("latin-1"), 3,
                     id="cookie-latin1"),
        pytest.param(b"x = 1\rimport verificador\r", 2, id="retorno-de-carro"),
        pytest.param(b"x = 1\r\nimport verificador\r\n", 2, id="crlf"),
    ],
)
def test_se_lee_como_lo_lee_python(tmp_path, datos, linea):
    ruta = tmp_path / "x.py"
    ruta.write_bytes(datos)
    hallazgos = revisar_archivo(ruta)
    assert [(h.linea, h.regla, h.tipo) for h in hallazgos] == [
        (linea, "importa el propio verificador", "trampa")
    ]


@pytest.mark.parametrize(
    "datos",
    [
        pytest.param(b"# coding: no-existe\nx = 1\n", id="codificacion-desconocida"),
        pytest.param(b"x = 1\x00\n", id="byte-nulo"),
        pytest.param(b"x = '\xff\xfe'\n", id="utf8-invalido"),
    ],
)
def test_un_archivo_ilegible_da_un_hallazgo(tmp_path, datos):
    ruta = tmp_path / "x.py"
    ruta.write_bytes(datos)
    assert [h.tipo for h in revisar_archivo(ruta)] == ["ilegible"]


@pytest.mark.parametrize(
    ("codigo", "regla"),
    [
        ("import runpy\nrunpy.run_path('otro.py')\n", "ejecuta otros archivos de Python (runpy)"),
        ("from runpy import run_path\n", "ejecuta otros archivos de Python (runpy)"),
        ("exec(open('otro.py').read())\n",
         "ejecuta código construido en tiempo de ejecución (exec)"),
        ("c = compile(open('otro.py').read(), 'otro.py', 'exec')\n",
         "compila código construido en tiempo de ejecución (compile)"),
        ("open('../../soluciones/01/contador.py').read()\n",
         "busca las soluciones del docente (soluciones/)"),
        ("import tomllib\ntomllib.load(open('reto.toml', 'rb'))\n",
         "lee los metadatos del catálogo (reto.toml)"),
        ("import os\nos.execv('/bin/true', ['true'])\n",
         "reemplaza el proceso del juez por otro programa (os.execv)"),
        ("import os\nos.setsid()\n", "se escapa del grupo de procesos del juez (os.setsid)"),
    ],
)
def test_ejecutar_o_leer_el_catalogo(codigo, regla):
    assert regla in [h.regla for h in revisar_codigo(codigo, "x.py")]


def test_archivo_ilegible_no_es_trampa(tmp_path: Path):
    ruta = tmp_path / "x.py"
    ruta.write_bytes(b"\xff\xfe import verificador")
    assert [h.tipo for h in revisar_archivo(ruta)] == ["ilegible"]
