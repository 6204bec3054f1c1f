# esperado: aprobado
# Correcto: el comando externo corre con asyncio.create_subprocess_exec y la
# corrutina lo espera con await; mientras tanto el latido sigue avanzando.
import asyncio
import sys


async def latido(marcas):
    for i in range(3):
        await asyncio.sleep(0.01)
        marcas.append(i)


async def contar_lineas():
    proceso = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "print('a'); print('b')", stdout=asyncio.subprocess.PIPE)
    salida, _ = await proceso.communicate()
    return len(salida.splitlines())


async def main():
    marcas = []
    lineas, _ = await asyncio.gather(contar_lineas(), latido(marcas))
    print(lineas, len(marcas))
    assert lineas == 2 and len(marcas) == 3


asyncio.run(main())
