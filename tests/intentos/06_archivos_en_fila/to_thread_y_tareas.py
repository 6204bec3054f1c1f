# esperado: aprobado
# Arreglo correcto con otro modismo: el trabajo bloqueante va a un hilo con asyncio.to_thread, cada archivo en su tarea (create_task) y los resultados se recogen esperando las tareas en su orden.
'''
    Procesamos varios archivos "a la vez" con asyncio, como en el tutorial:

    1. procesar_archivo simula la lectura y la transformación
       de un archivo, que tarda `demora` segundos.
    2. main procesa todos los archivos y devuelve sus
       resultados en el mismo orden en que llegaron.
    3. asyncio.run() inicia el event loop llamando a main.
'''
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.to_thread(time.sleep, demora)  # leer y transformar, en un hilo
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    resultados = [await t for t in tareas]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
