# esperado: sin_concurrencia
# Esquiva: un Pool cuenta las visitas de cada trabajador y main suma las partes, sin el contador compartido que exige el caso (contar «sobre el mismo contador»); el total no lo escribe ningún hijo.
import multiprocessing


def atender_visitas(visitas):
    contadas = 0
    for _ in range(visitas):
        contadas += 1
    return contadas


def main(n_procesos=4, visitas=10000):
    with multiprocessing.Pool(n_procesos) as pool:
        partes = pool.map(atender_visitas, [visitas] * n_procesos)
    total = sum(partes)
    print(f"Visitas registradas: {total}")
    return total


if __name__ == "__main__":
    main()
