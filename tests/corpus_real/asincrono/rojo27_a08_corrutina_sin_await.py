# esperado: incompleto
# guardar(r) se llama sin await: se crea el objeto corrutina pero nunca se ejecuta, así que "registro" queda vacío aunque el programa anuncia que todo se guardó.
import asyncio

registro = []

async def guardar(item):
    await asyncio.sleep(0.001)
    registro.append(item)

async def procesar(items):
    for it in items:
        guardar(it.upper())   # falta await
    print("Todos los elementos guardados:", registro)

asyncio.run(procesar(["a", "b", "c"]))
