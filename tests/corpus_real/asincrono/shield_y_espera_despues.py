# esperado: aprobado
# El guardado va protegido con asyncio.shield: si el plazo vence, la espera se
# abandona pero el guardado sigue, y main lo espera antes de terminar.
import asyncio

guardado = []


async def guardar():
    await asyncio.sleep(0.3)
    guardado.append("ok")


async def main():
    tarea = asyncio.create_task(guardar())
    try:
        await asyncio.wait_for(asyncio.shield(tarea), timeout=0.1)
    except asyncio.TimeoutError:
        print("tarda: sigue en segundo plano")
    await tarea
    print("guardado:", guardado)
    assert guardado == ["ok"]


asyncio.run(main())
