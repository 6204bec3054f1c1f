# esperado: incompleto
# main crea las descargas y, con prisa por acabar, las cancela antes de que ninguna empiece; luego informa de lo descargado sin esperarlas. Las tareas nunca corrieron: el informe usa unos resultados de un trabajo que no llegó a hacerse.
import asyncio

descargados = []


async def descargar(nombre):
    await asyncio.sleep(0.1)
    descargados.append(nombre)


async def main():
    tareas = [asyncio.create_task(descargar(f"archivo{i}")) for i in range(3)]
    for t in tareas:
        t.cancel()
    await asyncio.sleep(0.2)
    print(f"Descargados: {len(descargados)}")
    assert len(descargados) == 3, descargados


asyncio.run(main())
