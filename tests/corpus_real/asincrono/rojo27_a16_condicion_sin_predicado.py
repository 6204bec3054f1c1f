# esperado: interbloqueo
# El cliente espera en cond.wait() sin comprobar si el pedido ya está listo; la cocina notifica antes (su sleep vence antes que la carga del cliente) y el aviso se pierde: el cliente espera para siempre.
import asyncio

async def main():
    cond = asyncio.Condition()
    pedido = []

    async def cocina():
        await asyncio.sleep(0.001)
        async with cond:
            pedido.append("pizza")
            cond.notify_all()

    async def cliente():
        await asyncio.sleep(0.002)      # cargar menú
        async with cond:
            await cond.wait()           # debería ser wait_for(lambda: pedido)
        print("Recibido:", pedido[0])

    await asyncio.gather(cocina(), cliente())

asyncio.run(main())
