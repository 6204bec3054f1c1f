# esperado: bucle_bloqueado
# subprocess.run es síncrono: lanzar `sleep 0.3` con él dentro de una corrutina congela el bucle (debería usarse asyncio.create_subprocess_exec).
import asyncio
import subprocess


async def comprimir_copia():
    subprocess.run(["sleep", "0.3"], check=True)
    return "copia.tar.gz"


async def ping():
    await asyncio.sleep(0.01)
    return "pong"


async def main():
    print(await asyncio.gather(ping(), comprimir_copia()))


asyncio.run(main())
