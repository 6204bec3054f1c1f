# esperado: aprobado
# main espera la tarea que carga el perfil y lee solo esa clave; otra tarea sigue
# llenando otras claves del mismo diccionario (precarga) y main la espera al final.
import asyncio

cache = {}

async def load(key, secs):
    await asyncio.sleep(secs)
    cache[key] = f"<{key} data>"

async def main():
    profile = asyncio.create_task(load("profile:7", 0.05))
    prefetch = asyncio.create_task(load("recs:7", 0.3))
    await profile
    print("render page with", cache["profile:7"])
    await prefetch

asyncio.run(main())
