# esperado: excepcion
# El plazo de wait_for es justo lo que tarda la consulta en una máquina
# ociosa (0,995 s de 1 s): basta un poco de latencia para que venza y el
# TimeoutError, que nadie captura, tumbe el programa.
import asyncio


async def consulta():
    await asyncio.sleep(0.995)
    return 42


async def main():
    valor = await asyncio.wait_for(consulta(), timeout=1.0)
    print("valor:", valor)


asyncio.run(main())
