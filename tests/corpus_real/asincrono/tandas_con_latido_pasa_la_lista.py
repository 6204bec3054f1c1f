# esperado: aprobado
# Un latido de fondo sigue vivo todo el rato; main lanza una tarea, luego otra
# dentro de gather, pasándoles la misma lista, y las espera a todas. Pasar la
# lista a una tarea nueva no es usar su contenido (main no la lee a medias).
import asyncio

registro = []


async def latido():
    while True:
        await asyncio.sleep(0.05)


async def trabajo(lista, i):
    await asyncio.sleep(0.1)
    lista.append(i)
    registro.append(f"trabajo {i} guardado")


async def main():
    resultados = []
    fondo = asyncio.create_task(latido())
    await asyncio.sleep(0)
    primera = asyncio.create_task(trabajo(resultados, 1))
    await asyncio.sleep(0.01)
    await asyncio.gather(trabajo(resultados, 2), primera)
    fondo.cancel()
    print(len(registro), "trabajos guardados")


asyncio.run(main())
