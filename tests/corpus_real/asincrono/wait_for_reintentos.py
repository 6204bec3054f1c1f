# esperado: aprobado
# asyncio.wait_for con reintentos: el primer intento tiene un plazo demasiado
# corto y se captura asyncio.TimeoutError (que en 3.11+ es TimeoutError); el
# segundo, con más plazo, termina. wait_for cancela la corrutina vencida.
import asyncio


async def consultar():
    await asyncio.sleep(0.05)
    return "respuesta"


async def main():
    plazo = 0.01
    for intento in range(4):
        try:
            r = await asyncio.wait_for(consultar(), timeout=plazo)
            print("intento", intento, r)
            return r
        except asyncio.TimeoutError:
            print("intento", intento, "vencido")
            plazo *= 10
    raise RuntimeError("sin respuesta")


assert asyncio.run(main()) == "respuesta"
