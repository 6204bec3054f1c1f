# esperado: aprobado
# Cancelar una tarea que tiene un recurso: el `try/finally` lo devuelve aunque
# la cancelen en mitad del trabajo, y main espera a la tarea cancelada
# (capturando CancelledError) antes de mirar el recurso.
import asyncio

abiertas = []


async def sesion(nombre):
    abiertas.append(nombre)
    try:
        while True:
            await asyncio.sleep(0.05)
    finally:
        abiertas.remove(nombre)


async def main():
    tareas = [asyncio.create_task(sesion(f"s{i}")) for i in range(3)]
    await asyncio.sleep(0.12)
    for t in tareas:
        t.cancel()
    for t in tareas:
        try:
            await t
        except asyncio.CancelledError:
            pass
    print("abiertas:", abiertas)
    assert abiertas == []


asyncio.run(main())
