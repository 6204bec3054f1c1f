# esperado: aprobado
# requiere: procesos
# asyncio reparte cálculos pesados a un ProcessPoolExecutor con run_in_executor y
# los recoge con gather (en el orden de la entrada): correcto.
import asyncio
from concurrent.futures import ProcessPoolExecutor


def pesado(n):
    return sum(i * i for i in range(n))


async def principal():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as ejecutor:
        tareas = [loop.run_in_executor(ejecutor, pesado, n) for n in (10, 20, 30, 40)]
        resultados = await asyncio.gather(*tareas)
    assert resultados == [pesado(n) for n in (10, 20, 30, 40)]
    print("resultados:", resultados)


if __name__ == "__main__":
    asyncio.run(principal())
