# esperado: carrera|incompleto
# Media reparación: ya no congela el bucle y todo va a la vez, pero recoge los resultados con as_completed en orden de llegada; en cuanto un archivo posterior tiene menos demora que uno anterior, la lista sale desordenada.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    tareas = [asyncio.create_task(procesar_archivo(nombre, demora))
              for nombre, demora in zip(archivos, demoras)]
    resultados = []
    for siguiente in asyncio.as_completed(tareas):
        resultados.append(await siguiente)  # así lo tengo en cuanto está
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
