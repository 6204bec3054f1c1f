# esperado: incompleto
# Estilo antiguo: run_until_complete(asyncio.wait(tareas, timeout=0.5)) y se
# cierra el bucle; la copia lenta sigue a medias y el programa imprime
# `copiados` como si todo estuviera copiado.
import asyncio

copiados = []


async def copiar(archivo, segundos):
    await asyncio.sleep(segundos)
    copiados.append(archivo)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tareas = [loop.create_task(copiar(a, s)) for a, s in (("a.txt", 0.1), ("b.txt", 0.2), ("c.iso", 3.0))]
loop.run_until_complete(asyncio.wait(tareas, timeout=0.5))
loop.close()
print("copiados:", copiados)
