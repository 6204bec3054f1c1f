# esperado: bucle_bloqueado
# Media reparación: la espera ya es asyncio.sleep y hay gather, pero se deja un time.sleep "de parseo" (1 % de la demora) dentro de la corrutina; mientras dura, el bucle está congelado y los latidos de las otras tareas se retrasan (p. ej. demora 10 → 0,1 s congelado por archivo).
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # la lectura es E/S: ya no bloquea
    time.sleep(demora * 0.01)    # el parseo es CPU, "no se puede hacer await"
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
