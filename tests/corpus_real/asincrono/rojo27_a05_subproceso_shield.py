# esperado: aprobado
# Subproceso con communicate(), un Future de concurrent.futures envuelto con wrap_future, y shield para que la escritura crítica no se cancele; estilo antiguo con run_until_complete.
import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor

async def ejecutar_hijo():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "print(sum(range(10)))",
        stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return int(out.decode().strip()), proc.returncode

guardado = []

async def guardar(valor):
    await asyncio.sleep(0.01)
    guardado.append(valor)
    return valor

async def main(pool):
    valor, rc = await ejecutar_hijo()
    fut = pool.submit(lambda: valor * 2)
    doble = await asyncio.wrap_future(fut)
    r = await asyncio.shield(guardar(doble))
    assert (valor, rc, doble, r, guardado) == (45, 0, 90, 90, [90])
    print("Hijo devolvió", valor, "doble", doble)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
with ThreadPoolExecutor(max_workers=1) as pool:
    loop.run_until_complete(main(pool))
loop.close()
