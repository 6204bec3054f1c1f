# esperado: carrera|incompleto
# A medias: ya no congela el bucle y las tareas corren a la vez, pero cada tarea añade su resultado a la lista al terminar, así que el orden es el de llegada: en cuanto un archivo posterior tarda menos que uno anterior, la lista sale desordenada.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo sin congelar el bucle
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = []

    async def procesar_y_anotar(nombre, demora):
        resultados.append(await procesar_archivo(nombre, demora))

    tareas = [
        asyncio.create_task(procesar_y_anotar(nombre, demora))
        for nombre, demora in zip(archivos, demoras)
    ]
    await asyncio.gather(*tareas)
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
