# esperado: sin_concurrencia
# A medias: gather de una tarea por archivo, pero cada una guarda su resultado en la lista compartida con un asyncio.Lock tomado ALREDEDOR de procesar_archivo «para que no se pisen». El candado se sostiene durante la espera: las tareas esperan en fila y se tarda la suma de las demoras.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = [None] * len(archivos)
    candado = asyncio.Lock()

    async def uno(i, nombre, demora):
        async with candado:
            resultados[i] = await procesar_archivo(nombre, demora)

    await asyncio.gather(*(uno(i, n, d) for i, (n, d) in enumerate(zip(archivos, demoras))))
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
