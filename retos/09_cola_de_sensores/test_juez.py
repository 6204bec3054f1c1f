"""Juez del reto 9: una Queue con datos grandes, leída y esperada en buen orden.

Formas que garantiza cada veredicto (2 repeticiones, y en cada una):
- 3 a 5 lotes de 9 000 a 12 000 lecturas sacadas de `alumno.rng`: cada
  resultado ocupa unos 40 KiB en pickle y el total pasa siempre de 120 KiB,
  el doble del tubo de la cola (64 KiB en Linux). Un `join()` sin plazo antes
  de vaciar la cola se cuelga siempre, y el juez lo dice con lo que esperaba
  cada proceso en cuanto ninguno avanza (sin esperar al límite de tiempo);
- las esperas con plazo no son cuelgues: `join(timeout=…)` seguido de leer la
  cola y de un `join()` final, o `get(timeout=…)`, aprueban;
- los hijos se perturban con pausas sembradas antes de cada `put`, así que leer
  con `while not cola.empty()` se queda corto en cada veredicto (`incompleto`);
- la repetición 1 usa tuberías de una página; la 2, las del sistema (64 KiB),
  donde un lote cabe entero: leer `while p.is_alive(): while not
  cola.empty()` (o `get_nowait()` y salir si el hijo ya no vive) pierde el
  último lote en cada veredicto, porque el principal se aparta tras ver la
  cola vacía mientras el hijo pone uno más y termina (`incompleto`);
- al menos un proceso hijo entrega los lotes, y cada lote devuelto (o cada una
  de sus lecturas) tiene que haberlo enviado un hijo: calcularlos en el
  principal es `sin_concurrencia`, y también dárselos ya calculados al hijo
  para que solo los reenvíe (lecturas de 0 a 999 en lotes de miles: un lote
  elevado al cuadrado nunca es igual al que se le dio).

Clases de error y la forma que las alcanza en cada veredicto:
- leer la cola antes de que el escritor termine, o con `while not
  cola.empty()`: pausas sembradas antes de cada `put` (`incompleto`);
- `join()` antes de vaciar la cola (el caso): > 120 KiB en el tubo (`cuelgue`);
- lotes calculados en main, o calculados en main y reenviados por el hijo:
  origen de cada lote (`sin_concurrencia`).
"""

from __future__ import annotations

from verificador.juez import Veredicto


def test_todos_los_lotes_llegan(alumno, procesos):
    lotes = [
        [alumno.rng.randint(0, 999) for _ in range(alumno.rng.randint(9000, 12000))]
        for _ in range(alumno.rng.randint(3, 5))
    ]
    esperado = [[n * n for n in lote] for lote in lotes]
    procesos.anotar(lotes=len(lotes), lecturas=sum(len(lote) for lote in lotes))
    # Miles de lecturas por lote: se apunta su tamaño (los valores salen de la semilla).
    alumno.anotar_parametros(lecturas_por_lote=[len(lote) for lote in lotes])
    ejecucion = procesos.ejecutar(
        {"lotes": lotes}, minimo_procesos=1, tiempo_limite_s=20, quietud_s=0.8,
        tubo_pequeno=procesos.repeticion == 1,
    )
    obtenido = ejecucion.valor
    recibidos = len(obtenido) if isinstance(obtenido, list) else None
    procesos.exigir(
        recibidos == len(lotes),
        f"El proceso principal recogió {recibidos} de {len(lotes)} lotes",
        veredicto=Veredicto.INCOMPLETO,
        esperado=f"{len(lotes)} lotes",
        obtenido=f"{recibidos} lotes" if recibidos is not None else repr(obtenido)[:200],
        explicacion="El principal dejó de leer la cola cuando todavía faltaban resultados "
        "por llegar: que la cola esté vacía en un momento dado no significa que el "
        "productor haya terminado.",
    )
    malos = [i for i, (a, b) in enumerate(zip(obtenido, esperado)) if a != b]
    procesos.exigir(
        not malos,
        f"El resultado del lote {malos[0] if malos else 0} no es el esperado",
        esperado="los cuadrados de cada lectura, un resultado por lote y en orden",
        obtenido=f"lotes distintos: {malos[:5]}",
    )
    procesos.exigir_origen(obtenido, "lotes", calculado=True)
