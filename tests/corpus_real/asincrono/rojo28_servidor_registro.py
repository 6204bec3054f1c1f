# esperado: incompleto
# El manejador contesta, cierra la conexión y DESPUÉS anota en el registro; main cierra el servidor y lee
# el registro sin esperar a los manejadores (desde 3.12, wait_closed() espera a que se cierren las
# conexiones, pero no a que acaben los manejadores).
import asyncio

registro = []


async def atender(reader, writer):
    peticion = (await reader.readline()).decode().strip()
    writer.write(f"OK {peticion}\n".encode())
    await writer.drain()
    writer.close()
    await asyncio.sleep(0.01)  # guardar en la base de datos de auditoría
    registro.append(peticion)


async def cliente(puerto, peticion):
    reader, writer = await asyncio.open_connection("127.0.0.1", puerto)
    writer.write(f"{peticion}\n".encode())
    respuesta = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return respuesta.decode().strip()


async def main():
    servidor = await asyncio.start_server(atender, "127.0.0.1", 0)
    puerto = servidor.sockets[0].getsockname()[1]
    respuestas = await asyncio.gather(*(cliente(puerto, p) for p in ["alta", "baja", "consulta"]))
    servidor.close()
    await servidor.wait_closed()
    print("Respuestas:", respuestas)
    print("Peticiones auditadas:", len(registro))


asyncio.run(main())
