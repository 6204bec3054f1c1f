# esperado: interbloqueo
# Dos transferencias en hilos (asyncio.to_thread) toman los dos candados de
# las cuentas en orden contrario, con una «consulta» (time.sleep) en medio:
# cada hilo tiene uno y espera el otro para siempre.
import asyncio
import threading
import time

cuentas = {"a": 100, "b": 100}
candados = {"a": threading.Lock(), "b": threading.Lock()}


def transferir(origen, destino, cantidad):
    with candados[origen]:
        time.sleep(0.01)
        with candados[destino]:
            cuentas[origen] -= cantidad
            cuentas[destino] += cantidad


async def main():
    await asyncio.gather(
        asyncio.to_thread(transferir, "a", "b", 10),
        asyncio.to_thread(transferir, "b", "a", 20),
    )
    print(cuentas)


asyncio.run(main())
