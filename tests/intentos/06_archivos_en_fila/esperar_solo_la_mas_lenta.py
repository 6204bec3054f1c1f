# esperado: incompleto
# A medias: espera solo la tarea de la demora más larga, suponiendo que las demás ya acabaron; si otro archivo tarda más de lo previsto (un disco lento), main devuelve sin su resultado.
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
    await tareas[demoras.index(max(demoras))]  # la más lenta acaba la última
    return [resultados.get(n) for n in archivos]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
