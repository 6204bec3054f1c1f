# esperado: aprobado
# desde: 3.11
# asyncio.timeout cancela la espera, pero shield protege el guardado; async with libera el candado al cancelar.
import asyncio

candado = asyncio.Lock()
guardados = []


async def guardar(documento):
    async with candado:
        await asyncio.sleep(0.05)  # escritura lenta en disco
        guardados.append(documento)


async def peticion(documento, limite):
    tarea = asyncio.create_task(guardar(documento))
    try:
        async with asyncio.timeout(limite):
            await asyncio.shield(tarea)
        print(f"{documento}: guardado a tiempo")
    except TimeoutError:
        print(f"{documento}: respuesta tardía, el guardado sigue en segundo plano")
    await tarea


async def consulta_lenta():
    async with candado:
        await asyncio.sleep(1)


async def main():
    await peticion("factura-1", limite=0.01)
    await peticion("factura-2", limite=1.0)
    try:
        await asyncio.wait_for(consulta_lenta(), timeout=0.02)
    except TimeoutError:
        print("consulta cancelada")
    assert not candado.locked()
    await peticion("factura-3", limite=1.0)
    assert guardados == ["factura-1", "factura-2", "factura-3"], guardados


asyncio.run(main())
