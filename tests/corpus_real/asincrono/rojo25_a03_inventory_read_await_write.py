# esperado: carrera
# Several coroutines "buy" stock: read inventory, await a simulated DB call, then write back; the await between read and write lets another task read the same stale value (lost update)
import asyncio

inventory = {"widget": 10}


async def buy(customer, item):
    stock = inventory[item]
    await asyncio.sleep(0.01)            # check payment with the bank
    inventory[item] = stock - 1
    print(f"{customer} bought a {item}, {inventory[item]} left")


async def main():
    await asyncio.gather(*(buy(f"customer{i}", "widget") for i in range(5)))
    print(f"final stock: {inventory['widget']}")
    assert inventory["widget"] == 5, f"expected 5, got {inventory['widget']}"


if __name__ == "__main__":
    asyncio.run(main())
