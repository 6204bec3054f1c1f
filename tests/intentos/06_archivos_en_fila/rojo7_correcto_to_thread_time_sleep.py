# esperado: aprobado
# Arreglo correcto (decisión de criterio): time.sleep en un hilo (asyncio.to_thread) y
# gather. No congela el bucle. El ejecutor por defecto tiene min(32, núcleos + 4) hilos:
# con más archivos que hilos tardaría más que el más lento, pero eso es capacidad de la
# máquina, no un error de concurrencia, y el veredicto no puede depender de los núcleos
# (el juez usa de 3 a 5 archivos). Equipo rojo 7 lo proponía como medio arreglo.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.to_thread(time.sleep, demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras)))
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
