# esperado: trampa|sin_concurrencia
# Esquiva: no procesa ningún archivo en su tarea; main hace una única espera de la demora máxima y fabrica él mismo los resultados con la fórmula.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    for nombre in archivos:
        print(f"procesando {nombre}...")
    await asyncio.sleep(max(demoras, default=0))
    resultados = []
    for nombre, demora in zip(archivos, demoras):
        print(f"{nombre} ya terminó de procesarse.")
        resultados.append(f"{nombre.upper()}: {len(nombre) * demora} registros")
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
