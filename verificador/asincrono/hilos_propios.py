"""Los hilos que arranca el propio programa (`threading.Thread`, `Timer`) junto al bucle de asyncio.

Un hilo propio es un trabajo más de los turnos (turnos.py), como los del
ejecutor: corre en su hilo real, pero solo cuando tiene el turno, y su
código se corta en cualquier línea u operación del alumno. Así su orden
respecto del bucle y de los otros hilos sale de la semilla, no del sistema:
un `loop.call_soon_threadsafe(...)`, un
`asyncio.run_coroutine_threadsafe(...).result()` o un `threading.Event` entre
hilos se exploran igual que con `to_thread`.

Lo que cambia respecto de un trabajo del ejecutor es cómo se espera:
- `join()` desde el hilo del bucle (o el módulo) da turnos a los hilos hasta
  que ese termine, con el reloj avanzando hasta sus despertares (dentro de una
  corrutina, el bucle queda bloqueado mientras, como en CPython); si ya nadie
  puede avanzar, el hilo espera algo que solo el bucle bloqueado podría darle:
  `interbloqueo`;
- `join()` desde otro hilo (o desde `to_thread`) espera por turnos;
- al acabar el programa, los hilos que no son demonio se esperan, como hace
  el intérprete al salir;
- una excepción en el hilo es `excepcion` (CPython solo la imprime y sigue).

Un bucle de asyncio que corre DENTRO de un hilo propio (el bucle en un hilo
de fondo) no se modela: `no_modelado`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from verificador.asincrono.bucle import _en_hilo, control_del_hilo, trabajo_del_hilo
from verificador.asincrono.control import Abortar
from verificador.asincrono.turnos import Estado
from verificador.veredictos import Bloqueado

if TYPE_CHECKING:
    from collections.abc import Callable

    from verificador.asincrono.control import Control

_ATRIBUTO = "_verificador_trabajo"


def numero_de(c: Control, hilo: threading.Thread) -> int | None:
    """El trabajo de los turnos de este hilo propio, si es de esta ejecución."""
    numero = getattr(hilo, _ATRIBUTO, None)
    return numero if isinstance(numero, int) and c.hilos_propios.get(numero) is hilo else None


def arrancar(c: Control, hilo: threading.Thread, start: Callable[[threading.Thread], None],
             donde: tuple[str, int]) -> None:
    """`hilo.start()` en `donde`: su `run` corre como un trabajo de los turnos."""
    turnos = c.turnos
    numero = turnos.nuevo(hilo, 1)  # un «ejecutor» de un solo hilo: llega en cuanto arranca
    c.hilos_propios[numero] = hilo
    c.inicios_hilos[numero] = donde
    setattr(hilo, _ATRIBUTO, numero)
    run = hilo.run

    def correr() -> None:
        try:
            _en_hilo(c, numero, run)
        except Abortar:
            pass
        except BaseException as exc:
            if not c.terminado and c.aborto is None:
                c.excepciones_hilos.append((hilo.name, exc))
        finally:
            for otro in c.esperan_hilo.pop(numero, []):
                turnos.desbloquear(otro)
            turnos.terminar(numero)

    hilo.run = correr  # type: ignore[method-assign]
    try:
        start(hilo)
    except BaseException:
        turnos.terminar(numero)
        raise


def terminado(c: Control, numero: int) -> bool:
    t = c.turnos.trabajos.get(numero)
    return t is None or t.estado is Estado.FIN


def unir(c: Control, hilo: threading.Thread, numero: int, timeout: float | None,
         join: Callable[..., None]) -> None:
    """`hilo.join(timeout)` de un hilo propio (ver el docstring del módulo)."""
    if timeout is not None and timeout < 0:
        timeout = 0
    if control_del_hilo() is c:
        _unir_desde_hilo(c, numero, timeout)
    else:
        _unir_desde_bucle(c, hilo, numero, timeout)
    if terminado(c, numero):
        join(hilo)  # su `run` ya volvió: el hilo real solo tiene que acabar


def _unir_desde_hilo(c: Control, numero: int, timeout: float | None) -> None:
    if terminado(c, numero):
        return
    turnos, yo = c.turnos, trabajo_del_hilo()
    c.esperan_hilo.setdefault(numero, []).append(yo)

    def vencer() -> None:
        esperan = c.esperan_hilo.get(numero, [])
        if yo in esperan:
            esperan.remove(yo)

    if timeout is None:
        turnos.bloquear(yo)
    else:
        turnos.bloquear(yo, (c.reloj + timeout, f"j{yo}.{numero}"), vencer)
    if c.terminado:
        raise Abortar("terminado")


def _unir_desde_bucle(c: Control, hilo: threading.Thread, numero: int, timeout: float | None) -> None:
    """El hilo del bucle espera: solo corren los hilos (por turnos) y el reloj avanza a sus despertares."""
    limite = None if timeout is None else c.reloj + timeout
    turnos = c.turnos
    while True:
        c.correr_hilos(False)
        if terminado(c, numero):
            return
        proximo = turnos.proximo_despertar()
        if limite is not None and (proximo is None or proximo > limite):
            c.reloj = max(c.reloj, limite)
            return
        if proximo is None:
            _interbloqueo(c, hilo, numero)
        c.reloj = max(c.reloj, proximo)
        turnos.despertar(c.reloj)


def _interbloqueo(c: Control, hilo: threading.Thread, numero: int) -> None:
    """join() sin plazo a un hilo que ya no puede acabar: nadie puede avanzar (ni el bucle, parado en el join)."""
    donde = c.linea_del_alumno() or ("", 0)
    bloqueados = [Bloqueado(actor="el programa principal (el hilo del bucle)",
                            espera=f"a que termine {hilo.name} (join)", tenido_por=None,
                            archivo=donde[0], linea=donde[1])]
    for n, t in sorted(c.turnos.trabajos.items()):
        if t.estado is Estado.FIN:
            continue
        archivo, linea = c.hilos_esperando.get(n) or ("", 0)
        espera = ("un candado, un evento, una cola o un resultado" if t.estado is Estado.BLOQUEADO
                  else t.estado.value)
        bloqueados.append(Bloqueado(actor=c.nombre_hilo(n), espera=espera, tenido_por=None,
                                    archivo=archivo, linea=linea))
    c.bloqueados = bloqueados
    c.abortar("interbloqueo")


def al_salir(c: Control) -> None:
    """El intérprete espera al salir a los hilos que no son demonio (threading._shutdown)."""
    for numero, hilo in list(c.hilos_propios.items()):
        if not hilo.daemon and not terminado(c, numero):
            _unir_desde_bucle(c, hilo, numero, None)

