# esperado: aprobado
# Arreglo correcto con otro modismo: cada tarea de guardado lleva un add_done_callback que descuenta un contador de pendientes y, al llegar a 0, pone un asyncio.Event; main espera ese Event antes de devolver. Los callbacks corren en el mismo bucle (sin hilos), así que el contador no tiene carrera.
'''
    Procesamos archivos con corrutinas, como en el tutorial:

    1. process_data simula el procesamiento con await asyncio.sleep(),
       sin bloquear el event loop, y devuelve el dato multiplicado por dos.
    2. guardar_resultado escribe ese resultado en el almacén
       (una base de datos de mentira: un diccionario).
    3. main procesa cada archivo y guarda su resultado.
    4. asyncio.run() inicia el loop llamando a main.
'''
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)  # la base de datos tarda un segundo en confirmar
    almacen[data] = resultado


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    todo_guardado = asyncio.Event()
    pendientes = len(archivos)
    if pendientes == 0:
        todo_guardado.set()

    def uno_menos(_tarea):
        nonlocal pendientes
        pendientes -= 1
        if pendientes == 0:
            todo_guardado.set()

    tareas = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        tarea = asyncio.create_task(guardar_resultado(almacen, archivo, result))
        tarea.add_done_callback(uno_menos)
        tareas.append(tarea)
        print(f"resultado final: {result}")
    await todo_guardado.wait()
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
