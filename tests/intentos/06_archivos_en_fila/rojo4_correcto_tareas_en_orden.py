# esperado: aprobado
# Arreglo correcto: Una tarea por archivo creada de golpe; luego se esperan en orden.
import asyncio


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    resultados = []
    for tarea in tareas:
        resultados.append(await tarea)
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)

