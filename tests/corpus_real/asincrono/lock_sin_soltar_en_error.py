# esperado: interbloqueo
# acquire()/release() a mano: si el pago falla, la tarea sale por la
# excepción sin soltar el candado y las demás se quedan esperándolo.
import asyncio

saldos = {"ana": 50, "beto": 0, "caro": 80}


async def cobrar(cliente, cantidad, candado):
    await candado.acquire()
    await asyncio.sleep(0.01)
    if saldos[cliente] < cantidad:
        raise ValueError(f"{cliente}: saldo insuficiente")
    saldos[cliente] -= cantidad
    candado.release()


async def main():
    candado = asyncio.Lock()
    resultados = await asyncio.gather(
        *(cobrar(c, 20, candado) for c in ("ana", "beto", "caro")), return_exceptions=True
    )
    print(resultados, saldos)


asyncio.run(main())
