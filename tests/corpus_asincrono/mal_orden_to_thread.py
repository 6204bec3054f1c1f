# esperado: carrera
# Dos lecturas en hilos (to_thread) de la misma duración: terminan en cualquier
# orden, así que la lista no siempre sale en el orden en que se pidieron.
import asyncio
import time

orden = []


def leer(nombre):
    time.sleep(1)  # E/S bloqueante, en otro hilo
    orden.append(nombre)


async def main():
    await asyncio.gather(asyncio.to_thread(leer, "a.txt"), asyncio.to_thread(leer, "b.txt"))
    assert orden == ["a.txt", "b.txt"], f"orden de llegada: {orden}"


asyncio.run(main())
