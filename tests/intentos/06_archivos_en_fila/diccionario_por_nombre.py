# esperado: aprobado
# Arreglo correcto: as_completed para enterarse de cada uno y un diccionario para devolverlos en el orden de la lista.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    async def con_nombre(n, d):
        return n, await procesar_archivo(n, d)

    hechos = {}
    for futuro in asyncio.as_completed([con_nombre(n, d) for n, d in zip(archivos, demoras)]):
        nombre, resultado = await futuro
        hechos[nombre] = resultado
    return [hechos[n] for n in archivos]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
