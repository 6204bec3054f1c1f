# esperado: carrera
# requiere: procesos
# Cada corrutina lee el total, espera a su proceso y escribe total + parte: si dos
# corrutinas leen el total antes de que vuelva ninguna (lo normal: los procesos
# tardan), la suma de una se pierde. Check-then-act a través de un await.
import asyncio
from concurrent.futures import ProcessPoolExecutor

estado = {"total": 0}


def pesado(n):
    return sum(range(n))


async def sumar(loop, ejecutor, n):
    total = estado["total"]
    parte = await loop.run_in_executor(ejecutor, pesado, n)
    estado["total"] = total + parte


async def principal():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as ejecutor:
        await asyncio.gather(*(sumar(loop, ejecutor, n) for n in (10, 20, 30)))
    esperado = sum(sum(range(n)) for n in (10, 20, 30))
    print("total:", estado["total"], "esperado:", esperado)
    assert estado["total"] == esperado


if __name__ == "__main__":
    asyncio.run(principal())
