# esperado: aprobado
# Ping-pong entre dos tareas con dos asyncio.Queue(maxsize=1); main saca la
# pelota al final. Solo una tarea tiene la pelota a la vez.
import asyncio


async def jugador(nombre, recibo, envio, rondas, golpes):
    for _ in range(rondas):
        pelota = await recibo.get()
        golpes.append(nombre)
        await asyncio.sleep(0.001)
        await envio.put(pelota + 1)


async def main():
    a_ping, a_pong = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    golpes = []
    tareas = [asyncio.create_task(jugador("ping", a_ping, a_pong, 5, golpes)),
              asyncio.create_task(jugador("pong", a_pong, a_ping, 5, golpes))]
    await a_ping.put(0)
    await asyncio.gather(*tareas)
    final = await a_ping.get()
    print(golpes, final)
    assert golpes == ["ping", "pong"] * 5 and final == 10


asyncio.run(main())
