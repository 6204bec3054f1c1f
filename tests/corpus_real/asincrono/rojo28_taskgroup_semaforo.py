# esperado: aprobado
# desde: 3.11
# TaskGroup espera todas las tareas; el Semaphore(3) limita cuántas descargan a la vez.
import asyncio

LIMITE = 3


class Descargador:
    def __init__(self):
        self.semaforo = asyncio.Semaphore(LIMITE)
        self.activas = 0
        self.maximo = 0

    async def descargar(self, url):
        async with self.semaforo:
            self.activas += 1
            self.maximo = max(self.maximo, self.activas)
            await asyncio.sleep(0.01 * (len(url) % 4 + 1))
            self.activas -= 1
            return url, len(url)


async def main():
    d = Descargador()
    urls = [f"https://ejemplo.org/recurso/{i}" for i in range(10)]
    async with asyncio.TaskGroup() as tg:
        tareas = [tg.create_task(d.descargar(u)) for u in urls]
    resultados = dict(t.result() for t in tareas)
    assert d.maximo <= LIMITE, d.maximo
    assert len(resultados) == 10
    print("Descargadas", len(resultados), "páginas; nunca más de", LIMITE, "a la vez")


if __name__ == "__main__":
    asyncio.run(main())
