# esperado: aprobado
# El read-await-write sobre inventario se hace entero dentro de asyncio.Lock; el trabajo bloqueante va a asyncio.to_thread, que no toca estado compartido.
import asyncio
import hashlib

inventario = {"manzanas": 0}
lock = asyncio.Lock()

def firmar(texto):
    return hashlib.sha256(texto.encode()).hexdigest()[:8]

async def reponer(cantidad):
    firma = await asyncio.to_thread(firmar, f"reponer-{cantidad}")
    async with lock:
        actual = inventario["manzanas"]
        await asyncio.sleep(0.001)  # escritura en "base de datos"
        inventario["manzanas"] = actual + cantidad
    return firma

async def main():
    firmas = await asyncio.gather(*(reponer(c) for c in [5, 10, 15, 20]))
    assert inventario["manzanas"] == 50, inventario
    assert len(set(firmas)) == 4
    print("Manzanas:", inventario["manzanas"])

asyncio.run(main())
