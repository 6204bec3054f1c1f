# esperado: aprobado
# Los avisos se lanzan con gather y main lo espera: cuando imprime, todos los
# avisos se han enviado.
import asyncio

enviados = []


async def avisar(usuario):
    await asyncio.sleep(0.1)
    enviados.append(usuario)


async def main():
    await asyncio.gather(*(avisar(u) for u in ("ana", "luis", "eva")))
    print("listo, enviados:", enviados)
    assert sorted(enviados) == ["ana", "eva", "luis"]


asyncio.run(main())
