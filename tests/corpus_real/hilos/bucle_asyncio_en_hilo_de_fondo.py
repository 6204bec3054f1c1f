# esperado: aprobado
# xfail: un bucle de asyncio que corre en un hilo de fondo: el motor de asyncio controla un solo bucle y dice `no_modelado` en vez de juzgar (límite documentado en el README)
# El bucle de eventos en un hilo de fondo (el patrón para usar una biblioteca
# async desde código síncrono): `loop.run_forever` en un hilo daemon, las
# corrutinas se le mandan con run_coroutine_threadsafe y main espera cada
# resultado; al final se para el bucle con call_soon_threadsafe(loop.stop).
import asyncio
import threading


async def consultar(n):
    await asyncio.sleep(0.01)
    return n * 10


loop = asyncio.new_event_loop()
hilo = threading.Thread(target=loop.run_forever, daemon=True)
hilo.start()
resultados = [asyncio.run_coroutine_threadsafe(consultar(n), loop).result() for n in range(3)]
loop.call_soon_threadsafe(loop.stop)
hilo.join()
loop.close()
print(resultados)
assert resultados == [0, 10, 20]
