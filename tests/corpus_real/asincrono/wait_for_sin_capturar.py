# esperado: excepcion
# wait_for con un plazo más corto que la consulta y sin try: el TimeoutError
# sale de asyncio.run. Siempre pasa (5 s de consulta contra 1 s de plazo).
import asyncio


async def consulta():
    await asyncio.sleep(5)
    return 42


async def main():
    valor = await asyncio.wait_for(consulta(), timeout=1)
    print(valor)


asyncio.run(main())
