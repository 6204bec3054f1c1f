# esperado: sin_concurrencia
# Esquiva: tareas que solo duermen cada demora y resultados fabricados en main sin llamar a procesar_archivo.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    await asyncio.gather(*(asyncio.sleep(d) for d in demoras))
    return [f"{n.upper()}: {len(n) * d} registros" for n, d in zip(archivos, demoras)]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
