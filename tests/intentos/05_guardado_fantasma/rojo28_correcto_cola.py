# esperado: aprobado
# Arreglo correcto: productor/consumidor con asyncio.Queue; una tarea guardadora consume los resultados y main le manda un centinela y la espera (await) antes de devolver el almacén.
import asyncio

_FIN = object()  # centinela: no hay más resultados


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)  # la base de datos tarda un segundo en confirmar
    almacen[data] = resultado


async def _guardador(cola, almacen):
    while True:
        elemento = await cola.get()
        if elemento is _FIN:
            return
        data, resultado = elemento
        await guardar_resultado(almacen, data, resultado)


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    cola = asyncio.Queue()
    guardador = asyncio.create_task(_guardador(cola, almacen))
    for archivo in archivos:
        result = await process_data(archivo, demora)
        await cola.put((archivo, result))
        print(f"resultado final: {result}")
    await cola.put(_FIN)
    await guardador  # no devolvemos nada hasta que el último guardado terminó
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
