# esperado: bucle_bloqueado
# time.sleep dentro de una corrutina bloquea todo el bucle de eventos: el latido no puede ejecutarse mientras "descargar" duerme.
import asyncio
import time

async def latido(n):
    for _ in range(n):
        print("latido")
        await asyncio.sleep(0.01)

async def descargar(url):
    time.sleep(0.05)  # ¡debería ser await asyncio.sleep(0.05)!
    return f"contenido de {url}"

async def main():
    resultados = await asyncio.gather(latido(3), descargar("http://127.0.0.1/a"), descargar("http://127.0.0.1/b"))
    print(resultados[1:])

asyncio.run(main())
