# esperado: aprobado
# Correcto: main anota en un Array qué procesos arrancó (los hijos no lo miran) y al final lo comprueba
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    arrancados = multiprocessing.Array("b", n_procesos)
    procesos = []
    for i in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()
        arrancados[i] = 1
    for proceso in procesos:
        proceso.join()
    assert all(arrancados)
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
