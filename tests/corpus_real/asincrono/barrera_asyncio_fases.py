# esperado: aprobado
# desde: 3.11
# asyncio.Barrier (3.11+): tres tareas hacen dos fases y se esperan en la
# barrera entre ellas. Ninguna empieza la fase 2 antes de que todas acaben la 1.
import asyncio

registro = []


async def tarea(nombre, barrera, retardo):
    await asyncio.sleep(retardo)
    registro.append(("fase1", nombre))
    await barrera.wait()
    registro.append(("fase2", nombre))


async def main():
    barrera = asyncio.Barrier(3)
    await asyncio.gather(*(tarea(n, barrera, r)
                           for n, r in (("a", 0.02), ("b", 0.01), ("c", 0))))
    fases = [f for f, _ in registro]
    assert fases == ["fase1"] * 3 + ["fase2"] * 3, registro
    print(registro)


asyncio.run(main())
