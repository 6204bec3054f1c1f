# esperado: bucle_bloqueado
# time.sleep dentro de la corrutina bloquea el bucle: las tres «descargas» van en fila en vez de solaparse.
import asyncio
import time


async def descargar(nombre, segundos):
    print(f"Descargando {nombre}...")
    time.sleep(segundos)  # simula la espera de red
    print(f"{nombre} descargado")
    return nombre


async def main():
    archivos = await asyncio.gather(
        descargar("a.txt", 0.2),
        descargar("b.txt", 0.2),
        descargar("c.txt", 0.2),
    )
    print("Descargados:", archivos)


asyncio.run(main())
