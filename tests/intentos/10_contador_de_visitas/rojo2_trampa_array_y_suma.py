# esperado: sin_concurrencia
# Esquiva: cada proceso cuenta en su casilla de un Array; main suma las casillas y
# escribe el total en el contador (los procesos no cuentan sobre el mismo contador).
import multiprocessing


def atender_visitas(casillas, indice, visitas):
    for _ in range(visitas):
        casillas[indice] += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    casillas = multiprocessing.Array("i", n_procesos, lock=False)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(casillas, i, visitas)) for i in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    contador.value = sum(casillas)
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
