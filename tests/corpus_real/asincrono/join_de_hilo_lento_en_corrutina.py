# esperado: bucle_bloqueado
# main espera con `t.join()` dentro de la corrutina a un hilo que tarda 2 s: el
# bucle se congela y la tarea de latidos no avanza (bloquea el bucle).
import asyncio, threading, time

def lento():
    time.sleep(2)

async def latir():
    for _ in range(5):
        await asyncio.sleep(0.2)
        print("latido")

async def main():
    tarea = asyncio.create_task(latir())
    t = threading.Thread(target=lento)
    t.start()
    t.join()     # congela el bucle 2 s: los latidos no salen
    await tarea

asyncio.run(main())
