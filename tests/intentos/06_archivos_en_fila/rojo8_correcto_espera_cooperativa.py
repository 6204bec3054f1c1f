# esperado: aprobado
# Arreglo correcto (espera activa cooperativa): procesar_archivo espera su demora mirando el reloj del bucle (loop.time()) y cediendo con await asyncio.sleep(0.1) en cada vuelta; cada archivo en su tarea con gather. El bucle nunca se congela (cada vuelta cede) y los archivos se solapan: tarda lo que el más lento.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    bucle = asyncio.get_running_loop()
    fin = bucle.time() + demora
    while bucle.time() < fin:
        await asyncio.sleep(min(0.1, fin - bucle.time()))
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(
        *(procesar_archivo(nombre, demora) for nombre, demora in zip(archivos, demoras))
    )
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
