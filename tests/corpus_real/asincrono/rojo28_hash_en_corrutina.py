# esperado: bucle_bloqueado
# pbkdf2_hmac es CPU pura dentro de la corrutina: mientras calcula, el bucle no atiende a nadie más.
import asyncio
import hashlib

USUARIOS = {
    "ana": "3c1f",
    "beto": "9a7e",
    "carla": "11d2",
}


async def autenticar(usuario, clave):
    sal = USUARIOS[usuario].encode()
    resumen = hashlib.pbkdf2_hmac("sha256", clave.encode(), sal, 400_000)
    await asyncio.sleep(0)
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
