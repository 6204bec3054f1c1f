# esperado: aprobado
# Un asyncio.Lock creado al importar el módulo (fuera de cualquier bucle): desde
# 3.10 los primitivos se atan al bucle la primera vez que lo necesitan, así que
# sirve dentro de asyncio.run. Protege leer-esperar-escribir de un contador.
import asyncio

candado = asyncio.Lock()
visitas = 0


async def visitar():
    global visitas
    async with candado:
        actual = visitas
        await asyncio.sleep(0.01)
        visitas = actual + 1


async def main():
    await asyncio.gather(*(visitar() for _ in range(5)))
    print("visitas:", visitas)
    assert visitas == 5


asyncio.run(main())
