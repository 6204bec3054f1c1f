"""Juez del reto 5: cada resultado procesado debe acabar en el almacén.

Corre `main` del alumno con el motor de asyncio: tiempo virtual (las demoras
de 10 s no cuestan nada) y órdenes de las tareas explorados. El motor detecta
por sí mismo la corrutina creada y nunca esperada (con su línea) y las tareas
que siguen trabajando cuando `main` termina. El juez comprueba el almacén con
nombres y demoras sacados de `alumno.rng` (un resultado escrito a mano no
pasa) y que las corrutinas y sus esperas siguen ahí: `main` no puede tardar
menos que procesar y guardar un archivo.
"""

from __future__ import annotations

import inspect

from verificador.juez import Veredicto

PALABRAS = ("informe", "ventas", "clientes", "nominas", "stock", "facturas", "actas")


def test_todo_resultado_se_guarda(alumno, asincrono):
    rng = alumno.rng
    archivos = [f"{rng.choice(PALABRAS)}_{rng.randint(1, 999)}.txt"
                for _ in range(rng.randint(2, 4))]
    archivos = list(dict.fromkeys(archivos))
    demora = rng.randint(2, 10)
    esperado = {a: a * 2 for a in archivos}

    async def escenario():
        procesador = alumno.cargar()
        for nombre in ("process_data", "guardar_resultado", "main"):
            alumno.exigir(
                inspect.iscoroutinefunction(getattr(procesador, nombre, None)),
                f"`{nombre}` ya no es una corrutina (async def)",
                veredicto=Veredicto.TRAMPA,
                explicacion="El caso va de corrutinas: quitar asyncio esquiva el problema "
                "en vez de resolverlo.",
            )
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

    # Procesar (demora) y después guardar (1 s) un archivo: menos que eso es que
    # las esperas desaparecieron.
    asincrono.explorar(escenario, duracion_minima=demora + 1)
