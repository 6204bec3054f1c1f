"""Fixture `procesos`: los jueces de los retos de multiprocessing.

Un juez no ejecuta nunca el programa del alumno en su propio proceso: pide a
`procesos.ejecutar(...)` que lo corra en procesos reales con `spawn`, con los
parámetros que sorteó con `alumno.rng` y la perturbación sembrada con
`alumno.semilla`. `ejecutar` ya convierte en veredicto todo lo que no depende
del resultado (no carga, excepción en cualquier proceso, cuelgue con el estado
de cada proceso, menos procesos trabajando de los exigidos → `sin_concurrencia`) y
devuelve la `Ejecucion` para que el juez compruebe el valor con `exigir`.

```python
def test_contador(alumno, procesos):
    n, veces = alumno.rng.randint(2, 4), alumno.rng.randint(20, 60)
    ejecucion = procesos.ejecutar({"n_procesos": n, "veces": veces}, minimo_procesos=n)
    procesos.exigir(ejecucion.valor == n * veces, "Se perdieron incrementos",
                    esperado=str(n * veces), obtenido=repr(ejecucion.valor))
```
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from verificador.juez import plugin as _plugin
from verificador.procesos import Ejecucion, ejecutar
from verificador.procesos import juicio as _juicio
from verificador.procesos import sin_llegar as _sin_llegar
from verificador.procesos.envios import MAX_DIGESTOS, digesto, huellas
from verificador.procesos.estado import EstadoProceso
from verificador.veredictos import Evidencia, FalloVeredicto, Veredicto

__all__ = ["Procesos", "procesos"]

# Límite de tiempo por defecto de una ejecución del programa del alumno (segundos).
TIEMPO_LIMITE_S = 20.0
# Hijos que reparte el propio multiprocessing (un Pool, un ProcessPoolExecutor, el
# servidor de un Manager): pueden quedarse sin tarea sin culpa del alumno.
_REPARTIDOS = re.compile(r"PoolWorker|^(Spawn|Fork|Forkserver)Process-\d+$|Manager-\d+$")
# Mostrar los marcos del verificador en las trazas (para nosotros, no para alumnos).
TRAZA_COMPLETA = os.environ.get("VERIFICADOR_TRAZA_COMPLETA") == "1"


def _con_huella(valor: Any, huellas: frozenset[int]) -> bool:
    """¿Está la huella del valor (o la de cada uno de sus elementos, si es una lista)?"""
    if digesto(valor) in huellas:
        return True
    return isinstance(valor, (list, tuple)) and bool(valor) and all(digesto(v) in huellas for v in valor)


class Procesos:
    """Ejecuta el programa del alumno en procesos reales y da veredictos con evidencia."""

    def __init__(self, alumno: Any, repeticion: int = 1) -> None:
        self.alumno = alumno
        # 1, 2, ...: la repetición de la prueba (cada juez reparte las formas que garantiza).
        self.repeticion = repeticion
        self.ejecuciones: list[Ejecucion] = []
        self._minimos: list[tuple[Ejecucion, int]] = []
        self._fallado = False

    @property
    def ultima(self) -> Ejecucion | None:
        return self.ejecuciones[-1] if self.ejecuciones else None

    def ejecutar(
        self,
        parametros: dict[str, Any] | None = None,
        *,
        archivo: str | None = None,
        modo: str = "funcion",
        funcion: str = "main",
        tiempo_limite_s: float = TIEMPO_LIMITE_S,
        perturbar: bool = True,
        metodo: str = "spawn",
        minimo_procesos: int = 1,
        quietud_s: float | None = None,
        serie: bool = False,
        tubo_pequeno: bool = True,
    ) -> Ejecucion:
        """Corre `funcion(**parametros)` (o el archivo entero, `modo="script"`).

        Lanza `FalloVeredicto` si el programa no carga, lanza una excepción en
        cualquier proceso o se cuelga. Si al terminar la prueba (sin otro fallo)
        menos de `minimo_procesos` procesos hijos ejecutaron funciones del
        alumno, el veredicto es `sin_concurrencia` (ver `comprobar_concurrencia`). `quietud_s`: dar por
        colgado el programa en cuanto todos sus procesos llevan ese tiempo
        esperando sin avanzar (solo para casos sin esperas con plazo). `serie`:
        los hijos que arranca el principal corren de uno en uno, en el orden en
        que se arrancaron, cada uno hasta acabar o esperar algo (el primero
        acaba antes que los demás: «un solo productor pone el centinela» falla).
        `tubo_pequeno`: las `multiprocessing.Queue` del alumno con tuberías de una
        página (un `join()` antes de vaciar la cola se cuelga con pocos datos); con
        False, las del sistema (64 KiB en Linux: un lote grande cabe entero y su hijo
        puede terminar sin que nadie lo haya leído).
        """
        ruta = Path(self.alumno.directorio) / archivo if archivo else Path(self.alumno.ruta)
        ejecucion = ejecutar(
            ruta,
            parametros=parametros,
            modo=modo,
            funcion=funcion,
            tiempo_limite_s=tiempo_limite_s,
            semilla=int(self.alumno.semilla) if perturbar else None,
            metodo=metodo,
            archivos_alumno=[Path(a) for a in self.alumno.archivos],
            quietud_s=quietud_s,
            serie=serie and perturbar,
            tubo_pequeno=tubo_pequeno,
        )
        self.ejecuciones.append(ejecucion)
        _plugin.anotar(ejecuciones_procesos=1, procesos_hijos=len(ejecucion.hijos))
        if not any(p.rol == "principal" for p in ejecucion.procesos):
            # La instrumentación no arrancó: no es culpa del alumno, y juzgar sin ella
            # podría llamar `sin_concurrencia` a un intento correcto. El plugin lo informa como
            # error interno.
            raise RuntimeError(
                "fallo del verificador: la instrumentación de procesos no arrancó "
                f"(código {ejecucion.codigo_salida}): {ejecucion.errores[-2000:]}"
            )
        self._minimos.append((ejecucion, minimo_procesos))
        self._comprobar(ejecucion, tiempo_limite_s, quietud_s)
        return ejecucion

    def exigir_procesos(self, minimo: int, ejecucion: Ejecucion | None = None) -> None:
        """`sin_concurrencia` si menos de `minimo` procesos hijos hicieron llegar su trabajo.

        Cuenta como trabajador un hijo que envió algún dato a otro proceso (una
        cola, un proxy de Manager, un Value, el resultado de una tarea de un Pool
        o de un ProcessPoolExecutor, aunque la función sea `pow`): un señuelo
        que arranca y no entrega nada no cuenta.
        """
        ejecucion = ejecucion or self.ultima
        if ejecucion is None or len(ejecucion.trabajadores) >= minimo:
            return
        self._fallar(
            Veredicto.SIN_CONCURRENCIA,
            ejecucion,
            f"Solo {len(ejecucion.trabajadores)} proceso(s) hijo(s) entregaron trabajo a otro "
            f"proceso; este caso necesita al menos {minimo}.",
            explicacion="El caso trata de repartir el trabajo entre procesos y de que sus "
            "resultados lleguen al principal (por una cola, un Manager, un Value o el "
            "resultado de un Pool). Si el trabajo se hace en el proceso principal, o los "
            "procesos arrancan pero no entregan nada, el error de concurrencia desaparece, "
            "pero también el ejercicio.",
            esperado=f"al menos {minimo} procesos trabajando",
            obtenido=str(len(ejecucion.trabajadores)),
        )

    def exigir_sin_senuelos(self, ejecucion: Ejecucion | None = None, *, valores: Any = None) -> None:
        """`sin_concurrencia` si algún proceso hijo del alumno arrancó y no entregó nada.

        Es lo mismo que los hilos de adorno del juez de hilos: arrancar N
        procesos y dejar que uno solo haga todo el trabajo (los demás de
        señuelo) no es repartirlo. No cuentan como señuelos los trabajadores
        de un `Pool` o de un `ProcessPoolExecutor` ni el servidor de un
        `Manager`: el reparto de tareas no depende del alumno y uno puede
        quedarse sin ninguna. Tampoco un hijo sin nombre que nunca ejecutó
        código del alumno: es un trabajador de Pool que no recibió tarea y se
        terminó (`Pool.terminate`) antes de decir cómo se llamaba; un proceso
        de adorno del alumno o ejecuta su código o termina y da su nombre. Un
        hijo que delega su parte en un proceso nieto que la entrega trabaja.

        `valores` (el resultado, si el juez lo da): entregar solo cuenta si algo
        de lo entregado forma parte del resultado (el dato o un elemento suyo).
        Un hijo que inscribe todos los lotes mientras los demás mandan un aviso
        «he terminado» deja a los demás de adorno igual.
        """
        ejecucion = ejecucion or self.ultima
        if ejecucion is None:
            return
        utiles = None if valores is None else set(huellas(valores, tope=None))
        entregan = {p.pid for p in ejecucion.procesos
                    if p.envios and (utiles is None or p.rol == "principal" or not p.digestos.isdisjoint(utiles)
                                     or len(p.digestos) >= MAX_DIGESTOS)}
        padres = {p.pid: p.padre for p in ejecucion.procesos}
        for pid in list(entregan):  # quien delega en un nieto que entrega, también trabaja
            visto: set[int] = set()
            while pid in padres and pid not in visto:
                visto.add(pid)
                pid = padres[pid]
                entregan.add(pid)
        senuelos = [p for p in ejecucion.hijos
                    if p.rol == "hijo" and p.pid not in entregan and not _REPARTIDOS.search(p.nombre)
                    and (p.nombre or p.ejecuto_alumno)]
        if not senuelos:
            return
        trabajan = sum(1 for p in ejecucion.hijos if p.rol == "hijo" and p.pid in entregan
                       and (p.nombre or p.ejecuto_alumno))
        nada = "nada del resultado" if utiles is not None else "nada"
        self._fallar(
            Veredicto.SIN_CONCURRENCIA,
            ejecucion,
            f"{len(senuelos)} de {len(senuelos) + trabajan} procesos hijos arrancaron y no "
            f"entregaron {nada} a otro proceso (procesos de adorno): el trabajo lo "
            + ("hizo el proceso principal." if trabajan == 0 else "hizo uno solo." if trabajan == 1
               else f"hicieron solo {trabajan}."),
            explicacion="Arrancar varios procesos y dejar que uno solo haga todo el trabajo "
            "(los demás de señuelo) esconde el error de concurrencia en vez de arreglarlo: "
            "cada proceso tiene que hacer su parte y entregarla (por una cola, un Manager, "
            "un Value o el resultado de un Pool).",
            esperado="cada proceso hijo entrega su parte del trabajo",
            obtenido=", ".join(p.nombre or str(p.pid) for p in senuelos) + " no entregaron nada",
        )

    def exigir_origen(
        self, valores: Any, que: str, ejecucion: Ejecucion | None = None, *,
        calculado: bool = False,
    ) -> None:
        """`sin_concurrencia` si algún valor del resultado no lo envió ningún proceso hijo.

        `valores`: los datos que tienen que haber salido de los hijos (se comparan
        por su huella, `envios.digesto`: una lista y una tupla iguales valen lo mismo;
        una lista vale también si cada uno de sus elementos lo envió un hijo).
        Un resultado recalculado en el principal a partir de las entradas no pasa.

        `calculado=True` (el trabajo de los hijos es calcular algo nuevo a partir de
        sus datos): tampoco pasa que todos los valores sean datos que el principal
        ya les dio (`Ejecucion.entradas`: los argumentos de un `Process` o de una
        tarea de un pool, un `put`): un hijo que solo reenvía lo calculado por el
        principal no trabaja. El juez debe sortear datos que cambien al calcularlos
        (con un solo valor que no sea su propio resultado basta).
        """
        ejecucion = ejecucion or self.ultima
        if ejecucion is None:
            return
        producidos = ejecucion.producidos
        valores = list(valores)
        ajenos = [v for v in valores if not _con_huella(v, producidos)]
        if not ajenos and calculado:
            self._exigir_calculado(valores, que, ejecucion)
        if not ajenos:
            self._exigir_recibidos(que, ejecucion)
            return
        self._fallar(
            Veredicto.SIN_CONCURRENCIA,
            ejecucion,
            f"{len(ajenos)} de {len(list(valores))} {que} no los envió ningún proceso hijo: "
            "el resultado no salió del trabajo de los procesos.",
            explicacion="Que el resultado sea correcto no basta: tiene que llegar desde los "
            "procesos que hacen el trabajo. Si el principal lo vuelve a calcular a partir de "
            "los datos de entrada, los procesos sobran y el error del caso queda escondido.",
            esperado=f"{que} enviados por los procesos hijos",
            obtenido=f"por ejemplo {repr(ajenos[0])[:200]}, que ningún hijo envió",
        )

    def _exigir_calculado(self, valores: list[Any], que: str, ejecucion: Ejecucion) -> None:
        """`sin_concurrencia` si todos los valores ya se los dio el principal a los hijos."""
        entradas = ejecucion.entradas

        def dado(v: Any) -> bool:
            # el valor mismo, o escrito como texto (`pool.map(int, ["4", "9"])` no calcula nada)
            return _con_huella(v, entradas) or (
                isinstance(v, (int, float)) and not isinstance(v, bool) and _con_huella(str(v), entradas))

        if not entradas or not valores or not all(dado(v) for v in valores):
            return
        self._fallar(
            Veredicto.SIN_CONCURRENCIA,
            ejecucion,
            f"Los {que} que devolvieron los procesos hijos ya se los había dado calculados el "
            "proceso principal: los hijos solo los reenviaron.",
            explicacion="El cálculo tiene que hacerlo el proceso aparte: si el principal lo "
            "hace y se lo pasa a los hijos para que lo devuelvan, los procesos sobran y el "
            "error del caso queda escondido.",
            esperado=f"{que} calculados por los procesos hijos a partir de sus datos",
            obtenido=f"por ejemplo {repr(valores[0])[:200]}, que el principal ya había enviado",
        )

    def _exigir_recibidos(self, que: str, ejecucion: Ejecucion) -> None:
        """`sin_concurrencia` si el principal devolvió datos suyos aunque le llegaron iguales.

        El conductor resume (por identidad, ver `procesos/origen.py`) qué elementos
        del valor devuelto por `main` son objetos que el principal recibió de otro
        proceso y cuáles construyó él: vaciar la cola, tirar lo recibido y devolver
        un cálculo propio da los mismos valores, pero no los mismos objetos.
        """
        origen = (ejecucion.resultado or {}).get("origen")
        if not isinstance(origen, dict) or not origen.get("n_construidos"):
            return
        construidos = origen.get("construidos") or []
        self._fallar(
            Veredicto.SIN_CONCURRENCIA,
            ejecucion,
            f"{origen['n_construidos']} de {origen.get('elementos')} {que} del resultado los "
            "construyó el proceso principal, aunque los procesos hijos le enviaron datos "
            "iguales: el principal no devolvió lo que recibió.",
            explicacion="Que el resultado sea correcto no basta: tiene que ser lo que llegó "
            "desde los procesos que hacen el trabajo. Si el principal recibe los datos, los "
            "descarta y los vuelve a calcular, los procesos sobran y el error del caso queda "
            "escondido.",
            esperado=f"{que} recibidos de los procesos hijos (por una cola, un Pipe, un Pool...)",
            obtenido=f"construidos en el principal: posiciones {construidos[:10]}",
        )

    def exigir_solapamiento(self, minimo: int = 2, ejecucion: Ejecucion | None = None) -> None:
        """`sin_concurrencia` si el programa nunca deja a `minimo` trabajadores vivos a la vez.

        Cuenta el orden del programa, no la hora de esta ejecución: dos trabajadores solo van
        en serie si uno terminó antes de que se lanzara el otro y el programa lo sabía (esperó
        su fin con `join()`, `is_alive()`... antes de lanzarlo; `EstadoProceso.pudo_coincidir`).
        Un hijo rápido que acaba antes de que arranque el siguiente no es «en serie».
        """
        ejecucion = ejecucion or self.ultima
        if ejecucion is None:
            return
        trabajadores = ejecucion.trabajadores
        minimo = min(minimo, len(trabajadores))
        maximo = _mas_a_la_vez(trabajadores, minimo)
        if maximo >= minimo:
            return
        self._fallar(
            Veredicto.SIN_CONCURRENCIA,
            ejecucion,
            f"Los procesos trabajaron uno detrás de otro: nunca hubo {minimo} a la vez.",
            explicacion="Un `start()` seguido de su `join()` dentro del mismo bucle espera a "
            "que cada proceso termine antes de arrancar el siguiente: el programa es "
            "secuencial y el error de concurrencia no puede aparecer. Arranca todos los "
            "procesos primero y espéralos después, en otro bucle.",
            esperado=f"al menos {minimo} procesos a la vez",
            obtenido=f"como mucho {maximo} a la vez",
        )

    def anotar(self, **cifras: int) -> None:
        """Cifras de lo que probó esta repetición (quedan en el informe del veredicto)."""
        _plugin.anotar(**cifras)

    def comprobar_concurrencia(self) -> None:
        """Al final de la prueba: ¿trabajaron los procesos que pidió cada `ejecutar`?

        Se comprueba DESPUÉS de que el juez mire el resultado: un intento cuyos
        procesos no llegaron a trabajar por un error (sin `join`, sin `get`) merece
        el veredicto de ese error; solo uno que da el resultado correcto sin que
        los procesos entreguen trabajo es `sin_concurrencia`. Y si en alguna
        ejecución la perturbación vio una actualización perdida, es `carrera`
        aunque el juez no viera nada raro en el resultado.
        """
        if self._fallado:
            return
        for ejecucion, _minimo in self._minimos:
            if any(c.get("tipo", "perdida") == "perdida" for c in ejecucion.carreras):
                # Una actualización perdida que ocurrió (como en `explorar`) es una carrera
                # aunque el resultado final cuadre (alguien lo corrigió después).
                self._fallado = True
                raise FalloVeredicto(*_sin_llegar.carrera(ejecucion))
        for ejecucion, minimo in self._minimos:
            self.exigir_procesos(minimo, ejecucion)

    def exigir(
        self,
        condicion: object,
        resumen: str,
        *,
        veredicto: Veredicto = Veredicto.CARRERA,
        esperado: str | None = None,
        obtenido: str | None = None,
        explicacion: str = "",
        ejecucion: Ejecucion | None = None,
    ) -> None:
        """Si `condicion` es falsa, falla con la evidencia de la última ejecución.

        Un resultado equivocado sin actualizaciones perdidas, pero con una lectura
        del principal hecha antes de que los hijos entregaran el dato (ver
        `procesos/adelantadas.py`), es `incompleto` con esa lectura, no `carrera`.
        """
        if condicion:
            return
        ejecucion = ejecucion or self.ultima
        if ejecucion is None:
            raise FalloVeredicto(veredicto, Evidencia(resumen, explicacion, esperado, obtenido))
        if veredicto is Veredicto.CARRERA and ejecucion.adelantadas and not ejecucion.carreras:
            leida = _sin_llegar.adelantada(ejecucion)
            if leida is not None:
                self._fallado = True
                raise FalloVeredicto(*leida)
        self._fallar(
            veredicto,
            ejecucion,
            resumen,
            explicacion=explicacion,
            esperado=esperado,
            obtenido=obtenido,
        )

    # --- interno -----------------------------------------------------------------

    def _comprobar(self, ejecucion: Ejecucion, limite: float, quietud_s: float | None) -> None:
        fallo = _juicio.clasificar(ejecucion, limite, quietud_s, completa=TRAZA_COMPLETA)
        if fallo is not None:
            self._fallado = True
            raise FalloVeredicto(*fallo)

    def _fallar(self, veredicto: Veredicto, ejecucion: Ejecucion, resumen: str, **kw: Any) -> None:
        self._fallado = True
        raise FalloVeredicto(veredicto, _juicio.evidencia(veredicto, ejecucion, resumen, **kw))


@pytest.fixture
def procesos(alumno: Any, request: pytest.FixtureRequest) -> Iterator[Procesos]:
    """Fixture de los jueces de procesos; necesita la fixture `alumno` del plugin.

    Al terminar la prueba comprueba que los procesos pedidos trabajaron de verdad.
    """
    juez = Procesos(alumno, _plugin._repeticion_de(request.node))
    yield juez
    juez.comprobar_concurrencia()


def _mas_a_la_vez(trabajadores: list[EstadoProceso], tope: int) -> int:
    """Cuántos trabajadores pudieron estar vivos a la vez (como mucho `tope`): el mayor grupo
    en el que cada par `pudo_coincidir`."""
    mejor = min(1, len(trabajadores))

    def ampliar(grupo: list[EstadoProceso], desde: int) -> None:
        nonlocal mejor
        mejor = max(mejor, len(grupo))
        for i in range(desde, len(trabajadores)):
            if mejor >= tope:
                return
            candidato = trabajadores[i]
            if all(candidato.pudo_coincidir(otro) for otro in grupo):
                ampliar([*grupo, candidato], i + 1)

    ampliar([], 0)
    return mejor
