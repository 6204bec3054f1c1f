# esperado: aprobado
import asyncio
import time


def leer_archivo(nombre, demora):
    time.sleep(demora)  # E/S bloqueante, pero en otro hilo
    return nombre.upper()


async def main():
    inicio = time.monotonic()
    datos = await asyncio.gather(
        asyncio.to_thread(leer_archivo, "a.txt", 3),
        asyncio.to_thread(leer_archivo, "b.txt", 5),
    )
    assert datos == ["A.TXT", "B.TXT"]
    duracion = time.monotonic() - inicio
    assert 4.9 < duracion < 5.5, duracion


asyncio.run(main())
