# esperado: aprobado
# Arreglo correcto: cada archivo espera un Future que el bucle completa con call_later (no bloquea), las tareas se crean todas antes y se esperan con asyncio.wait; los resultados se leen en el orden original.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    bucle = asyncio.get_running_loop()
    listo = bucle.create_future()
    manejador = bucle.call_later(demora, lambda: listo.done() or listo.set_result(None))
    try:
        await listo  # el bucle sigue atendiendo a los demás mientras tanto
    finally:
        manejador.cancel()
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    tareas = [asyncio.ensure_future(procesar_archivo(nombre, demora))
              for nombre, demora in zip(archivos, demoras)]
    if tareas:
        await asyncio.wait(tareas)  # ALL_COMPLETED por defecto
    resultados = [tarea.result() for tarea in tareas]  # orden original, no de llegada
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
