# esperado: incompleto
# Las tareas se lanzan con create_task y nunca se esperan: se anuncia el envío antes de que ocurra.
import asyncio


class Notificador:
    def __init__(self):
        self.enviados = []

    async def enviar(self, destinatario):
        await asyncio.sleep(0.01)  # llamada al servidor de correo
        self.enviados.append(destinatario)

    def enviar_todos(self, destinatarios):
        for d in destinatarios:
            asyncio.create_task(self.enviar(d))


async def main():
    notificador = Notificador()
    notificador.enviar_todos(["ana@ejemplo.org", "beto@ejemplo.org", "carla@ejemplo.org"])
    await asyncio.sleep(0)
    print("Todas las notificaciones enviadas")
    print("Enviados:", len(notificador.enviados))


asyncio.run(main())
