# esperado: carrera
# Se lee el saldo, se cede el control con await y se escribe saldo+cantidad: si otra corrutina actualiza entre la lectura y la escritura, su depósito se pierde.
import asyncio

saldo = 0

async def depositar(cantidad):
    global saldo
    actual = saldo
    await asyncio.sleep(0)  # consulta a la base de datos
    saldo = actual + cantidad

async def main():
    await asyncio.gather(depositar(10), depositar(20), depositar(30))
    print("Saldo:", saldo)
    assert saldo == 60, f"depósitos perdidos: {saldo}"

asyncio.run(main())
