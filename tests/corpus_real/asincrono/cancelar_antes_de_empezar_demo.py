# esperado: aprobado
# El ejemplo de los tutoriales: se crea una tarea y se cancela enseguida, antes
# de que empiece, y se comprueba que quedó cancelada. No se lee nada que la
# tarea fuera a producir: no se pierde ningún resultado.
import asyncio


async def larga():
    await asyncio.sleep(10)
    return "terminé"


async def main():
    tarea = asyncio.create_task(larga())
    tarea.cancel()
    try:
        await tarea
    except asyncio.CancelledError:
        print("la tarea se canceló:", tarea.cancelled())
    assert tarea.cancelled()


asyncio.run(main())
