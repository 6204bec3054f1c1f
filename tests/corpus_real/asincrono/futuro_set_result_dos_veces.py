# esperado: excepcion
# «El primero que responda gana»: dos tareas consultan dos réplicas y las dos
# hacen `fut.set_result(...)` sobre el mismo futuro. La segunda lanza
# InvalidStateError en todas las ejecuciones (y como es una tarea de fondo que
# main espera con gather, la excepción llega a main).
import asyncio


async def consultar(replica, retraso, fut):
    await asyncio.sleep(retraso)
    fut.set_result(replica)


async def main():
    fut = asyncio.get_running_loop().create_future()
    tareas = [asyncio.create_task(consultar("a", 0.02, fut)),
              asyncio.create_task(consultar("b", 0.03, fut))]
    print("ganó:", await fut)
    await asyncio.gather(*tareas)


asyncio.run(main())
