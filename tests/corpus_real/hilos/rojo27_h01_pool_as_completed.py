# esperado: aprobado
# Cada tarea calcula con variables locales; main suma los Future.result() tras as_completed, sin estado compartido.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def suma_cuadrados(inicio, fin):
    total = 0
    for i in range(inicio, fin):
        total += i * i
    time.sleep(0.001)
    return total

def main():
    tramos = [(i * 100, (i + 1) * 100) for i in range(8)]
    total = 0
    with ThreadPoolExecutor(max_workers=4) as ex:
        futuros = {ex.submit(suma_cuadrados, a, b): (a, b) for a, b in tramos}
        for fut in as_completed(futuros):
            total += fut.result()
    esperado = sum(i * i for i in range(800))
    assert total == esperado, (total, esperado)
    print("Total:", total)

if __name__ == "__main__":
    main()
