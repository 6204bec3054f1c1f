# esperado: sin_concurrencia
# Medio arreglo: crea una tarea por archivo pero la espera nada más crearla: siguen en fila.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    resultados = []
    for nombre, demora in zip(archivos, demoras):
        tarea = asyncio.create_task(procesar_archivo(nombre, demora))
        resultados.append(await tarea)
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
