# esperado: incompleto
# asyncio.wait con un plazo: main imprime las descargas «terminadas» cuando
# vence el plazo, pero la lenta aún sigue; nadie la espera ni la cancela y
# asyncio.run la cancela al salir. El informe lee `descargas`, que esa tarea
# iba a completar.
import asyncio

descargas = []


async def descargar(nombre, segundos):
    await asyncio.sleep(segundos)
    descargas.append(nombre)


async def main():
    tareas = [asyncio.create_task(descargar(n, s)) for n, s in (("a", 0.1), ("b", 0.2), ("c", 2.0))]
    hechas, pendientes = await asyncio.wait(tareas, timeout=1.0)
    print(f"{len(hechas)} terminadas, {len(pendientes)} pendientes; descargado: {descargas}")


asyncio.run(main())
