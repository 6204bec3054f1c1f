# esperado: aprobado
# as_completed da los resultados según terminan; cada resultado lleva su
# nombre, así que no importa en qué orden lleguen.
import asyncio


async def descargar(nombre, segundos):
    await asyncio.sleep(segundos)
    return nombre, len(nombre) * 100


async def main():
    trabajos = [descargar(n, s) for n, s in (("foto", 0.1), ("video", 0.1), ("texto", 0.1))]
    tamanos = {}
    for siguiente in asyncio.as_completed(trabajos):
        nombre, tamano = await siguiente
        tamanos[nombre] = tamano
    print(tamanos)
    assert tamanos == {"foto": 400, "video": 500, "texto": 500}


asyncio.run(main())
