# esperado: aprobado
# Corredores que esperan un asyncio.Event de «salida»: el principal prepara el
# marcador, pone el evento y recoge con gather. Nadie lee el marcador antes de
# que estén todos (gather), y los corredores no lo tocan antes de la salida.
import asyncio


async def corredor(nombre, salida, marcador):
    await salida.wait()
    await asyncio.sleep(0.01 * len(nombre))
    marcador.append(nombre)


async def main():
    salida = asyncio.Event()
    marcador = []
    tareas = [asyncio.create_task(corredor(n, salida, marcador)) for n in ("ana", "luis", "bea")]
    await asyncio.sleep(0)
    salida.set()
    await asyncio.gather(*tareas)
    assert sorted(marcador) == ["ana", "bea", "luis"]
    print(marcador)


asyncio.run(main())
