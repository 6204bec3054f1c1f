# esperado: aprobado
# El mismo pbkdf2_hmac en asyncio.to_thread: calcula en otro hilo y el bucle sigue atendiendo al latido;
# y uno de 1 000 iteraciones (un instante) sí puede ir dentro de la corrutina.
import asyncio
import hashlib

USUARIOS = {
    "ana": "3c1f",
    "beto": "9a7e",
    "carla": "11d2",
}


async def autenticar(usuario, clave):
    sal = USUARIOS[usuario].encode()
    resumen = await asyncio.to_thread(hashlib.pbkdf2_hmac, "sha256", clave.encode(), sal, 400_000)
    rapido = hashlib.pbkdf2_hmac("sha256", clave.encode(), sal, 1_000)
    assert len(rapido) == 32
    return usuario, resumen.hex()[:8]


async def latido(marcas):
    while True:
        marcas.append(asyncio.get_running_loop().time())
        await asyncio.sleep(0.01)


async def main():
    marcas = []
    t = asyncio.create_task(latido(marcas))
    resultados = await asyncio.gather(*(autenticar(u, "secreto") for u in USUARIOS))
    t.cancel()
    for usuario, resumen in resultados:
        print(usuario, resumen)


asyncio.run(main())
