# esperado: aprobado
# contextvars con tareas: cada tarea nace con una copia del contexto, así que
# el «id de petición» que pone una no lo ve ninguna otra aunque se intercalen
# en los await. Es la forma correcta de llevar datos por petición en asyncio.
import asyncio
import contextvars

id_peticion = contextvars.ContextVar("id_peticion")


async def registrar(msg, log):
    await asyncio.sleep(0.01)
    log.append((id_peticion.get(), msg))


async def atender(n, log):
    id_peticion.set(n)
    await asyncio.sleep(0.01 * (3 - n))
    await registrar(f"hecho {n}", log)


async def main():
    log = []
    await asyncio.gather(*(atender(n, log) for n in range(3)))
    print(log)
    assert all(msg == f"hecho {n}" for n, msg in log)


asyncio.run(main())
