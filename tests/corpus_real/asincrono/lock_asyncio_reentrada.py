# esperado: interbloqueo
# asyncio.Lock no es reentrante: actualizar() toma el candado y llama a
# guardar(), que vuelve a pedir el mismo candado. La tarea se espera a sí misma.
import asyncio

candado = asyncio.Lock()
estado = {}


async def guardar(k, v):
    async with candado:
        estado[k] = v


async def actualizar(k, v):
    async with candado:
        if k not in estado:
            await guardar(k, v)


async def main():
    await actualizar("a", 1)
    print(estado)


asyncio.run(main())
