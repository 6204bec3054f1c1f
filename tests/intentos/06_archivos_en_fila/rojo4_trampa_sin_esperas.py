# esperado: sin_concurrencia|trampa
# Esquiva: Quita las esperas (asyncio.sleep(0)): tarda 0 s, pero cada archivo ya no tarda su demora.
import asyncio


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(0)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    return list(await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras))))


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)

