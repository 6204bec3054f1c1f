# esperado: incompleto
# `asyncio.gather(...)` sin await: gather programa las tareas pero main no las
# espera; imprime «listo» y vuelve, asyncio.run cancela lo pendiente y los
# avisos nunca se envían. Pasa siempre (cada aviso tarda 0,1 s).
import asyncio

enviados = []


async def avisar(usuario):
    await asyncio.sleep(0.1)
    enviados.append(usuario)


async def main():
    asyncio.gather(*(avisar(u) for u in ("ana", "luis", "eva")))
    print("listo, enviados:", enviados)


asyncio.run(main())
