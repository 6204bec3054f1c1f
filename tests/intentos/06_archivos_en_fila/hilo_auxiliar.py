# esperado: aprobado
# Arreglo correcto: la lectura bloqueante se va a un hilo con asyncio.to_thread y gather junta los resultados.
import asyncio
import time


def leer(nombre, demora):
    time.sleep(demora)
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    resultado = await asyncio.to_thread(leer, nombre, demora)
    print(f"{nombre} ya terminó de procesarse.")
    return resultado
async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    return list(await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras))))


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
