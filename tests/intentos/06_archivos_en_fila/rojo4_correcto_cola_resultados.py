# esperado: aprobado
# Arreglo correcto: Cada tarea deja (índice, resultado) en una asyncio.Queue; main los ordena por índice.
import asyncio


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def trabajador(indice, nombre, demora, cola):
    await cola.put((indice, await procesar_archivo(nombre, demora)))


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    cola = asyncio.Queue()
    tareas = [asyncio.create_task(trabajador(i, n, d, cola))
              for i, (n, d) in enumerate(zip(archivos, demoras))]
    resultados = [None] * len(tareas)
    for _ in tareas:
        indice, resultado = await cola.get()
        resultados[indice] = resultado
    await asyncio.gather(*tareas)
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)

