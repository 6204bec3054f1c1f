"""Juez del reto 6: los archivos se procesan a la vez, sin congelar el bucle.

Corre `main` del alumno con el motor de asyncio: tiempo virtual (una demora de
10 s cuesta microsegundos) y órdenes de las tareas explorados. El motor apunta
todo `time.sleep` (o espera activa) dentro de una corrutina como bloqueo del
bucle, con su línea. El juez mide en segundos virtuales: procesar a la vez
tarda la demora más larga; en fila, la suma. Menos que la demora más larga es
que las esperas desaparecieron, igual que procesar con menos tareas que
archivos (`sin_concurrencia` las dos). Nombres, cantidad y demoras salen de
`alumno.rng`.

Formas que garantiza cada repetición (y por tanto cada veredicto):
- de 3 a 5 archivos, así que hay concurrencia que perder; la primera
  repetición, 5 archivos de 6 a 10 s: con menos de 5 a la vez (un
  `ThreadPoolExecutor(max_workers=3)` como ejecutor, un `Semaphore(3)`), uno
  espera turno y el total pasa de la demora más larga (5 es lo que da como
  mínimo el ejecutor por defecto de asyncio, con un solo núcleo);
- demoras que no van en orden: el primer archivo tarda más que el último, así
  que devolver los resultados en orden de llegada (`as_completed`) los
  desordena siempre;
- cada archivo pasa por `procesar_archivo` con su demora (espiada): unos
  resultados fabricados en main mientras otras tareas solo duermen son
  `sin_concurrencia`.
Un `time.sleep` dentro de una corrutina es `bucle_bloqueado`; procesar en fila
(tardar la suma de las demoras) es `sin_concurrencia`.

Tiempo adversario: aprobado lo anterior, se explora otra vez con cada
`procesar_archivo` `RETRASO_S` s más lento, y después con cada archivo k,
solo él, más lento que todos los demás juntos (los archivos reales no tardan
lo que dice su demora). Esperar con un `sleep` en main (la demora más larga
más un margen) en vez de esperar las tareas falla con el primero; esperar
solo la tarea más lenta, o solo algunas, con el segundo.

Clases de error y la forma que las alcanza en cada repetición:
- `time.sleep` en la corrutina (el caso): `bucle_bloqueado` con cualquier forma;
- esperas en fila (await de cada archivo antes de empezar el siguiente, o
  tarea creada y esperada en el bucle): ≥ 3 archivos, la suma pasa del máximo;
- resultados en orden de llegada: el primer archivo tarda más que el último;
- esperas que desaparecen o resultados fabricados: duración mínima y
  `procesar_archivo` espiada (cada llamada tiene que tardar su demora: una
  espera hecha en main mientras `procesar_archivo` vuelve enseguida no cuenta);
- `sleep` en main en vez de esperar, o esperar solo algunas tareas:
  exploraciones con retraso.
"""

from __future__ import annotations

from verificador.juez import Veredicto
from verificador.juez.asincrono import Retraso

TOLERANCIA_S = 1e-6  # redondeo del reloj virtual
RETRASO_S = 5.0  # s virtuales de más de cada procesar_archivo en la exploración con retraso
EXTENSIONES = (".csv", ".txt", ".json", ".log")
NOMBRES = ("ventas", "clientes", "stock", "pedidos", "nominas", "facturas", "envios")


def _resultado(nombre: str, demora: int) -> str:
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


def test_procesa_en_paralelo(alumno, asincrono):
    rng = alumno.rng
    # La primera repetición: cinco archivos de demoras parecidas (6 a 10 s), así que con
    # menos de cinco hilos o tareas a la vez uno espera turno y el total pasa de la más lenta.
    n = 5 if alumno.repeticion == 1 else rng.randint(3, 5)
    archivos = [f"{nombre}_{i}{rng.choice(EXTENSIONES)}"
                for i, nombre in enumerate(rng.sample(NOMBRES, n))]
    demoras = [rng.randint(6, 10) if alumno.repeticion == 1 else rng.randint(2, 10) for _ in range(n)]
    if demoras[0] <= demoras[-1]:  # el orden de llegada nunca coincide con el de la lista
        demoras[0], demoras[-1] = max(demoras[0], demoras[-1]) + 1, min(demoras[0], demoras[-1])
    esperado = [_resultado(a, d) for a, d in zip(archivos, demoras)]
    mas_lenta = max(demoras)
    alumno.anotar_parametros(archivos=archivos, demoras=demoras)

    async def escenario():
        lector = alumno.cargar()
        llamadas = asincrono.espiar(lector, "procesar_archivo")
        resultados = await lector.main(archivos=tuple(archivos), demoras=tuple(demoras))
        obtenidos = list(resultados) if isinstance(resultados, (list, tuple)) else resultados
        alumno.exigir(
            isinstance(obtenidos, list) and sorted(map(str, obtenidos)) == sorted(esperado),
            f"main no devuelve el resultado de cada uno de los {n} archivos",
            veredicto=Veredicto.INCOMPLETO,
            esperado=repr(esperado),
            obtenido=repr(resultados),
        )
        alumno.exigir(
            obtenidos == esperado,
            "Los resultados no están en el orden de los archivos",
            veredicto=Veredicto.CARRERA,
            esperado=repr(esperado),
            obtenido=repr(obtenidos),
            explicacion="Los archivos terminan en el orden de sus demoras, no en el de la "
            "lista: los resultados deben devolverse en el orden en que llegaron los archivos.",
        )

        # Cada archivo, por procesar_archivo y esperando su demora dentro de ella: una
        # espera que se hace en otra parte (un sleep en main) no procesa el archivo.
        faltan = [a for a, d in zip(archivos, demoras)
                  if not any(ll.argumento(0, "nombre") == a and ll.argumento(1, "demora") == d
                             and ll.segundos >= d - TOLERANCIA_S for ll in llamadas)]
        alumno.exigir(
            not faltan,
            f"{', '.join(faltan)} no {'pasó' if len(faltan) == 1 else 'pasaron'} por procesar_archivo "
            "esperando su demora",
            veredicto=Veredicto.SIN_CONCURRENCIA,
            esperado="cada archivo procesado por procesar_archivo, que espera su demora",
            obtenido=f"procesar_archivo terminó {len(llamadas)} "
            f"{'vez' if len(llamadas) == 1 else 'veces'}, con esperas de "
            f"{[round(ll.segundos, 3) for ll in llamadas]} s",
            explicacion="Los resultados tienen que salir de procesar_archivo, y leer el "
            "archivo es su espera: fabricarlos aparte, o esperar en otro sitio mientras "
            "procesar_archivo vuelve enseguida, no procesa los archivos.",
        )

    # Un archivo más lento que todos los demás juntos: si main no lo espera, no está.
    lento = sum(demoras) + RETRASO_S
    asincrono.explorar(
        escenario,
        minimo_tareas=n,
        duracion_maxima=mas_lenta,
        duracion_minima=mas_lenta,
        retrasos=(RETRASO_S, *(Retraso(lento, "procesar_archivo", llamada=k) for k in range(n))),
    )
