# esperado: aprobado
# Un contador de visitas con asyncio.Lock guardado en la instancia (creado
# dentro de la corrutina principal, en el bucle que lo usa): leer, esperar la
# «base de datos» y escribir van dentro del mismo `async with`, así que ninguna
# otra tarea puede intercalarse.
import asyncio


class Contador:
    def __init__(self):
        self.valor = 0
        self.lock = asyncio.Lock()

    async def incrementar(self):
        async with self.lock:
            actual = self.valor
            await asyncio.sleep(0.001)
            self.valor = actual + 1


async def main():
    c = Contador()
    await asyncio.gather(*(c.incrementar() for _ in range(10)))
    assert c.valor == 10, c.valor
    print("visitas", c.valor)


asyncio.run(main())
