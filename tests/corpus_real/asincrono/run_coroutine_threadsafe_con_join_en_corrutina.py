# esperado: interbloqueo
# main hace `t.join()` dentro de la corrutina: el bucle se para, y el hilo espera
# `fut.result()` de una corrutina que solo ese bucle podría correr. Se esperan para siempre.
import asyncio, threading

async def doble(x):
    return 2 * x

def en_hilo(loop, salida):
    fut = asyncio.run_coroutine_threadsafe(doble(21), loop)
    salida.append(fut.result())

async def main():
    loop = asyncio.get_running_loop()
    salida = []
    t = threading.Thread(target=en_hilo, args=(loop, salida))
    t.start()
    t.join()          # bloquea el bucle: la corrutina nunca corre
    print(salida)

asyncio.run(main())
