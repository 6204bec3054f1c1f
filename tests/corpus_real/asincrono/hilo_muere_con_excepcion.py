# esperado: excepcion
# El hilo divide entre cero y muere; CPython solo imprime la traza y main sigue
# con `datos` sin el total: una excepción en un hilo.
import asyncio, threading

def trabajo(datos):
    datos["total"] = sum(datos["valores"]) / len(datos["vacios"])

async def main():
    datos = {"valores": [1, 2, 3], "vacios": []}
    t = threading.Thread(target=trabajo, args=(datos,))
    t.start()
    await asyncio.sleep(0.1)
    t.join()
    print(datos.get("total"))

asyncio.run(main())
