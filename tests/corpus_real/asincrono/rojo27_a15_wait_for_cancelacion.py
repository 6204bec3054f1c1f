# esperado: aprobado
# wait_for cancela la consulta lenta al vencer el plazo; el finally libera el recurso, y la consulta rápida completa. Todo se espera antes de comprobar.
import asyncio

abiertas = 0
liberadas = 0

async def consulta(retardo):
    global abiertas, liberadas
    abiertas += 1
    try:
        await asyncio.sleep(retardo)
        return f"ok {retardo}"
    finally:
        liberadas += 1

async def main():
    rapida = await asyncio.wait_for(consulta(0.001), timeout=1)
    try:
        await asyncio.wait_for(consulta(10), timeout=0.01)
        lenta = "no debería"
    except asyncio.TimeoutError:
        lenta = "cancelada"
    assert (rapida, lenta, abiertas, liberadas) == ("ok 0.001", "cancelada", 2, 2)
    print(rapida, lenta)

asyncio.run(main())
