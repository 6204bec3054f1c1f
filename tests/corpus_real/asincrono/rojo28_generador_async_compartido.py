# esperado: excepcion
# Dos trabajadores iteran el MISMO generador asíncrono: el segundo anext() llega mientras el primero está en marcha.
import asyncio


async def leer_lineas(nombre_archivo):
    for i in range(6):
        await asyncio.sleep(0.01)  # lectura de disco
        yield f"{nombre_archivo}:{i}"


async def trabajador(nombre, lineas, salida):
    async for linea in lineas:
        salida.append((nombre, linea))


async def main():
    lineas = leer_lineas("registro.log")
    salida = []
    await asyncio.gather(trabajador("t1", lineas, salida), trabajador("t2", lineas, salida))
    print("Líneas procesadas:", len(salida))


asyncio.run(main())
