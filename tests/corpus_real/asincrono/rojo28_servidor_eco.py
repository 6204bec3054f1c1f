# esperado: aprobado
# Servidor de eco con asyncio.start_server en localhost y tres clientes concurrentes en el mismo programa.
import asyncio


async def atender(reader, writer):
    linea = await reader.readline()
    writer.write(linea.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def cliente(puerto, mensaje):
    reader, writer = await asyncio.open_connection("127.0.0.1", puerto)
    writer.write(mensaje.encode() + b"\n")
    await writer.drain()
    respuesta = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return respuesta.decode().strip()


async def main():
    servidor = await asyncio.start_server(atender, "127.0.0.1", 0)
    puerto = servidor.sockets[0].getsockname()[1]
    async with servidor:
        respuestas = await asyncio.gather(
            cliente(puerto, "hola"), cliente(puerto, "que tal"), cliente(puerto, "adios")
        )
    print(respuestas)
    assert respuestas == ["HOLA", "QUE TAL", "ADIOS"]


if __name__ == "__main__":
    asyncio.run(main())
