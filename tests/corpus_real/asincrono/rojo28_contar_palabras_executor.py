# esperado: carrera
# Los trozos se cuentan en hilos del executor sobre un mismo dict con get()+asignación: se pierden cuentas.
import asyncio
from concurrent.futures import ThreadPoolExecutor

TEXTO = ("el gato y el perro y el raton " * 300).split()
conteo = {}


def contar(palabras):
    for p in palabras:
        conteo[p] = conteo.get(p, 0) + 1


async def main():
    bucle = asyncio.get_running_loop()
    trozos = [TEXTO[i::4] for i in range(4)]
    with ThreadPoolExecutor(max_workers=4) as ejecutor:
        await asyncio.gather(*(bucle.run_in_executor(ejecutor, contar, t) for t in trozos))
    print("Palabras contadas:", sum(conteo.values()), "de", len(TEXTO))
    print(sorted(conteo.items()))
    assert sum(conteo.values()) == len(TEXTO)


if __name__ == "__main__":
    asyncio.run(main())
