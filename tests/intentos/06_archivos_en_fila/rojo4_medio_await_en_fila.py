# esperado: sin_concurrencia
# A medias: Ya no bloquea el bucle (asyncio.sleep), pero cada archivo se espera antes de empezar el siguiente.
import asyncio


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    resultados = []
    for nombre, demora in zip(archivos, demoras):
        resultados.append(await asyncio.create_task(procesar_archivo(nombre, demora)))
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)

