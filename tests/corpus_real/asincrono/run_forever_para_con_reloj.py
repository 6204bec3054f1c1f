# esperado: incompleto
# Estilo antiguo con run_forever y un call_later(0.5, loop.stop) «que seguro
# que basta»: la descarga grande tarda 2 s, el bucle se para antes y se
# cierra; el programa informa de `hechas` sin ella.
import asyncio

hechas = []


async def descargar(nombre, segundos):
    await asyncio.sleep(segundos)
    hechas.append(nombre)


loop = asyncio.new_event_loop()
for nombre, segundos in (("indice", 0.1), ("fotos", 0.3), ("video", 2.0)):
    loop.create_task(descargar(nombre, segundos))
loop.call_later(0.5, loop.stop)
loop.run_forever()
loop.close()
print("hechas:", hechas)
