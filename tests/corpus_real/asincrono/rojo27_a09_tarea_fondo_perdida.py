# esperado: incompleto
# La tarea de fondo creada con create_task nunca se espera: main anuncia que se envió el informe y asyncio.run cancela la tarea pendiente al salir, con lo que el envío nunca termina.
import asyncio

enviados = []

async def enviar_informe(destino):
    await asyncio.sleep(0.05)
    enviados.append(destino)

async def main():
    asyncio.create_task(enviar_informe("admin@example.com"))
    await asyncio.sleep(0.001)
    print("Informe enviado a:", enviados or "admin@example.com")

asyncio.run(main())
