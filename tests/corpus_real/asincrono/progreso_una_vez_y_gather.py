# esperado: aprobado
# Un aviso de progreso «still working» a mitad (lee a medias a propósito) y el
# resultado final sale de lo que devuelve gather.
import asyncio

progress = {}

async def resize(name, secs):
    await asyncio.sleep(secs)
    progress[name] = "done"
    return f"{name}-small"

async def main():
    names = [f"p{i}.jpg" for i in range(5)]
    tasks = [asyncio.create_task(resize(n, 0.05 * (i + 1))) for i, n in enumerate(names)]
    await asyncio.sleep(0.12)
    print(f"{len(progress)}/{len(names)} images resized so far, still working...")
    thumbs = await asyncio.gather(*tasks)
    print("thumbnails:", thumbs)

asyncio.run(main())
