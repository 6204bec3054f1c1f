"""Juez del reto 5: cada resultado procesado debe acabar en el almacén.

Corre `main` del alumno con el motor de asyncio: tiempo virtual (las demoras
de 10 s no cuestan nada) y órdenes de las tareas explorados. El motor detecta
por sí mismo la corrutina creada y nunca esperada (con su línea) y las tareas
que siguen trabajando cuando `main` termina. El juez comprueba el almacén con
nombres y demoras sacados de `alumno.rng` (un resultado escrito a mano no
pasa) y que las corrutinas y sus esperas siguen ahí: `main` no puede tardar
menos que procesar y guardar un archivo.

Formas que garantiza cada repetición: de 3 a 4 archivos con nombres distintos
(un guardado que se lanza y no se espera se pierde al menos una vez, y hay un
primero, uno de en medio y un último) y una demora de 2 a 10 s.
Requisitos de la historia, comprobados espiando las corrutinas del caso:
- cada archivo pasa por `process_data` y su espera ocurre (`sin_concurrencia` si no);
- cada resultado se guarda con `guardar_resultado`, en el almacén que recibe `main`, y su segundo de confirmación
  ocurre de verdad (escribir en el almacén sin pasar por ella es `incompleto`);
- tiempo adversario: aprobado lo anterior, se explora otra vez con cada
  guardado 5 s más lento (`RETRASO_GUARDADO_S`), y después, para cada guardado
  k, solo ese k mucho más lento que los demás (más que todo lo que tarda main:
  `archivos × demora + RETRASO_GUARDADO_S`, hasta `RETRASO_MAXIMO_S`), porque en una base de datos real
  los guardados no tardan lo mismo. Esperar con un `sleep` en main falla con
  el primero; esperar solo la última tarea (suponiendo que las que empezaron
  antes ya acabaron), o cualquier subconjunto, falla con el guardado que no se
  esperó. Quien espera todos (gather, wait, cada tarea, una cola con join) no
  lo nota. Después, para cada guardado k menos el último, el mismo retraso
  dentro de su espera de confirmación (`Retraso(dentro=True)`): lo que el
  guardado leyó del almacén antes de esperar se queda viejo mientras los
  siguientes guardan (copiar el almacén, esperar y reescribirlo entero pierde
  los guardados de los demás). Y al final, el último guardado una hora más lento (`RETRASO_ENORME_S`):
  solo falla si main termina con ese guardado aún pendiente (un `sleep` largo
  en main); un plazo que lo cancela y lo dice no es abandonarlo.

Clases de error y formas que las alcanzan en cada repetición:
- corrutina llamada sin await (el caso): ≥ 3 archivos, su guardado nunca ocurre;
- tarea lanzada y nunca esperada, o esperada solo en parte (la última, la
  primera y la última, todas menos una): ≥ 3 archivos y un guardado lento por
  cada posición (el que no se espera queda pendiente);
- `sleep` en main en vez de esperar: guardados 5 s más lentos;
- plazo (`wait_for`, `wait(timeout=...)`) que cancela o abandona el guardado:
  guardados retrasados;
- esquivas: escribir a mano en el almacén o quitar la espera del guardado
  (`incompleto`), quitar la espera de process_data o quitar asyncio
  (`sin_concurrencia`). Procesar y guardar en serie con `await` no es una
  esquiva: el caso solo pide que cada resultado se guarde.
"""

from __future__ import annotations

import inspect

from verificador.juez import Veredicto
from verificador.juez.asincrono import Retraso

RETRASO_GUARDADO_S = 5.0  # s virtuales de más que tarda cada guardado en la exploración con retraso
# Lo más que se retrasa un guardado solo: más que el hueco entre dos guardados seguidos (una
# demora, ≤ 10 s), así que esperar solo la última tarea falla con el penúltimo; y menos que
# un plazo generoso (`wait_for(..., 30)` para un guardado de 1 s), que no es un error.
RETRASO_MAXIMO_S = 20.0
# Y, por último, el último guardado una hora más lento: solo cuenta si main termina con él aún
# pendiente (un `sleep` largo en main en vez de esperarlo); un plazo que lo cancela, no.
RETRASO_ENORME_S = 3600.0
TOLERANCIA_S = 1e-6  # s: redondeo de las restas del reloj virtual (una espera nunca termina antes)
# Con 3 archivos hay un guardado «de en medio»: esperar el primero y el último no basta.
MINIMO_ARCHIVOS = 3
PALABRAS = ("informe", "ventas", "clientes", "nominas", "stock", "facturas", "actas")


def test_todo_resultado_se_guarda(alumno, asincrono):
    rng = alumno.rng
    n_archivos = rng.randint(MINIMO_ARCHIVOS, 4)
    archivos: list[str] = []
    while len(archivos) < n_archivos:  # nombres distintos: cada uno es un guardado
        nombre = f"{rng.choice(PALABRAS)}_{rng.randint(1, 999)}.txt"
        if nombre not in archivos:
            archivos.append(nombre)
    demora = rng.randint(2, 10)
    esperado = {a: a * 2 for a in archivos}
    alumno.anotar_parametros(archivos=archivos, demora=demora)

    async def escenario():
        procesador = alumno.cargar()
        for nombre in ("process_data", "guardar_resultado", "main"):
            alumno.exigir(
                inspect.iscoroutinefunction(getattr(procesador, nombre, None)),
                f"`{nombre}` ya no es una corrutina (async def)",
                veredicto=Veredicto.SIN_CONCURRENCIA,
                explicacion="El caso va de corrutinas: quitar asyncio esquiva el problema "
                "en vez de resolverlo.",
            )
        procesados = asincrono.espiar(procesador, "process_data")
        guardados = asincrono.espiar(procesador, "guardar_resultado")
        almacen = {}
        devuelto = await procesador.main(archivos=tuple(archivos), demora=demora, almacen=almacen)
        alumno.exigir(
            almacen == esperado,
            f"El almacén no tiene los {len(archivos)} resultados procesados",
            veredicto=Veredicto.INCOMPLETO,
            esperado=repr(esperado),
            obtenido=repr(almacen),
            explicacion="Los resultados se calculan, pero no llegan al almacén.",
        )
        alumno.exigir(
            devuelto is almacen or devuelto == esperado,
            "main no devuelve el almacén con los resultados",
            veredicto=Veredicto.INCOMPLETO,
            esperado=repr(esperado),
            obtenido=repr(devuelto),
        )
        de_process = {ll.argumento(0, "data") for ll in procesados}
        alumno.exigir(
            set(archivos) <= de_process and all(ll.segundos >= demora - TOLERANCIA_S for ll in procesados),
            "Los resultados no salen de process_data, o su espera no ocurrió",
            veredicto=Veredicto.SIN_CONCURRENCIA,
            esperado=f"process_data para cada archivo, esperando {demora} s",
            obtenido=f"{len(procesados)} llamadas ({sorted(map(str, de_process))}), "
            f"esperas de {[round(ll.segundos, 3) for ll in procesados]} s",
            explicacion="El caso va de corrutinas que esperan: el trabajo lo hace "
            "process_data, con su espera, no un cálculo hecho a mano.",
        )
        # guardados en el almacén que main recibió (no en un diccionario de usar y tirar)
        de_guardar = {ll.argumento(1, "data") for ll in guardados if ll.argumento(0, "almacen") is almacen}
        sin_guardar = [a for a in archivos if a not in de_guardar]
        alumno.exigir(
            not sin_guardar,
            f"{', '.join(sin_guardar)} {'llegó' if len(sin_guardar) == 1 else 'llegaron'} al almacén sin "
            "pasar por guardar_resultado",
            veredicto=Veredicto.INCOMPLETO,
            esperado="cada resultado guardado con `await guardar_resultado(...)`",
            obtenido=f"guardar_resultado terminó {len(guardados)} {'vez' if len(guardados) == 1 else 'veces'}",
            explicacion="Escribir en el almacén a mano se salta la confirmación de la base "
            "de datos: el guardado de verdad es la corrutina guardar_resultado.",
        )
        alumno.exigir(
            all(ll.segundos >= 1 - TOLERANCIA_S for ll in guardados),
            "guardar_resultado terminó sin esperar la confirmación de la base de datos (1 s)",
            veredicto=Veredicto.INCOMPLETO,
            esperado="cada guardado espera su segundo",
            obtenido=f"esperas de {[round(ll.segundos, 3) for ll in guardados]} s",
            explicacion="Quitar la espera del guardado no lo arregla: el resultado solo está "
            "guardado cuando la base de datos lo confirma.",
        )

    # Procesar (demora) y después guardar (1 s) un archivo: menos que eso es que
    # las esperas desaparecieron.
    # Un guardado más lento que todo main: si no se espera, sigue pendiente al devolver.
    lento = min(len(archivos) * (demora + 1) + RETRASO_GUARDADO_S, RETRASO_MAXIMO_S)
    retrasos = (RETRASO_GUARDADO_S, *(Retraso(lento, "guardar_resultado", llamada=k)
                                      for k in range(len(archivos))),
                *(Retraso(lento, "guardar_resultado", llamada=k, dentro=True)
                  for k in range(len(archivos) - 1)),
                Retraso(RETRASO_ENORME_S, "guardar_resultado", llamada=len(archivos) - 1,
                        solo_abandonos=True))
    asincrono.explorar(escenario, duracion_minima=demora + 1, retrasos=retrasos)
