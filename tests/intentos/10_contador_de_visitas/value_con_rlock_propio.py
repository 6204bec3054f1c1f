# esperado: aprobado
# Arreglo correcto con otro modismo: el Value se crea con un RLock propio (lock=...) y cada incremento va dentro de get_lock(), que devuelve ese mismo RLock.
'''
    Varios procesos atienden visitas a la web y las cuentan
    en un multiprocessing.Value compartido: a diferencia de una
    variable normal, un Value vive en memoria compartida y todos
    los procesos ven el mismo número.
'''
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    candado = multiprocessing.RLock()
    contador = multiprocessing.Value("i", 0, lock=candado)

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
