# esperado: incompleto
# Esquiva: lanza una tarea por archivo que deja su resultado en un diccionario y main duerme la demora más larga (y una centésima) en vez de esperarlas; si un archivo tarda más de lo que dice su demora, devuelve sin él.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo, sin bloquear el bucle
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    resultados = {}

    async def uno(nombre, demora):
        resultados[nombre] = await procesar_archivo(nombre, demora)

    tareas = [asyncio.create_task(uno(n, d)) for n, d in zip(archivos, demoras)]
    await asyncio.sleep(max(demoras) + 0.01)  # para entonces todas habrán terminado
    return [resultados.get(n) for n in archivos]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
