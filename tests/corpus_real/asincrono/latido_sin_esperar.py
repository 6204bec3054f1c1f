# esperado: aprobado
# Una tarea «dispara y olvida» que solo escribe en el registro: asyncio.run la
# cancela al terminar main, y nadie usa lo que hace. No es un error.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(message)s")


async def latido():
    while True:
        logging.info("sigo vivo")
        await asyncio.sleep(0.2)


async def trabajar():
    total = 0
    for i in range(5):
        await asyncio.sleep(0.05)
        total += i
    return total


async def main():
    asyncio.create_task(latido())
    total = await trabajar()
    print("total:", total)


asyncio.run(main())
