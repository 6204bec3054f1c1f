# esperado: carrera
# La versión rota del anterior: el «id de petición» va en una variable global.
# Cada tarea la pone, espera un poco (una consulta) y registra con el id que
# haya en ese momento: otra tarea lo ha cambiado durante el await y el
# registro sale con el id equivocado.
import asyncio

id_peticion = None


async def registrar(msg, log):
    await asyncio.sleep(0.01)
    log.append((id_peticion, msg))


async def atender(n, log):
    global id_peticion
    id_peticion = n
    await asyncio.sleep(0.01 * (3 - n))
    await registrar(f"hecho {n}", log)


async def main():
    log = []
    await asyncio.gather(*(atender(n, log) for n in range(3)))
    print(log)
    assert all(msg == f"hecho {n}" for n, msg in log), log


asyncio.run(main())
