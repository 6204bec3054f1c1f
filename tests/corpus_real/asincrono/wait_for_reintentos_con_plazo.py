# esperado: aprobado
# wait_for con reintentos: la primera petición tarda demasiado, se captura el
# TimeoutError y se reintenta con un servidor más rápido.
import asyncio

DEMORAS = [2.0, 0.1]


async def pedir(intento):
    await asyncio.sleep(DEMORAS[intento])
    return f"respuesta {intento}"


async def main():
    for intento in range(len(DEMORAS)):
        try:
            respuesta = await asyncio.wait_for(pedir(intento), timeout=0.5)
            break
        except asyncio.TimeoutError:
            print("intento", intento, "sin respuesta a tiempo")
    print(respuesta)
    assert respuesta == "respuesta 1"


asyncio.run(main())
