# esperado: aprobado
# El idioma de la documentación para no perder tareas: se guardan en un
# conjunto y se quitan con add_done_callback(conjunto.discard). Main espera a
# las que quedan con gather antes de leer los resultados.
import asyncio

tareas_de_fondo = set()
resultados = []


async def trabajo(n):
    await asyncio.sleep(0.01 * (3 - n % 3))
    resultados.append(n)


async def main():
    for n in range(6):
        t = asyncio.create_task(trabajo(n))
        tareas_de_fondo.add(t)
        t.add_done_callback(tareas_de_fondo.discard)
    await asyncio.gather(*list(tareas_de_fondo))
    assert sorted(resultados) == list(range(6)), resultados
    print(resultados)


asyncio.run(main())
