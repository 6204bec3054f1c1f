# esperado: bucle_bloqueado
# A medias: asyncio.sleep y gather, pero al abrir cada archivo bloquea el bucle 50 ms con threading.Event().wait (una espera bloqueante que no es time.sleep).
import asyncio
import threading
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    threading.Event().wait(0.05)  # abrir el archivo
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    return list(await asyncio.gather(*tareas))


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
