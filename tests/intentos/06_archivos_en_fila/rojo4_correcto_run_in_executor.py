# esperado: aprobado
# Arreglo correcto: La lectura bloqueante va a un hilo con run_in_executor: el bucle no se congela y los archivos se solapan.
import asyncio
import time


def leer_y_transformar(demora):
    time.sleep(demora)


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.get_running_loop().run_in_executor(None, leer_y_transformar, demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    return [await t for t in tareas]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
