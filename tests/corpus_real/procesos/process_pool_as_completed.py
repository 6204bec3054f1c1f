# esperado: aprobado
# requiere: procesos
# ProcessPoolExecutor + as_completed: el principal suma los resultados según
# van llegando; la función es de nivel de módulo (se puede serializar) y cada
# tarea solo devuelve su valor.
import concurrent.futures


def contar_primos(hasta):
    return sum(1 for n in range(2, hasta) if all(n % d for d in range(2, int(n ** 0.5) + 1)))


if __name__ == "__main__":
    limites = [100, 200, 300, 400]
    total = 0
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        futuros = [ex.submit(contar_primos, h) for h in limites]
        for f in concurrent.futures.as_completed(futuros):
            total += f.result()
    print("primos contados:", total)
    assert total == 25 + 46 + 62 + 78
