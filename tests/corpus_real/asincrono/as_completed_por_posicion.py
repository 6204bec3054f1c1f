# esperado: carrera
# as_completed da los resultados según terminan, pero el programa los empareja
# con los nombres por posición, como si llegaran en el orden de envío. Con
# esperas iguales suele coincidir; basta que una descarga tarde un poco más
# para que los tamaños se cambien de nombre.
import asyncio

NOMBRES = ["foto", "video", "texto"]


async def descargar(nombre):
    await asyncio.sleep(0.1)
    return len(nombre) * 100


async def main():
    tamanos = {}
    for i, siguiente in enumerate(asyncio.as_completed([descargar(n) for n in NOMBRES])):
        tamanos[NOMBRES[i]] = await siguiente
    print(tamanos)
    assert tamanos["foto"] == 400, tamanos


asyncio.run(main())
