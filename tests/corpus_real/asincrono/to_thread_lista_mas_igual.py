# esperado: aprobado
# `resultados += [x]` desde varios hilos: la suma en el sitio amplía la misma
# lista (no pierde elementos). Correcto.
import asyncio

resultados = []

def trabajo(i):
    global resultados
    for j in range(200):
        resultados += [i * 1000 + j]

async def main():
    await asyncio.gather(*(asyncio.to_thread(trabajo, i) for i in range(3)))
    assert len(resultados) == 600, len(resultados)

asyncio.run(main())
