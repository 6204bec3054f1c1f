"""El vigía del tiempo de cada prueba del juez, con el reloj efectivo.

`verificar reto` da a cada prueba del juez `tiempo_limite_s` (el del
`reto.toml`). Medido con el reloj de pared, con la máquina cargada un intento
correcto pero lento lo agotaba y salía `cuelgue`: el veredicto dependía de la
carga. El vigía lo mide con `verificador.reloj.RelojEfectivo` sobre el proceso
del juez y sus descendientes (pared menos el tiempo que esperaron una CPU
libre), así que un intento parado (un interbloqueo fuera del motor, un proceso
que espera para siempre) se corta a la misma hora con la máquina libre o
cargada, y uno que calcula, cuando ha calculado lo mismo.

Al agotarse, primero interrumpe la prueba como lo haría pytest-timeout con su
método de señal (SIGALRM al hilo principal, si el manejador de pytest-timeout
está puesto): la prueba falla con la línea del programa en la que estaba, y
el plugin lo da como `cuelgue` con su ubicación. Si el programa se traga el
aviso y sigue `GRACIA_S` más, vuelca la pila de cada hilo en stderr tras la
línea `AVISO_CUELGUE` y termina el proceso con `os._exit(1)`; pytest-timeout
queda detrás como tope de pared. Si la pared llega a
`factor` veces el límite sin que el reloj efectivo lo alcance, la máquina está
demasiado cargada para decidir: la línea es `AVISO_CARGA` y el veredicto,
`presupuesto_agotado`, nunca un `cuelgue` inventado.

El hilo del vigía duerme con el `time.sleep` original (tomado al importar): los
motores cambian `time.sleep` por el reloj virtual mientras exploran.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import threading
from time import sleep as _dormir_de_verdad

from verificador.reloj import RelojEfectivo

__all__ = ["AVISO_CARGA", "AVISO_CUELGUE", "ENV_LIMITE", "FACTOR_CARGA_MAXIMO", "Vigia"]

# Variable de entorno con la que `verificador.ejecucion.reto` le da al plugin el límite (s).
ENV_LIMITE = "VERIFICADOR_LIMITE_S"

AVISO_CUELGUE = "+++ Tiempo agotado (vigía del verificador) +++"
AVISO_CARGA = "+++ Máquina demasiado cargada (vigía del verificador) +++"
# Veces el límite que se espera de pared, como mucho, a que el reloj efectivo lo alcance.
FACTOR_CARGA_MAXIMO = 6.0
# Cada cuánto mira el vigía (segundos de pared).
PERIODO_S = 0.2
# Tiempo efectivo que se deja a una prueba interrumpida para terminar antes de cortarla (s).
GRACIA_S = 2.0


class Vigia:
    """Un hilo daemon que corta la prueba en curso cuando agota su tiempo efectivo."""

    def __init__(self, limite_s: float, factor: float = FACTOR_CARGA_MAXIMO) -> None:
        self.limite_s = limite_s
        self.factor = factor
        self._reloj: RelojEfectivo | None = None
        self._interrumpido: RelojEfectivo | None = None
        self._nombre = ""
        self.disparado = False  # interrumpió alguna prueba (el plugin da su límite)
        self._hilo = threading.Thread(target=self._vigilar, name="verificador-vigia", daemon=True)
        self._hilo.start()

    def empezar(self, nombre: str) -> None:
        """Empieza a contar el tiempo de la prueba `nombre`."""
        self._nombre = nombre
        self._reloj = RelojEfectivo()

    def terminar(self) -> None:
        """Deja de vigilar (solo las pruebas de este módulo lo usan)."""
        self._reloj = None

    def _vigilar(self) -> None:
        while True:
            _dormir_de_verdad(PERIODO_S)
            reloj = self._reloj
            if reloj is None:
                continue
            if reloj.transcurrido() >= self.limite_s:
                if self._interrumpido is not reloj and self._interrumpir():
                    self._interrumpido = reloj
                    continue
                if self._interrumpido is reloj and reloj.transcurrido() < self.limite_s + GRACIA_S:
                    continue
                self._cortar(AVISO_CUELGUE, f"{self._nombre}: más de {self.limite_s:g} s")
            elif reloj.pared() >= self.factor * self.limite_s:
                self._cortar(
                    AVISO_CARGA,
                    f"{self._nombre}: {reloj.pared():.0f} s de reloj y solo "
                    f"{reloj.transcurrido():.1f} s de avance (límite {self.limite_s:g} s)",
                )

    def _interrumpir(self) -> bool:
        """SIGALRM al hilo principal si hay un manejador de Python (el de pytest-timeout)."""
        if not hasattr(signal, "SIGALRM") or not callable(signal.getsignal(signal.SIGALRM)):
            return False
        self.disparado = True
        try:
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGALRM)
        except (OSError, ValueError):
            return False
        return True

    def _cortar(self, aviso: str, detalle: str) -> None:
        # Al descriptor 2 directamente: el programa pudo cambiar sys.stderr.
        try:
            os.write(2, f"\n{aviso}\n{detalle}\nlímite: {self.limite_s:g} s\n".encode())
            faulthandler.dump_traceback(file=2, all_threads=True)
        except (OSError, ValueError):
            pass
        finally:
            os._exit(1)
