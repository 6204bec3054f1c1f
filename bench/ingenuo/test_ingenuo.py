"""The naive checker the engine is compared against: real threads, repeated.

It runs the student's `main` with plain CPython threads and checks the same
property as the case's judge. The bench runs it with pytest-repeat (100
repetitions) and pytest-timeout, which is what a checker without a controlled
scheduler can do. Which case and which folder come from the environment.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

CASO = int(os.environ["BENCH_CASO"])
CARPETA = Path(os.environ["BENCH_CARPETA"])


def _cargar(nombre: str):
    sys.path.insert(0, str(CARPETA))
    spec = importlib.util.spec_from_file_location(f"alumno_{nombre}", CARPETA / f"{nombre}.py")
    modulo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modulo)
    return modulo


def test_como_lo_haria_un_verificador_ingenuo(capsys):
    if CASO == 1:
        m = _cargar("solicitudes")
        m.main(n_solicitudes=3, duracion=0.05)
        lineas = capsys.readouterr().out.splitlines()
        fin = lineas.index("Todas las solicitudes completadas")
        assert all(f"Solicitud {i} completada" in lineas[:fin] for i in range(3))
    elif CASO == 2:
        m = _cargar("banco")
        assert m.main(n_hilos=2, depositos=100000, cantidad=1) == 200000
    elif CASO == 3:
        m = _cargar("cuenta")
        saldo, aceptados = m.main()
        assert saldo >= 0
    elif CASO == 4:
        m = _cargar("transferencias")
        saldos = m.main()
        assert sum(saldos) == 800
