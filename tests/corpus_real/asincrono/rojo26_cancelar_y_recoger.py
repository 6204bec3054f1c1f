# esperado: aprobado
# Correcto (sonda de la documentación): una tarea cancelada antes de arrancar nunca ejecuta su cuerpo; una cancelada en su await recibe CancelledError y su finally corre. El programa espera a las dos con gather(return_exceptions=True): recoge la cancelación a propósito, no pierde trabajo.
import asyncio

traza = []


async def trabajo(nombre):
    traza.append(f"{nombre}:inicio")
    try:
        await asyncio.sleep(10)
    finally:
        traza.append(f"{nombre}:limpieza")


async def main():
    a = asyncio.create_task(trabajo("a"))
    a.cancel()                      # aún no ha corrido
    b = asyncio.create_task(trabajo("b"))
    await asyncio.sleep(0)          # b llega a su sleep
    b.cancel()
    res = await asyncio.gather(a, b, return_exceptions=True)
    assert all(isinstance(r, asyncio.CancelledError) for r in res)
    assert a.cancelled() and b.cancelled()
    assert traza == ["b:inicio", "b:limpieza"], traza
    print(traza)


asyncio.run(main())
