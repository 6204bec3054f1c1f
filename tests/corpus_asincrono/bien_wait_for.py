# esperado: aprobado
import asyncio


async def lento():
    await asyncio.sleep(30)
    return "tarde"


async def rapido():
    await asyncio.sleep(0.5)
    return "a tiempo"


async def main():
    try:
        await asyncio.wait_for(lento(), timeout=2)
        raise AssertionError("wait_for debió agotar el plazo")
    except asyncio.TimeoutError:
        pass
    assert await asyncio.wait_for(rapido(), timeout=2) == "a tiempo"
    hechas, pendientes = await asyncio.wait(
        [asyncio.create_task(rapido()), asyncio.create_task(lento())], timeout=1
    )
    assert len(hechas) == 1 and len(pendientes) == 1
    for t in pendientes:
        t.cancel()
    await asyncio.gather(*pendientes, return_exceptions=True)


asyncio.run(main())
