# esperado: aprobado
# asyncio.gather de varias corrutinas; cada una devuelve su resultado.
import asyncio


async def factorial(nombre, numero):
    f = 1
    for i in range(2, numero + 1):
        print(f"Tarea {nombre}: calculando factorial({i})...")
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    resultados = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(resultados)
    assert resultados == [2, 6, 24]


asyncio.run(main())
