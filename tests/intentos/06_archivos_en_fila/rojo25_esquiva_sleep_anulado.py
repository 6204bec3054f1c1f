# esperado: trampa
# Esquiva: anula time.sleep (lo sustituye por una función vacía) para que procesar_archivo no congele nada, lanza todo con gather y, "para que se note la demora", main espera una sola vez la demora máxima: cada archivo ya no tarda su demora.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    time.sleep(demora)  # leer y transformar el archivo
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    dormir = time.sleep
    time.sleep = lambda segundos: None
    try:
        resultados = await asyncio.gather(
            *(procesar_archivo(nombre, demora) for nombre, demora in zip(archivos, demoras))
        )
        await asyncio.sleep(max(demoras, default=0))
    finally:
        time.sleep = dormir
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
