# esperado: incompleto
# Comparador de precios: en cuanto responde la primera tienda (FIRST_COMPLETED)
# main imprime el total de lo recibido y solo después espera a las demás. El
# total que imprime está a medias: las otras tiendas aún no han respondido.
import asyncio

precios = {}


async def consultar(tienda, segundos, precio):
    await asyncio.sleep(segundos)
    precios[tienda] = precio


async def main():
    tareas = [
        asyncio.create_task(consultar("norte", 0.3, 12.5)),
        asyncio.create_task(consultar("sur", 0.1, 11.0)),
        asyncio.create_task(consultar("centro", 0.2, 13.25)),
    ]
    hechas, pendientes = await asyncio.wait(tareas, return_when=asyncio.FIRST_COMPLETED)
    print(f"Precio medio de {len(precios)} tiendas: {sum(precios.values()) / len(precios):.2f}")
    await asyncio.gather(*pendientes)


asyncio.run(main())
