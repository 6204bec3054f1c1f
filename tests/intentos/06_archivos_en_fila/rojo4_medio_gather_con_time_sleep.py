# esperado: bucle_bloqueado
# A medias: Gather, pero time.sleep sigue congelando el bucle: los archivos van en fila igual.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    time.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    return list(await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras))))


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)

