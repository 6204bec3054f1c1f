# esperado: aprobado
# Reparación alternativa (espera activa, pero correcta): cada visita con el
# candado del Value; main sondea el contador hasta ver el total y luego hace join.
import multiprocessing
import time


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    while contador.value < n_procesos * visitas:
        time.sleep(0.001)
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
