# esperado: aprobado
# Arreglo correcto: Cada proceso cuenta sus visitas en local y suma su parcial al Value compartido una sola vez, con get_lock(). Contexto spawn explícito.
import multiprocessing


def atender_visitas(contador, visitas):
    parcial = 0
    for _ in range(visitas):
        parcial += 1
    with contador.get_lock():
        contador.value += parcial


def main(n_procesos=4, visitas=10000):
    contexto = multiprocessing.get_context("spawn")
    contador = contexto.Value("i", 0)
    procesos = [contexto.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
