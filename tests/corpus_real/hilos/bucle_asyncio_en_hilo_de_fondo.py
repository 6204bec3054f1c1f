# esperado: aprobado
# lento
# xfail: falsa alarma: con el bucle de asyncio en un hilo de fondo `verificar explorar` no termina (más de 200 s, semillas 0 y 1; la 2 dio una vez `interbloqueo` con evidencia vacía y otra vez no terminó) y por explorar_aislado sale `cuelgue` por tiempo de pared
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
