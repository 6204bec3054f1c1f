# esperado: aprobado
# asyncio garantiza que las tareas empiezan en el orden en que se crearon
# (create_task programa su primer paso con call_soon, que es FIFO). Cada tarea
# apunta su número ANTES de su primer await, así que `orden` sale [0, 1, 2, 3]
# en cualquier ejecución real de CPython. El resto (después del await) puede
# variar y no se comprueba.
import asyncio

orden = []


async def tarea(n):
    orden.append(n)
    await asyncio.sleep(0.01 * (4 - n))
    return n


async def main():
    tareas = [asyncio.create_task(tarea(n)) for n in range(4)]
    resultados = await asyncio.gather(*tareas)
    assert orden == [0, 1, 2, 3], orden
    assert resultados == [0, 1, 2, 3]


asyncio.run(main())
