# esperado: interbloqueo
# acquire()/release() sin try/finally: wait_for cancela la consulta lenta con el candado tomado y nadie lo suelta.
import asyncio

candado = asyncio.Lock()


async def consultar(n, duracion):
    await candado.acquire()
    await asyncio.sleep(duracion)  # consulta a la base de datos
    candado.release()
    return n


async def guardar_resumen(resultados):
    async with candado:
        print("Resumen:", resultados)


async def main():
    resultados = []
    for n, duracion in [(1, 0.01), (2, 0.5), (3, 0.01)]:
        try:
            resultados.append(await asyncio.wait_for(consultar(n, duracion), timeout=0.1))
        except asyncio.TimeoutError:
            print(f"consulta {n} cancelada por tiempo")
    await guardar_resumen(resultados)


asyncio.run(main())
