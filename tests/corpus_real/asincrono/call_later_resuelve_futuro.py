# esperado: aprobado
# loop.call_later programa una retrollamada que resuelve un futuro; main lo
# espera con await. La retrollamada corre en el bucle, a su hora.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    inicio = loop.time()
    loop.call_later(0.2, fut.set_result, "listo")
    valor = await fut
    transcurrido = loop.time() - inicio
    print(valor, round(transcurrido, 2))
    assert valor == "listo" and transcurrido >= 0.19


asyncio.run(main())
