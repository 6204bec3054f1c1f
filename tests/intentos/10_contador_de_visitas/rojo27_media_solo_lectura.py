# esperado: carrera
# Media reparación: el candado del Value protege solo la lectura; entre la lectura (con candado) y la escritura (sin él) otro proceso puede leer el mismo valor y se pierde una visita.
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
            actual = contador.value
        contador.value = actual + 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)

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
