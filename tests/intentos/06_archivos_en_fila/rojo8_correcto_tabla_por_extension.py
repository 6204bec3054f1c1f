# esperado: aprobado
# Arreglo correcto: asyncio.sleep en procesar_archivo y gather de una corrutina por archivo; el alumno prepara el terreno para otros formatos con una tabla de procesadores por extensión (de momento todas apuntan a procesar_archivo). Cada archivo pasa por procesar_archivo, con su demora, a la vez y en orden.
import asyncio
import os
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo, sin bloquear el bucle
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


PROCESADORES = {".csv": procesar_archivo, ".txt": procesar_archivo,
                ".json": procesar_archivo, ".log": procesar_archivo}


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(
        *(PROCESADORES.get(os.path.splitext(nombre)[1], procesar_archivo)(nombre, demora)
          for nombre, demora in zip(archivos, demoras))
    )
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
