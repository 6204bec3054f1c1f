# esperado: aprobado
# Correcto con ProcessPoolExecutor: el Value llega por el inicializador; un trabajador puede quedarse sin tarea.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

contador = None


def iniciar(valor):
    global contador
    contador = valor


def atender_visitas(visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1
    return visitas


def main(n_procesos=4, visitas=10000):
    valor = multiprocessing.Value("i", 0)
    with ProcessPoolExecutor(max_workers=n_procesos, initializer=iniciar, initargs=(valor,)) as ex:
        list(ex.map(atender_visitas, [visitas] * n_procesos))
    print(f"Visitas registradas: {valor.value}")
    return valor.value


if __name__ == "__main__":
    main()
