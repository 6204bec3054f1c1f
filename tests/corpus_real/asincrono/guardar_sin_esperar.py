# esperado: incompleto
# «Dispara y olvida» con un trabajo que tiene fin: guardar el pedido. Nadie lee
# el resultado, pero asyncio.run cancela la tarea al terminar main y el pedido
# no se guarda nunca.
import asyncio
import json


async def guardar(pedido, destino):
    await asyncio.sleep(0.05)  # «escribir en la base de datos»
    destino.write(json.dumps(pedido))


async def main():
    import io

    base = io.StringIO()
    asyncio.create_task(guardar({"id": 7, "total": 30}, base))
    print("Pedido recibido")


asyncio.run(main())
