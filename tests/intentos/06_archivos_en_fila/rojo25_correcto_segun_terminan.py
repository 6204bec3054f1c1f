# esperado: aprobado
# Arreglo correcto: una tarea por archivo que devuelve (índice, resultado); main las consume con asyncio.as_completed según van acabando y coloca cada resultado en su casilla, de modo que el orden final es el de `archivos`.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def _con_indice(indice, nombre, demora):
    return indice, await procesar_archivo(nombre, demora)


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    pares = list(zip(archivos, demoras))
    tareas = [
        asyncio.create_task(_con_indice(i, nombre, demora))
        for i, (nombre, demora) in enumerate(pares)
    ]
    resultados = [None] * len(tareas)
    for siguiente in asyncio.as_completed(tareas):
        indice, resultado = await siguiente
        resultados[indice] = resultado
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
